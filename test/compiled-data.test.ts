// The bundle ships the question bank, vocabulary, phrases, catalog, templates, country names and
// the answers validator compiled at build time (scripts/compiled-data-plugin.mjs). These tests build
// a bundle with the CLI's own options and check that what it holds equals what the sources say
// now, and that a broken source fails the build with the loader's own file, field and fix.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { runAudit } from '../source/core/audit/engine.js';
import { obligations, rules } from '../source/core/audit/rules/index.js';
import { loadCatalog } from '../source/core/catalog/load.js';
import { UsageError } from '../source/core/errors.js';
import { dataPath } from '../source/core/paths.js';
import { loadQuestionBank } from '../source/core/questions/load.js';
import { renderChecklist } from '../source/core/render/checklist.js';
import { loadPhrases } from '../source/core/render/engine.js';
import { renderPolicy } from '../source/core/render/policy.js';
import { regionName } from '../source/core/render/region-names.js';
import { schemaValidator } from '../source/core/schema.js';
import { loadVocabulary } from '../source/core/vocabulary/load.js';
import { answersOf, factsFrom, loadAnswersFixture } from './helpers/facts.js';

type Probe = typeof import('./helpers/compiled-probe.js');

const cacheDir = join(process.cwd(), 'node_modules', '.cache');
let outdir: string;
let probe: Probe;

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  outdir = mkdtempSync(join(cacheDir, 'privacy-wizard-probe-'));
  await build({ ...bundleOptions(outdir), entryPoints: { probe: 'test/helpers/compiled-probe.ts' }, logLevel: 'error' });
  probe = (await import(pathToFileURL(join(outdir, 'probe.js')).href)) as Probe;
}, 120_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const fixtures = readdirSync('test/fixtures/answers').map((f) => f.replace(/\.json$/, ''));

describe('the data compiled into the bundle', () => {
  it('is the question bank, vocabulary, phrases and catalog the YAML holds', () => {
    const bank = probe.loadQuestionBank();
    expect(bank.sections).toEqual(loadQuestionBank().sections);
    expect([...bank.byId.keys()]).toEqual(loadQuestionBank().questions.map((q) => q.id));
    expect(bank.sections[0]?.questions[0]).toBe(bank.questions[0]);
    expect(probe.loadVocabulary()).toEqual(loadVocabulary());
    expect(probe.loadPhrases()).toEqual(loadPhrases());
    expect(probe.loadCatalog().services).toEqual(loadCatalog(undefined, { cache: false }).services);
  });

  it.each(fixtures)('renders the %s policy and checklist as the templates on disk do', (name) => {
    const facts = factsFrom(answersOf(loadAnswersFixture(name)));
    const audit = runAudit(facts, rules, obligations, loadQuestionBank());
    expect(probe.renderPolicy(facts, { lastUpdated: '2026-11-23' })).toBe(renderPolicy(facts, { lastUpdated: '2026-11-23' }));
    expect(probe.renderChecklist(audit, facts, {})).toBe(renderChecklist(audit, facts, {}));
  });

  it('names every country as Intl.DisplayNames does', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    const named = codes.filter((code) => probe.regionName(code) !== undefined);
    expect(named.length).toBeGreaterThan(200);
    for (const code of codes) {
      let expected: string | undefined;
      try {
        expected = regionName(code);
      } catch {
        expected = undefined;
      }
      expect(probe.regionName(code), code).toBe(expected);
    }
  });

  it('validates answers files as ajv does at run time, errors included', () => {
    const compiled = probe.schemaValidator('answers.schema.json');
    const runtime = schemaValidator('answers.schema.json');
    const files: unknown[] = fixtures.map((name) => loadAnswersFixture(name));
    const saas = loadAnswersFixture('saas') as unknown as Record<string, unknown>;
    // one broken field at a time: wrong type, unknown property, bad enum, missing required
    files.push({ ...saas, schemaVersion: 'one' }, { ...saas, surprise: true }, { ...saas, format: 'pdf' }, { ...saas, answers: undefined });
    files.push({ ...saas, answers: { 'org.name': { value: 'x', source: 'guess' } } }, { ...saas, dismissed: { stripe: 3 } }, 42, null);
    for (const file of files) {
      expect(compiled(file)).toBe(runtime(file));
      expect(compiled.errors ?? null).toEqual(runtime.errors ?? null);
    }
    expect(files.filter((file) => !compiled(file)).length).toBeGreaterThanOrEqual(6);
  });

  it('is only the package\'s own data: other folders are read from source', () => {
    expect(() => probe.loadQuestionBank(join(outdir, 'elsewhere'))).toThrow(/holds only its built-in questions\/sections/);
  });
});

describe('the shipped schemas', () => {
  it.each(readdirSync('schema'))('%s is valid draft-07 (run-time loads skip this check)', (name) => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(JSON.parse(readFileSync(join('schema', name), 'utf8')) as object), ajv.errorsText()).toBe(true);
  });
});

describe('a broken source file', () => {
  /** A copy of the package's sources and data inside node_modules/.cache, so its imports resolve. */
  function packageCopy(): string {
    const copy = mkdtempSync(join(cacheDir, 'privacy-wizard-broken-'));
    for (const part of ['package.json', 'source', 'scripts', 'questions', 'outputs', 'schema']) cpSync(dataPath(part), join(copy, part), { recursive: true });
    return copy;
  }

  function buildIn(copy: string) {
    return spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: copy, encoding: 'utf8' });
  }

  function loaderMessage(load: () => unknown): string {
    try {
      load();
    } catch (error) {
      if (error instanceof UsageError) return error.format();
      throw error;
    }
    throw new Error('the loader accepted the broken file');
  }

  it('fails the build with the message the loader gives for it (file, field, fix)', () => {
    const copy = packageCopy();
    try {
      const file = join(copy, 'questions', 'sections', '03-data.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/type: (multiselect|select)/, 'type: multi-select'));
      const run = buildIn(copy);
      expect(run.status).toBe(1);
      const message = loaderMessage(() => loadQuestionBank(join(copy, 'questions', 'sections')));
      expect(message).toMatch(/field: .+\.type/);
      expect(run.stderr).toContain(message);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('fails the build on a template that does not compile, naming it', () => {
    const copy = packageCopy();
    try {
      writeFileSync(join(copy, 'outputs', 'policy', 'intro.eta'), 'Hello <%= it.name ');
      const run = buildIn(copy);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(join(copy, 'outputs', 'policy', 'intro.eta'));
      expect(run.stderr).toMatch(/fix: +close every <% %> tag/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
