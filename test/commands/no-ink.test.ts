// Non-interactive commands must not load Ink or React: they are for CI and must start fast.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CLI, projectWithAnswers } from '../helpers/cli.js';

const tracer = fileURLToPath(new URL('../helpers/trace-loads.mjs', import.meta.url));

/** The text of every module the built CLI loads for these arguments. */
function loadedCode(args: string[]): { files: string[]; code: string } {
  const trace = join(mkdtempSync(join(tmpdir(), 'pw-trace-')), 'loads.txt');
  spawnSync(process.execPath, ['--import', tracer, CLI, ...args], {
    env: { ...process.env, TRACE_LOADS_FILE: trace, PRIVACY_WIZARD_TODAY: '2026-11-23' },
    encoding: 'utf8',
  });
  const files = readFileSync(trace, 'utf8').split('\n').filter((u) => u.startsWith('file:') && u.includes('/dist/'));
  return { files, code: files.map((u) => readFileSync(fileURLToPath(u), 'utf8')).join('\n') };
}

// Strings that only Ink's and React's own code contain.
const INK = /Ink\b.*render|yoga-layout|useInput|react\.production|ReactCurrentOwner|__SECRET_INTERNALS|react\.transitional\.element/;

describe('start-up weight', () => {
  test.each([['generate'], ['audit'], ['check'], ['scan']])('`%s` does not load Ink or React', (command) => {
    const root = projectWithAnswers('saas');
    const { files, code } = loadedCode([command, '--cwd', root]);
    expect(files.length).toBeGreaterThan(0);
    expect(code).not.toMatch(INK);
  });

  test('the bundle does contain Ink, in a chunk only the wizard imports (so the check above can fail)', () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const withInk = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .filter((f) => INK.test(readFileSync(join(dist, f), 'utf8')));
    expect(withInk.length).toBeGreaterThan(0);
    expect(withInk).not.toContain('cli.js');
  });

  test('the CommonJS bundles the CI commands run from (loaded with vm.Script, so the trace above cannot see them) hold no Ink or React', () => {
    const chunks = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
    const bundles = readdirSync(chunks).filter((f) => /^ci-.*\.cjs$/.test(f));
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    for (const f of bundles) expect(readFileSync(join(chunks, f), 'utf8'), f).not.toMatch(INK);
  });
});
