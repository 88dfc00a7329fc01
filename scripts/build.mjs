// Bundles the CLI. Code splitting keeps Ink and React in their own chunk,
// which only the interactive wizard imports, so `generate`/`check` start fast.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

// Overwrite in place and delete stale files afterwards (rather than emptying dist/ first),
// so a CLI started while a build runs never finds dist/ missing.
const result = await build({
  entryPoints: { cli: 'source/cli.tsx' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  packages: 'bundle',
  // optional peer of ink, never used at run time
  external: ['react-devtools-core'],
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    // Some bundled CommonJS dependencies call require(); give them one.
    js: "#!/usr/bin/env node\nimport { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);",
  },
  // NODE_ENV=production picks React's production build: half the size, a faster first frame.
  define: { 'process.env.DEV': '"false"', 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  metafile: true,
  minify: false,
  legalComments: 'none',
});

const fresh = new Set(Object.keys(result.metafile.outputs).map((file) => relative('dist', file)));
for (const entry of await readdir('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = relative('dist', join(entry.parentPath ?? entry.path, entry.name));
  if (!fresh.has(file)) await rm(join('dist', file), { force: true });
}

// Ship the validated service catalog as JSON (dist/catalog-cache/), so the first scan on a clean
// machine skips parsing the YAML (docs/benchmarks.md). It also fails the build on a broken catalog.
execFileSync(process.execPath, ['dist/cli.js', 'scan', '--json', '--cwd', 'schema'], {
  env: { ...process.env, PRIVACY_WIZARD_CACHE_DIR: 'dist/catalog-cache' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
