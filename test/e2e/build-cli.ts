// Builds the CLI for the end-to-end tests, into a fresh private folder: other work in the
// same tree may rebuild dist/ (or run these tests) at any moment, and a test must never see
// a bundle half-written. Same esbuild options as scripts/build.mjs; the bundle finds
// questions/ and outputs/ by walking up to the repository's package.json, so the folder
// lives inside the repository (node_modules/.cache). Built in the e2e file's beforeAll, so
// test runs that do not include the e2e tests do not pay for it.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

let built: string | undefined;

/** Builds once per test file; returns the path of cli.js. */
export async function buildCli(): Promise<string> {
  if (built) return join(built, 'cli.js');
  const parent = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const outdir = mkdtempSync(join(parent, 'privacy-wizard-e2e-'));
  await build({
    entryPoints: { cli: 'source/cli.tsx' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    packages: 'bundle',
    external: ['react-devtools-core'],
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);",
    },
    define: { 'process.env.DEV': '"false"', 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  built = outdir;
  return join(outdir, 'cli.js');
}

/** Removes the build (afterAll). */
export function removeCli(): void {
  if (built) rmSync(built, { recursive: true, force: true });
  built = undefined;
}
