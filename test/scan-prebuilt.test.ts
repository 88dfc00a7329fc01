// The bundle ships the scan's catalog index and snippet matcher tables, computed at build time
// (scripts/compiled-data-plugin.mjs, source/core/scan/prebuilt-index.ts). These tests build a
// bundle with the CLI's own options and check that what it loads equals what a run from source
// builds from the catalog now, so the two cannot drift, and that the bundle's scan finds the same.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { loadCatalog } from '../source/core/catalog/load.js';
import type { Catalog } from '../source/core/catalog/types.js';
import { catalogIndexTables, indexCatalog } from '../source/core/scan/catalog-index.js';
import { detectServices } from '../source/core/scan/detect.js';
import { MultiMatcher } from '../source/core/scan/multi-matcher.js';
import { matcherFor } from '../source/core/scan/source-scan.js';
import { tempProject } from './core/scan/helpers.js';

type Probe = typeof import('./helpers/scan-tables-probe.js');

const cacheDir = join(process.cwd(), 'node_modules', '.cache');
let outdir: string;
let probe: Probe;
let catalog: Catalog;

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  outdir = mkdtempSync(join(cacheDir, 'privacy-wizard-scan-probe-'));
  await build({ ...bundleOptions(outdir), entryPoints: { probe: 'test/helpers/scan-tables-probe.ts' }, logLevel: 'error' });
  probe = (await import(pathToFileURL(join(outdir, 'probe.js')).href)) as Probe;
  catalog = loadCatalog(undefined, { cache: false });
}, 180_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the scan tables shipped in the bundle', () => {
  it('are the catalog index and matcher tables a run from source builds from the catalog', () => {
    const shipped = probe.prebuiltScanTables(probe.loadCatalog().services);
    expect(shipped).toBeDefined();
    expect(shipped!.index).toEqual(catalogIndexTables(catalog.services));
    expect(shipped!.matcher).toEqual(matcherFor(indexCatalog(catalog)).tables());
  });

  it('are not used for a catalog other than the one shipped', () => {
    const services = probe.loadCatalog().services;
    expect(probe.prebuiltScanTables([...services])).toBeUndefined();
    expect(probe.prebuiltScanTables(services.slice(1))).toBeUndefined();
  });

  it('find in a project what the scan built at run time finds', async () => {
    const root = tempProject({
      'package.json': `${JSON.stringify({ name: 'app', dependencies: { stripe: '^17.0.0', '@sentry/node': '^9.0.0', 'posthog-js': '^1.0.0' } }, null, 2)}\n`,
      '.env.example': 'NEXT_PUBLIC_POSTHOG_KEY=\nOPENAI_API_KEY=\nTWILIO_AUTH_TOKEN=\n',
      'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire github.com/getsentry/sentry-go v0.27.0\n',
      'src/pay.ts': "import Stripe from 'stripe';\nexport const client = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
      'src/page.html': '<script src="https://js.stripe.com/v3/"></script>\n<script src="https://cdn.segment.com/analytics.js"></script>\n',
      'src/mail.py': "import requests\nrequests.post('https://api.sendgrid.com/v3/mail/send')\n",
      'src/models.ts': "export const users = pgTable('users', { email: text('email') });\n",
    });
    const bundled = await probe.detectServices(root, probe.loadCatalog());
    const fromSource = await detectServices(root, catalog);
    expect(bundled.services.map((s) => s.serviceId)).toEqual(expect.arrayContaining(['stripe', 'sentry', 'posthog', 'segment']));
    expect(bundled).toEqual(fromSource);
  });
});

describe('a matcher given tables made for other needles', () => {
  it('builds its own and finds its own needles', () => {
    const tables = new MultiMatcher([{ needle: 'stripe', value: 1 }]).tables();
    const matcher = new MultiMatcher([{ needle: 'Segment', value: 2 }], tables);
    const found: [number, number][] = [];
    matcher.scan(Buffer.from('a stripe and a segment'), 22, (value, start) => found.push([value, start]));
    expect(found).toEqual([[2, 15]]);
  });
});
