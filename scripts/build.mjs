// Bundles the CLI into dist/ (options in bundle-options.mjs).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { bundleOptions } from './bundle-options.mjs';

// Overwrite in place and delete stale files afterwards (rather than emptying dist/ first),
// so a CLI started while a build runs never finds dist/ missing.
const result = await build(bundleOptions('dist'));

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
