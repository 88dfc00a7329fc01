// Bundles the CLI into dist/ (options in bundle-options.mjs), with the question bank, vocabulary,
// phrases, catalog, templates and schema validators compiled in (compiled-data-plugin.mjs).
// A broken data file fails the build with its file, field and fix (exit 1). Then the code cache of
// the non-interactive commands is made (make-code-cache.mjs).
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { bundleOptions } from './bundle-options.mjs';
import { cacheFileOf } from './ci-bundle-plugin.mjs';

// Overwrite in place and delete stale files afterwards (rather than emptying dist/ first),
// so a CLI started while a build runs never finds dist/ missing.
let result;
try {
  result = await build(bundleOptions('dist'));
} catch {
  process.exit(1); // esbuild has printed the errors
}

const fresh = new Set(Object.keys(result.metafile.outputs).map((file) => relative('dist', file)));

// V8's code cache of the non-interactive commands (ci-bundle-plugin.mjs), made by running them once.
// Without it they work the same, only slower to start: a failure here is a warning.
for (const file of fresh) {
  if (!/^chunks[\\/]ci-[^\\/]+\.cjs$/.test(file)) continue;
  const made = spawnSync(process.execPath, [join('scripts', 'make-code-cache.mjs'), join('dist', file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (made.status === 0) fresh.add(cacheFileOf(file));
  else console.warn(`build: no code cache for ${file} (the CLI works without it, slower to start):\n${made.stderr}`);
}
for (const entry of await readdir('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = relative('dist', join(entry.parentPath ?? entry.path, entry.name));
  if (!fresh.has(file)) await rm(join('dist', file), { force: true });
}
// the folder of the catalog cache that earlier builds shipped
await rm(join('dist', 'catalog-cache'), { recursive: true, force: true });
