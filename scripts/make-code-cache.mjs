// Writes V8's code cache of the non-interactive commands' bundle (ci-bundle-plugin.mjs), run by
// scripts/build.mjs after the build: <dist>/chunks/ci-<hash>.cache.
//
// The cache is made after running scan, audit, generate and check once each on the saas example
// (test/fixtures/answers/saas.json, in a temporary folder, their output discarded), so it holds the
// bytecode of every function those runs called, not only of the top level. The file is compiled
// with the same wrapper as the loader's (V8 rejects a cache of another source length).
//
//   node scripts/make-code-cache.mjs dist/chunks/ci-<hash>.cjs
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { cacheFileOf, WRAP } from './ci-bundle-plugin.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.argv[2]);
const answers = join(root, 'test', 'fixtures', 'answers', 'saas.json');

const project = mkdtempSync(join(tmpdir(), 'pw-code-cache-'));
const write = process.stdout.write;
try {
  mkdirSync(join(project, 'privacy'));
  cpSync(answers, join(project, 'privacy', 'answers.json'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'example', dependencies: { stripe: '^17.0.0', '@sentry/node': '^9.0.0' } }));
  writeFileSync(join(project, 'index.ts'), "import Stripe from 'stripe';\n");
  process.env.PRIVACY_WIZARD_TODAY ??= '2026-11-23';
  const script = new Script(WRAP[0] + readFileSync(file, 'utf8') + WRAP[1], { filename: file });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const commands = module.exports;
  const options = { cwd: project, force: false, json: false, demo: false };
  process.stdout.write = () => true;
  await commands.scanCommand(options);
  await commands.auditCommand(options);
  await commands.generateCommand(options);
  await commands.checkCommand(options);
  process.stdout.write = write;
  writeFileSync(cacheFileOf(file), script.createCachedData());
  process.exitCode = 0; // the commands' findings are not this script's result
} finally {
  process.stdout.write = write;
  rmSync(project, { recursive: true, force: true });
}
