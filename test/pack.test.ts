// The published package works on its own: `npm pack`, then run the tarball with
// npx in another folder, as a user would with `npx privacy-wizard`. (--ignore-scripts: the
// global setup already built dist/, and rebuilding it here would pull it from under other tests.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('npm pack', () => {
  test('the tarball ships only what runs, and `npx <tarball> generate` works in another folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'pw-pack-'));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('questions/vocabulary.yaml');
    expect(files).toContain('schema/answers.schema.json');
    expect(files.some((f) => f.startsWith('outputs/'))).toBe(true);
    expect(files.filter((f) => /^(source|test|scripts|docs)\//.test(f))).toEqual([]);

    const project = projectWithAnswers('saas');
    const cache = mkdtempSync(join(tmpdir(), 'pw-npx-cache-'));
    const run = spawnSync('npm', ['exec', '--yes', `--package=${join(out, packed[0]!.filename)}`, '--', 'privacy-wizard', 'generate', '--cwd', project], {
      cwd: mkdtempSync(join(tmpdir(), 'pw-elsewhere-')),
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: cache, PRIVACY_WIZARD_TODAY: '2026-11-23', NO_COLOR: '1' },
    });
    expect(run.stderr.replace(/npm warn .*\n/g, '')).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(project, 'privacy', 'privacy-policy.md'))).toBe(true);
    expect(readFileSync(join(project, 'privacy', 'privacy-policy.md'), 'utf8')).toContain('Brightnote, Inc.');
  }, 120_000);
});
