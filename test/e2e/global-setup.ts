// Builds the CLI once per test run for the end-to-end tests, into a fresh private folder:
// other work in the same tree may rebuild dist/ (or run this suite) at any moment, and a
// test must never see a bundle half-written. Same esbuild options as scripts/build.mjs; the
// bundle finds questions/ and outputs/ by walking up to the repository's package.json, so
// the folder lives inside the repository (node_modules/.cache).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** folder of the bundle built for this run (cli.js inside) */
    e2eDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
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
  project.provide('e2eDist', outdir);
  return () => rmSync(outdir, { recursive: true, force: true });
}
