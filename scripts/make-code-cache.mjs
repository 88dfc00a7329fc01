// Makes V8's code caches of the non-interactive commands' bundle (ci-bundle-plugin.mjs), one per
// command: <dist>/chunks/ci-<hash>.<command>.cache. Run by scripts/build.mjs after the build.
//
// Each cache is made in a fresh process after running its command once on the saas example
// (test/fixtures/answers/saas.json in a temporary folder, its policy and documents generated
// first; the output is discarded), so it holds the bytecode of every function that run called,
// not only of the top level, and nothing of the other commands; the command runs through `main`, as
// dist/cli.js runs it. The bundle is compiled as the loader compiles it, the file's text with WRAP
// around it, which is nothing now that the file holds its wrapper (V8 rejects a cache made for a
// source of another length).
//
// The wizard's bundle (`wizard` as the command) is run the same way, in the pseudo-terminal that
// scripts/build.mjs drives (wizardCodeCache below): the cache is written once the wizard has ended.
//
//   node scripts/make-code-cache.mjs <dist>/chunks/ci-<hash>.cjs <command> <project folder>
import { mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { bundleOf, cacheFileOf, CI_COMMANDS, V8_FLAGS, WRAP } from './ci-bundle-plugin.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The answers the commands run on, relative to the package root. */
export const EXAMPLE = join('test', 'fixtures', 'answers', 'saas.json');

/** A temporary project with the example's answers and a manifest of two of its services; returns its folder. */
export function exampleProject() {
  const project = mkdtempSync(join(tmpdir(), 'pw-code-cache-'));
  mkdirSync(join(project, 'privacy'));
  copyFileSync(join(root, EXAMPLE), join(project, 'privacy', 'answers.json'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'example', dependencies: { stripe: '^17.0.0', '@sentry/node': '^9.0.0' } }));
  writeFileSync(join(project, 'index.ts'), "import Stripe from 'stripe';\n");
  return project;
}

/**
 * Makes the wizard's code cache: runs this script on `bundle` in a pseudo-terminal (@lydell/node-pty,
 * a development dependency), in an empty project: the welcome menu, ↓ and ↑, Start, the first
 * question, then Ctrl+C. Resolves with an error message, or undefined once the cache is written.
 */
export async function wizardCodeCache(bundle, env) {
  let pty;
  try {
    pty = (await import('@lydell/node-pty')).default;
  } catch {
    return 'no @lydell/node-pty to run the wizard in (a development dependency)';
  }
  const project = mkdtempSync(join(tmpdir(), 'pw-code-cache-wizard-'));
  const config = mkdtempSync(join(tmpdir(), 'pw-code-cache-config-'));
  try {
    return await new Promise((resolve) => {
      const term = pty.spawn(process.execPath, [fileURLToPath(import.meta.url), bundle, 'wizard', project], {
        cols: 80,
        rows: 24,
        cwd: project,
        env: { ...env, PRIVACY_WIZARD_CONFIG_DIR: config, PRIVACY_WIZARD_CACHE_DIR: '' },
      });
      let output = '';
      let step = 0;
      let idle;
      const strip = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      const steps = [
        [/Start/, '\x1b[B'],
        [/› Quit/, '\x1b[A'],
        [/› Start/, '\r'],
      ];
      const timer = setTimeout(() => {
        term.kill();
        resolve(`the wizard did not reach its first question in 30 s; its screen:\n${strip(output).slice(-1000)}`);
      }, 30_000);
      term.onData((data) => {
        output += data;
        const screen = strip(output.slice(-4000));
        if (step < steps.length && steps[step][0].test(screen)) {
          output = '';
          term.write(steps[step++][1]);
        } else if (step === steps.length) {
          // the first question: Ctrl+C once it is drawn
          clearTimeout(idle);
          idle = setTimeout(() => term.write('\x03'), 300);
        }
      });
      term.onExit(({ exitCode }) => {
        clearTimeout(timer);
        clearTimeout(idle);
        resolve(exitCode === 0 || exitCode === 130 ? undefined : `the wizard exited ${exitCode}:\n${strip(output).slice(-1000)}`);
      });
    });
  } finally {
    rmSync(project, { recursive: true, force: true });
    rmSync(config, { recursive: true, force: true });
  }
}

async function makeCodeCache(file, command, project) {
  const script = new Script(WRAP[0] + readFileSync(file, 'utf8') + WRAP[1], { filename: file });
  // run under the flags the loader sets once the bundle is compiled; the cache is made under the defaults
  const flags = V8_FLAGS[bundleOf(command)];
  if (flags) setFlagsFromString(flags.run);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (command === 'wizard') {
    await module.exports.wizardCommand({ cwd: project, force: false, json: false, demo: false });
  } else {
    // through the command line, as dist/cli.js runs it: its parsing and routing are in the cache too
    const write = process.stdout.write;
    const argv = process.argv;
    process.stdout.write = () => true;
    process.argv = [argv[0], argv[1], command, '--cwd', project];
    try {
      if (!(CI_COMMANDS[command] in module.exports)) throw new Error(`${file} has no ${CI_COMMANDS[command]}`);
      await module.exports.main({ help: '', version: '', wizard: () => Promise.reject(new Error('not the wizard')), commands: async () => module.exports });
      // main reports a command that could not run (on stderr) and exits 2: that fails the build
      if (process.exitCode === 2) throw new Error(`${command} could not run on the example project`);
    } finally {
      process.stdout.write = write;
      process.argv = argv;
    }
  }
  if (flags) setFlagsFromString(flags.defaults);
  writeFileSync(cacheFileOf(file, command), script.createCachedData());
  process.exitCode = 0; // the command's findings are not this script's result
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, command, project] = process.argv.slice(2);
  process.env.PRIVACY_WIZARD_TODAY ??= '2026-11-23';
  await makeCodeCache(resolve(file), command, resolve(project));
}
