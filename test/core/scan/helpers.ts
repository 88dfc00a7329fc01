import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import type { ScanResult } from '../../../source/core/scan/types.js';

// Keep the loader's on-disk catalog cache out of the developer's home folder during tests.
process.env.PRIVACY_WIZARD_CACHE_DIR ??= join(tmpdir(), 'privacy-wizard-test-cache');

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(here, '..', '..', 'fixtures', 'scan');

/** The small, stable catalog the scanner's unit tests use instead of the growing real one. */
export function testCatalog(): Catalog {
  return loadCatalog(join(FIXTURES, 'catalog'));
}

/** Scans test/fixtures/scan/projects/<name> with the test catalog. */
export function scanFixture(name: string): Promise<ScanResult> {
  return detectServices(join(FIXTURES, 'projects', name), testCatalog());
}

/** service id -> ["file:line", "file:line (dev)"], the shape the tests assert exactly. */
export function evidenceByService(result: ScanResult): Record<string, string[]> {
  return Object.fromEntries(
    result.services.map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line}${e.dev ? ' (dev)' : ''}`)]),
  );
}

/** "name file:line" of each unrecognised dependency. */
export function unrecognisedList(result: ScanResult): string[] {
  return result.unrecognised.map((u) => `${u.name} ${u.file}:${u.line}`);
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes a throwaway project ({ "path/in/project": "content" }) and returns its root. Used for
 * trees git would not keep as fixtures: node_modules, ignored files, real .env files.
 */
export function tempProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pw-scan-'));
  temps.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

let shippedCatalog: Catalog | undefined;
/** The catalog as shipped (questions/catalog), loaded once per test file. */
export const shipped = (): Catalog => (shippedCatalog ??= loadCatalog(undefined, { cache: false }));
/** The services a hand-made project shows, against the shipped catalog. */
export const scanShipped = async (files: Record<string, string>) => (await detectServices(tempProject(files), shipped())).services;
/** service id -> its confidence, for the services a project shows */
export const confidences = async (files: Record<string, string>) => Object.fromEntries((await scanShipped(files)).map((s) => [s.serviceId, s.confidence]));
/** service id -> its evidence as "file:line confidence match" */
export const proofs = async (files: Record<string, string>) =>
  Object.fromEntries((await scanShipped(files)).map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.confidence} ${e.match}`)]));
