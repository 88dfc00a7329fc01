import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/cli.js';
import { VERSION } from '../../source/version.js';

describe('command line', () => {
  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  test('--help lists the commands and exit codes', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const word of ['generate', 'audit', 'check', 'scan', '--format', 'Exit codes']) expect(run.stdout).toContain(word);
  });

  test.each([
    [['publish'], /unknown command "publish"/],
    [['generate', '--colour'], /Unknown option '--colour'/],
    [['generate', '--format', 'pdf'], /unknown format "pdf"[\s\S]*field: --format/],
    [['generate', '--json'], /--json is not available for "generate"/],
    [['audit', '--cwd', '/nonexistent/folder'], /the project folder does not exist/],
  ])('bad arguments %j exit 2 with a fix', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('fix:');
  });
});
