// The non-interactive commands run from one CommonJS bundle compiled with the code cache the build
// made for each command (scripts/ci-bundle-plugin.mjs, make-code-cache.mjs); a lone --help or
// --version is answered by dist/cli.js alone. Uses dist/, built by the global setup.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';

const chunks = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
const plugin = fileURLToPath(new URL('../../scripts/ci-bundle-plugin.mjs', import.meta.url));
const tracer = fileURLToPath(new URL('../helpers/trace-loads.mjs', import.meta.url));

describe('the commands bundles', () => {
  // scan has its own; the other commands share one
  const bundleOf = (command: string) => readdirSync(chunks).find((name) => (command === 'scan' ? /^ci-scan-[A-Z0-9]+\.cjs$/ : /^ci-[A-Z0-9]+\.cjs$/).test(name));
  const bundle = bundleOf('check');

  test.each(['generate', 'audit', 'check', 'scan'])('have a code cache for `%s` that this Node accepts', (command) => {
    const bundle = bundleOf(command);
    expect(bundle).toBeDefined();
    const file = join(chunks, bundle!);
    const cache = file.replace(/\.cjs$/, `.${command}.cache`);
    expect(readdirSync(chunks)).toContain(cache.slice(chunks.length));
    // compiled as the loader compiles it, in a fresh node (a cache made for another source is rejected)
    const probe = `import { readFileSync } from 'node:fs'; import { Script } from 'node:vm'; import { WRAP } from ${JSON.stringify(plugin)};
const script = new Script(WRAP[0] + readFileSync(${JSON.stringify(file)}, 'utf8') + WRAP[1], { filename: ${JSON.stringify(file)}, cachedData: readFileSync(${JSON.stringify(cache)}) });
process.stdout.write(String(script.cachedDataRejected));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('false');
  });

  test('are the files the loader in cli.js names (their names hold a hash of their content)', () => {
    expect(readFileSync(join(chunks, bundle!), 'utf8')).toContain('function checkCommand');
    expect(readFileSync(join(chunks, bundleOf('scan')!), 'utf8')).not.toContain('function checkCommand');
    expect(readFileSync(CLI, 'utf8')).toContain(`./chunks/${bundle!}`);
    expect(readFileSync(CLI, 'utf8')).toContain(`./chunks/${bundleOf('scan')!}`);
  });
});

describe('a lone --help or --version', () => {
  test.each([['--version'], ['-v'], ['--help'], ['-h']])('`%s` loads no chunk that parses the command line', (arg) => {
    const trace = join(mkdtempSync(join(tmpdir(), 'pw-trace-')), 'loads.txt');
    const run = spawnSync(process.execPath, ['--import', tracer, CLI, arg], { env: { ...process.env, TRACE_LOADS_FILE: trace }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const files = readFileSync(trace, 'utf8').split('\n').filter((u) => u.startsWith('file:') && u.includes('/dist/'));
    expect(files.some((u) => u.endsWith('/dist/cli.js'))).toBe(true);
    // cli.js only names the chunks it would import for any other command line
    const chunksLoaded = files.filter((u) => !u.endsWith('/dist/cli.js'));
    const code = chunksLoaded.map((u) => readFileSync(fileURLToPath(u), 'utf8')).join('\n');
    expect(code).not.toMatch(/parseArgs|function loadCiCommands|function main/);
    expect(readFileSync(CLI, 'utf8')).not.toMatch(/parseArgs\(/);
  });

  test('answers as the full parser does', () => {
    expect(runCli(['--version']).stdout).toBe(runCli(['--version', '--cwd', '.']).stdout);
    expect(runCli(['-h']).stdout).toBe(runCli(['--help', '--json']).stdout);
  });
});
