// Builds the CLI for the end-to-end tests, into a fresh private folder: other work in the
// same tree may rebuild dist/ (or run these tests) at any moment, and a test must never see
// a bundle half-written. Same esbuild options as scripts/build.mjs; the bundle finds
// questions/ and outputs/ by walking up to the repository's package.json, so the folder
// lives inside the repository (node_modules/.cache). Built in the e2e file's beforeAll, so
// test runs that do not include the e2e tests do not pay for it.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleOptions } from '../../scripts/bundle-options.mjs';

let built: string | undefined;

/** Builds once per test file; returns the path of cli.js. */
export async function buildCli(): Promise<string> {
  if (built) return join(built, 'cli.js');
  const parent = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const outdir = mkdtempSync(join(parent, 'privacy-wizard-e2e-'));
  await build(bundleOptions(outdir));
  built = outdir;
  return join(outdir, 'cli.js');
}

/** Removes the build (afterAll). */
export function removeCli(): void {
  if (built) rmSync(built, { recursive: true, force: true });
  built = undefined;
}
