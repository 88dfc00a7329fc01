// Builds the CLI once for the end-to-end tests, into a private folder: other work in the
// same tree may rebuild dist/ at any moment, and a test must not see it half-written.
// Same esbuild options as scripts/build.mjs; the bundle finds questions/ and outputs/ by
// walking up to the repository's package.json.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const E2E_DIST = join(process.cwd(), 'node_modules', '.cache', 'privacy-wizard-e2e');

export default async function setup(): Promise<void> {
  rmSync(E2E_DIST, { recursive: true, force: true });
  await build({
    entryPoints: { cli: 'source/cli.tsx' },
    outdir: E2E_DIST,
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
    metafile: true,
  });
}
