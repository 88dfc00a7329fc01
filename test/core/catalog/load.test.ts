import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { UsageError } from '../../../source/core/errors.js';
import { FIXTURES } from '../scan/helpers.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function service(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: id,
    category: 'analytics',
    data: ['usage'],
    purposes: ['analytics'],
    privacyPolicy: 'https://example.com/privacy',
    identifiers: { npm: [id] },
    verification: { checked: '2026-11-01', method: 'test', sources: ['https://example.com'] },
    ...extra,
  };
}

/** A catalog folder with one YAML file per key ({ "a.yaml": [entries] or raw text }). */
function catalogDir(files: Record<string, unknown[] | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-catalog-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : stringify(content));
  }
  return dir;
}

function loadError(dir: string): UsageError {
  try {
    loadCatalog(dir);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected loadCatalog to throw');
}

describe('loadCatalog', () => {
  it('reads every YAML file of the folder and indexes entries by id', () => {
    const catalog = loadCatalog(join(FIXTURES, 'catalog'));
    expect(catalog.services.map((s) => s.id).sort()).toEqual([
      'firebase-crashlytics', 'google-analytics', 'mixpanel', 'openai', 'posthog', 'sentry', 'stripe', 'twilio',
    ]);
    expect(catalog.byId.get('stripe')?.identifiers.npm).toEqual(['stripe', '@stripe/stripe-js']);
  });

  it('caches: a second load of the same folder is the same object and does not re-read', () => {
    const dir = catalogDir({ 'a.yaml': [service('one')] });
    const first = loadCatalog(dir);
    writeFileSync(join(dir, 'b.yaml'), stringify([service('two')]));
    expect(loadCatalog(dir)).toBe(first);
    expect(first.services).toHaveLength(1);
  });

  it('reads and validates past every cache when asked (cache: false)', () => {
    const dir = catalogDir({ 'a.yaml': [service('one')] });
    const cached = loadCatalog(dir);
    writeFileSync(join(dir, 'a.yaml'), stringify([service('one', { purposes: ['not-a-purpose'] })]));
    expect(loadCatalog(dir)).toBe(cached);
    expect(() => loadCatalog(dir, { cache: false })).toThrow(/unknown purposes id "not-a-purpose"/);
  });

  it('reads .yml files too, treats an empty file as no entries and ignores files that are not YAML', () => {
    const dir = catalogDir({ 'empty.yaml': '', 'README.md': '# notes', 'a.yaml': [service('one')], 'b.yml': [service('two')] });
    expect(loadCatalog(dir).services.map((s) => s.id)).toEqual(['one', 'two']);
  });

  it('rejects a missing required field, naming the file, the entry and the field', () => {
    const broken = service('acme');
    delete broken.privacyPolicy;
    const error = loadError(catalogDir({ 'analytics.yaml': [service('fine'), broken] }));
    expect(error.details.file).toMatch(/analytics\.yaml$/);
    expect(error.details.field).toBe('"acme".privacyPolicy');
    expect(error.details.fix).toBe('add "privacyPolicy"');
  });

  it('rejects an unknown field and a malformed value with the path inside the entry', () => {
    const unknown = loadError(catalogDir({ 'a.yaml': [service('acme', { cookie: { sets: true } })] }));
    expect(unknown.details.field).toBe('"acme".cookie');
    expect(unknown.details.fix).toMatch(/remove "cookie"/);

    const badUrl = loadError(catalogDir({ 'a.yaml': [service('acme', { dpa: 'http://insecure' })] }));
    expect(badUrl.details.field).toBe('"acme".dpa');
    expect(badUrl.details.fix).toMatch(/\^https/);

    const badList = loadError(catalogDir({ 'a.yaml': [service('acme', { identifiers: { npm: 'acme' } })] }));
    expect(badList.details.field).toBe('"acme".identifiers.npm');
  });

  it('rejects a file that is not a list', () => {
    const error = loadError(catalogDir({ 'a.yaml': 'id: acme\n' }));
    expect(error.details.file).toMatch(/a\.yaml$/);
    expect(error.message).toMatch(/must be array/);
  });

  it('rejects YAML syntax errors with the line', () => {
    const error = loadError(catalogDir({ 'a.yaml': '- id: acme\n  name: [unclosed\n' }));
    expect(error.details.file).toMatch(/a\.yaml:\d+$/);
  });

  it('rejects ids that are not in the vocabulary, listing the valid ones', () => {
    const category = loadError(catalogDir({ 'a.yaml': [service('acme', { category: 'telemetry' })] }));
    expect(category.details.field).toBe('"acme".category');
    expect(category.details.fix).toMatch(/product-analytics/);

    const data = loadError(catalogDir({ 'a.yaml': [service('acme', { data: ['usage', 'emails'] })] }));
    expect(data.message).toContain('"emails"');
    expect(data.details.field).toBe('"acme".data');

    const purpose = loadError(catalogDir({ 'a.yaml': [service('acme', { purposes: ['growth'] })] }));
    expect(purpose.details.field).toBe('"acme".purposes');
  });

  it('accepts sensitive data categories for services that receive them', () => {
    const dir = catalogDir({ 'a.yaml': [service('idv', { category: 'identity-verification', data: ['government-id', 'biometric'] })] });
    expect(loadCatalog(dir).services).toHaveLength(1);
  });

  it('marks a service as implying sensitive data only with sensitiveCategories ids', () => {
    const dir = catalogDir({ 'a.yaml': [service('idv', { category: 'identity-verification', sensitive: ['government-id', 'biometric'] })] });
    expect(loadCatalog(dir).byId.get('idv')?.sensitive).toEqual(['government-id', 'biometric']);

    // "contact" is personal data but not a special category: the marker would mean nothing.
    const plain = loadError(catalogDir({ 'a.yaml': [service('idv', { sensitive: ['contact'] })] }));
    expect(plain.message).toContain('unknown sensitiveCategories id "contact"');
    expect(plain.details.field).toBe('"idv".sensitive');
    expect(plain.details.fix).toMatch(/government-id/);

    const empty = loadError(catalogDir({ 'a.yaml': [service('idv', { sensitive: [] })] }));
    expect(empty.details.field).toBe('"idv".sensitive');
  });

  it('links a service to a parent in any file, and rejects a parent that is missing or a loop', () => {
    const dir = catalogDir({
      'hosting.yaml': [service('cloud')],
      'storage.yaml': [service('cloud-files', { parent: 'cloud' })],
    });
    expect(loadCatalog(dir).byId.get('cloud-files')?.parent).toBe('cloud');

    const missing = loadError(catalogDir({ 'a.yaml': [service('cloud-files', { parent: 'clud' })] }));
    expect(missing.message).toBe('catalog entry "cloud-files" names parent "clud", which is not a catalog id');
    expect(missing.details.field).toBe('"cloud-files".parent');
    expect(missing.details.file).toMatch(/a\.yaml$/);

    const loop = loadError(
      catalogDir({
        'a.yaml': [
          service('a', { parent: 'b' }),
          service('b', { parent: 'c', identifiers: { npm: ['b-sdk'] } }),
          service('c', { parent: 'a', identifiers: { npm: ['c-sdk'] } }),
        ],
      }),
    );
    expect(loop.message).toBe('catalog entry "a" is its own ancestor (a -> b -> c -> a)');
    const self = loadError(catalogDir({ 'a.yaml': [service('a', { parent: 'a' })] }));
    expect(self.message).toContain('is its own ancestor (a -> a)');
  });

  it('rejects a duplicate id across files, naming both', () => {
    const error = loadError(catalogDir({ 'a.yaml': [service('acme')], 'b.yaml': [service('acme', { identifiers: { npm: ['acme2'] } })] }));
    expect(error.message).toBe('catalog id "acme" is used by two entries: "acme" (a.yaml) and "acme" (b.yaml)');
    expect(error.details.file).toMatch(/b\.yaml$/);
  });

  it('rejects an identifier declared by two entries, naming both entries', () => {
    const error = loadError(
      catalogDir({
        'a.yaml': [service('segment', { identifiers: { npm: ['analytics-node'] } })],
        'b.yaml': [service('rudderstack', { identifiers: { npm: ['analytics-node'] } })],
      }),
    );
    expect(error.message).toBe(
      'identifier npm "analytics-node" is declared by two entries: "segment" (a.yaml) and "rudderstack" (b.yaml)',
    );
    expect(error.details.field).toBe('"rudderstack".identifiers.npm');
  });

  it('compares identifiers the way the scanner matches them (pypi normalised, env and snippets case-insensitive)', () => {
    const pypi = loadError(
      catalogDir({
        'a.yaml': [
          service('one', { identifiers: { pypi: ['acme_sdk'] } }),
          service('two', { identifiers: { pypi: ['Acme.SDK'] } }),
        ],
      }),
    );
    expect(pypi.message).toContain('"one"');
    expect(pypi.message).toContain('"two"');

    const env = loadError(
      catalogDir({
        'a.yaml': [service('one', { identifiers: { env: ['ACME_'] } }), service('two', { identifiers: { env: ['acme_'] } })],
      }),
    );
    expect(env.details.field).toBe('"two".identifiers.env');

    const snippet = loadError(
      catalogDir({
        'a.yaml': [
          service('one', { identifiers: { snippets: ['cdn.acme.com'] } }),
          service('two', { identifiers: { snippets: ['CDN.Acme.com'] } }),
        ],
      }),
    );
    expect(snippet.details.field).toBe('"two".identifiers.snippets');
  });

  it('allows the same name in different ecosystems', () => {
    const dir = catalogDir({
      'a.yaml': [service('stripe', { identifiers: { npm: ['stripe'], pypi: ['stripe'], rubygems: ['stripe'] } })],
    });
    expect(loadCatalog(dir).byId.has('stripe')).toBe(true);
  });
});

describe('loadCatalog disk cache', () => {
  /** loadCatalog from a fresh module, as in a new process: nothing cached in memory. */
  async function loadInNewProcess(dir: string) {
    vi.resetModules();
    const fresh = await import('../../../source/core/catalog/load.js');
    return fresh.loadCatalog(dir);
  }

  function withCacheDir(): string {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pw-catalog-cache-'));
    temps.push(cacheDir);
    vi.stubEnv('PRIVACY_WIZARD_CACHE_DIR', cacheDir);
    return cacheDir;
  }
  afterEach(() => vi.unstubAllEnvs());

  it('stores the validated catalog and reads it back while the files are unchanged', async () => {
    const cacheDir = withCacheDir();
    const dir = catalogDir({ 'a.yaml': [service('acme')] });
    await loadInNewProcess(dir);
    const [cached] = readdirSync(cacheDir);
    expect(cached).toMatch(/^catalog-[0-9a-f]{32}\.json$/);

    // Tamper with the cached copy: a new process that uses it must see the tampered name.
    const path = join(cacheDir, cached ?? '');
    const entries = JSON.parse(readFileSync(path, 'utf8')) as { name: string }[];
    writeFileSync(path, JSON.stringify(entries.map((e) => ({ ...e, name: 'From cache' }))));
    expect((await loadInNewProcess(dir)).byId.get('acme')?.name).toBe('From cache');
  });

  it('re-reads the YAML when a file changes', async () => {
    const cacheDir = withCacheDir();
    const dir = catalogDir({ 'a.yaml': [service('acme')] });
    await loadInNewProcess(dir);
    writeFileSync(join(dir, 'a.yaml'), stringify([service('acme', { name: 'Acme 2' })]));
    expect((await loadInNewProcess(dir)).byId.get('acme')?.name).toBe('Acme 2');
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it('keeps only the eight most recent catalogs', async () => {
    const cacheDir = withCacheDir();
    for (let i = 0; i < 10; i++) await loadInNewProcess(catalogDir({ 'a.yaml': [service(`acme-${i}`)] }));
    expect(readdirSync(cacheDir)).toHaveLength(8);
  });

  it('still validates a changed file: a cache never hides an error', async () => {
    withCacheDir();
    const dir = catalogDir({ 'a.yaml': [service('acme')] });
    await loadInNewProcess(dir);
    writeFileSync(join(dir, 'a.yaml'), stringify([service('acme', { category: 'nope' })]));
    await expect(loadInNewProcess(dir)).rejects.toThrow(/unknown serviceCategories id "nope"/);
  });

  it('falls back to the YAML when the cached copy is unreadable, and can be turned off', async () => {
    const cacheDir = withCacheDir();
    const dir = catalogDir({ 'a.yaml': [service('acme')] });
    await loadInNewProcess(dir);
    const [cached] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, cached ?? ''), '{ not json');
    expect((await loadInNewProcess(dir)).byId.get('acme')?.name).toBe('acme');

    const other = catalogDir({ 'b.yaml': [service('other')] });
    vi.stubEnv('PRIVACY_WIZARD_CACHE_DIR', '');
    await loadInNewProcess(other);
    expect(readdirSync(cacheDir)).toEqual([cached]);
  });
});
