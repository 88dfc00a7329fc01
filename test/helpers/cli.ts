// Runs the built CLI (dist/cli.js) as a user would, without a TTY.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, PRIVACY_WIZARD_TODAY: '2026-11-23', NO_COLOR: '1', ...options.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env, encoding: 'utf8', input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp project holding privacy/answers.json copied from a fixture. */
export function projectWithAnswers(fixture: string, extraFiles: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'pw-project-'));
  mkdirSync(join(root, 'privacy'));
  cpSync(fileURLToPath(new URL(`../fixtures/answers/${fixture}.json`, import.meta.url)), join(root, 'privacy', 'answers.json'));
  for (const [path, text] of Object.entries(extraFiles)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
