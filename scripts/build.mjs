// Bundles the CLI into dist/ (options in bundle-options.mjs), with the question bank, vocabulary,
// phrases, catalog, templates and schema validators compiled in (compiled-data-plugin.mjs).
// A broken data file fails the build with its file, field and fix (exit 1). Then the code cache of
// the non-interactive commands is made (make-code-cache.mjs).
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { bundleOptions } from './bundle-options.mjs';
import { bundleOf, cacheFileOf, CI_COMMANDS } from './ci-bundle-plugin.mjs';
import { EXAMPLE, exampleProject, wizardCodeCache } from './make-code-cache.mjs';

// The wizard's bundle gets its cache the same way, from a run in a pseudo-terminal (make-code-cache.mjs).
// Overwrite in place and delete stale files afterwards (rather than emptying dist/ first),
// so a CLI started while a build runs never finds dist/ missing.
let result;
try {
  result = await build(bundleOptions('dist'));
} catch {
  process.exit(1); // esbuild has printed the errors
}

const fresh = new Set(Object.keys(result.metafile.outputs).map((file) => relative('dist', file)));

// V8's code caches of the non-interactive commands (ci-bundle-plugin.mjs), made by running each once
// on the saas example. Without the example (a tree without test/) the CLI works the same, only
// slower to start; a command that fails while its cache is made fails the build.
const bundles = Object.fromEntries([...fresh].map((file) => [/^chunks[\\/](ci(?:-scan)?|wizard)-[A-Z0-9]+\.c?js$/.exec(file)?.[1], file]).filter(([name]) => name));
if (Object.keys(bundles).length > 0 && !existsSync(EXAMPLE)) {
  console.warn(`build: no code cache for the commands: ${EXAMPLE} is missing (the CLI works without it, slower to start)`);
} else if (Object.keys(bundles).length > 0) {
  const project = exampleProject();
  try {
    const run = (args) => {
      const done = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PRIVACY_WIZARD_TODAY: '2026-11-23' } });
      if (done.status === 0) return;
      console.error(`build: making the code cache failed (node ${args.join(' ')}):\n${done.stderr}`);
      process.exit(1);
    };
    run([join('dist', 'cli.js'), 'generate', '--cwd', project]);
    for (const command of Object.keys(CI_COMMANDS)) {
      const bundle = bundles[bundleOf(command)];
      run([join('scripts', 'make-code-cache.mjs'), join('dist', bundle), command, project]);
      fresh.add(cacheFileOf(bundle, command));
    }
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
// The wizard's, made by running it in a pseudo-terminal; without one it works the same, slower to start.
if (bundles.wizard) {
  // With CI (or CONTINUOUS_INTEGRATION) set, Ink draws only the last frame, so the wizard would never show its
  // menu to be driven: a build under CI shipped the wizard without its cache. A user's terminal never has them.
  const env = { ...process.env, PRIVACY_WIZARD_TODAY: '2026-11-23' };
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  const failed = await wizardCodeCache(resolve('dist', bundles.wizard), env);
  if (failed) console.warn(`build: no code cache for the wizard: ${failed}`);
  else fresh.add(cacheFileOf(bundles.wizard, 'wizard'));
}
for (const entry of await readdir('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = relative('dist', join(entry.parentPath ?? entry.path, entry.name));
  if (!fresh.has(file)) await rm(join('dist', file), { force: true });
}
// the folder of the catalog cache that earlier builds shipped
await rm(join('dist', 'catalog-cache'), { recursive: true, force: true });
