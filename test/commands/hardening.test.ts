// The bad-input and fault matrix of issue 10, run against the built CLI: each case a user
// could hit, with the behaviour they should see (docs/reliability.md lists them).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, projectWithAnswers, runCli } from '../helpers/cli.js';

const NO_STACK = /\n\s+at |unexpected error/;
const answersOf = (root: string) => join(root, 'privacy', 'answers.json');
const editAnswers = (root: string, edit: (file: { answers: Record<string, { value: unknown; source: string }> }) => void) => {
  const file = JSON.parse(readFileSync(answersOf(root), 'utf8'));
  edit(file);
  writeFileSync(answersOf(root), JSON.stringify(file, null, 2));
};

describe('--json on a command that cannot run prints exactly one {ok: false} document', () => {
  const cases: [string, string[], (root: string) => void, string | null][] = [
    ['broken JSON', ['check', '--json'], (root) => writeFileSync(answersOf(root), '{"schemaVersion": 1,'), null],
    ['a wrong-typed answer', ['audit', '--json'], (root) => editAnswers(root, (f) => (f.answers['audience.regions'] = { value: 'eea', source: 'user' })), 'answers.audience.regions.value'],
    ['an unknown option', ['scan', '--json', '--nope'], () => undefined, null],
  ];
  it.each(cases)('%s', (_name, args, setup, field) => {
    const root = projectWithAnswers('saas');
    setup(root);
    const run = runCli([...args, '--cwd', root]);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { ok: boolean; error: Record<string, unknown> };
    expect(doc.ok).toBe(false);
    expect(Object.keys(doc.error).sort()).toEqual(['field', 'file', 'fix', 'message']);
    expect(typeof doc.error.message).toBe('string');
    expect(doc.error.fix).toBeTruthy();
    if (field) expect(doc.error.field).toBe(field);
    expect(run.stderr).not.toMatch(NO_STACK);
  });
});

describe('output piped into a reader that stops early', () => {
  it('audit | head -n 1 ends without an EPIPE crash', () => {
    const root = projectWithAnswers('incomplete');
    for (let i = 0; i < 3; i += 1) {
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" audit --cwd "${root}" | head -n 1 >/dev/null`], { encoding: 'utf8' });
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    }
  });
});

describe('line endings and byte-order marks', () => {
  it('a policy converted to CRLF (git autocrlf) is neither hand-edited nor stale', () => {
    const root = projectWithAnswers('saas');
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    for (const name of ['privacy-policy.md', 'checklist.md']) {
      const path = join(root, 'privacy', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    }
    const check = runCli(['check', '--cwd', root]);
    expect(check.stdout).not.toMatch(/edited by hand|out of date/);
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
  });

  it('an answers file saved with a UTF-8 BOM is read', () => {
    const root = projectWithAnswers('saas');
    writeFileSync(answersOf(root), `\uFEFF${readFileSync(answersOf(root), 'utf8')}`);
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
  });
});

describe('paths that are not what they should be', () => {
  it('--cwd pointing at a file says it is a file', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['generate', '--cwd', answersOf(root)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a file, not a folder/);
  });

  it('privacy being a file says so (not "check the file permissions")', () => {
    const root = mkdtempSync(join(tmpdir(), 'pw-hard-'));
    writeFileSync(join(root, 'privacy'), 'not a folder');
    const run = runCli(['check', '--cwd', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a file, not a folder/);
    expect(run.stderr).not.toMatch(/permissions|\n\s+at /);
  });

  it('the policy path being a folder is a file-field-fix error, not a stack trace', () => {
    const root = projectWithAnswers('saas');
    mkdirSync(join(root, 'privacy', 'privacy-policy.md'));
    const run = runCli(['generate', '--cwd', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a folder/);
    expect(run.stderr).toMatch(/privacy-policy\.md/);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('a policy or checklist linked to a file outside the project is never written through', () => {
    const root = projectWithAnswers('saas');
    const outside = join(mkdtempSync(join(tmpdir(), 'pw-outside-')), 'victim.md');
    writeFileSync(outside, 'keep me\n');
    symlinkSync(outside, join(root, 'privacy', 'privacy-policy.md'));
    const forced = runCli(['generate', '--force', '--cwd', root]);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toMatch(/symbolic link/);
    rmSync(join(root, 'privacy', 'privacy-policy.md'));
    symlinkSync(outside, join(root, 'privacy', 'checklist.md'));
    expect(runCli(['generate', '--cwd', root]).code).toBe(2);
    expect(readFileSync(outside, 'utf8')).toBe('keep me\n');
  });
});

describe('a privacy/ folder that leads outside the project', () => {
  it('is refused with exit 2 unless --dir names it; nothing is written outside', () => {
    const root = mkdtempSync(join(tmpdir(), 'pw-linked-'));
    const outside = mkdtempSync(join(tmpdir(), 'pw-outside-dir-'));
    writeFileSync(join(outside, 'answers.json'), readFileSync(join(projectWithAnswers('saas'), 'privacy', 'answers.json')));
    symlinkSync(outside, join(root, 'privacy'));
    const run = runCli(['generate', '--cwd', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/leads outside the project/);
    expect(run.stderr).toMatch(/--dir/);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(readdirSync(outside)).toEqual(['answers.json']);
    // Asked for on purpose, it is used.
    expect(runCli(['generate', '--cwd', root, '--dir', outside]).code).toBe(0);
    expect(readdirSync(outside)).toContain('privacy-policy.md');
  });
});

describe('hand edits', () => {
  it('a hand-edited checklist does not hold back the policy; it is kept and reported (exit 1)', () => {
    const root = projectWithAnswers('saas');
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    const checklist = join(root, 'privacy', 'checklist.md');
    const edited = `${readFileSync(checklist, 'utf8')}\nMy own note.\n`;
    writeFileSync(checklist, edited);
    editAnswers(root, (f) => (f.answers['product.name'] = { value: 'Renamed Product', source: 'user' }));
    const run = runCli(['generate', '--cwd', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/checklist\.md was edited by hand/);
    expect(readFileSync(join(root, 'privacy', 'privacy-policy.md'), 'utf8')).toContain('Renamed Product');
    expect(readFileSync(checklist, 'utf8')).toBe(edited);
  });
});

describe('terminal control characters from the user\'s files are never printed raw', () => {
  it('a custom service name with OSC and CSI sequences', () => {
    const root = projectWithAnswers('saas');
    editAnswers(root, (f) => {
      f.answers['services.custom'] = { value: ['Evil\u001b]0;PWNED\u0007\u001b[2J Corp'], source: 'user' };
    });
    for (const args of [['audit'], ['check'], ['generate']]) {
      const run = runCli([...args, '--cwd', root]);
      expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(readFileSync(join(root, 'privacy', 'privacy-policy.md'), 'utf8')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });


  it('a cookie name with escape codes reaches no written document raw (cookie table, JSON, every other file)', () => {
    const root = projectWithAnswers('saas');
    editAnswers(root, (f) => {
      f.answers['cookies.own'] = { value: ['sid\u001b[2J\u0007\u202e'], source: 'user' };
    });
    runCli(['generate', '--cwd', root]);
    const written = readdirSync(join(root, 'privacy')).filter((n) => n !== 'answers.json');
    expect(written).toContain('cookies.md');
    for (const name of written) expect(readFileSync(join(root, 'privacy', name), 'utf8'), name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/);
    expect(readFileSync(join(root, 'privacy', 'cookies.md'), 'utf8')).toContain('sid');
  });
  it('a folder name with escape codes in scan', () => {
    const root = mkdtempSync(join(tmpdir(), 'pw-hard-'));
    const dir = join(root, 'app\u001b[31mred\u0007');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { stripe: '^1.0.0' } }));
    const run = runCli(['scan', '--cwd', root]);
    expect(run.stdout).toContain('Stripe');
    expect(run.stdout).not.toMatch(/\u001b|\u0007/);
    expect(runCli(['scan', '--json', '--cwd', root]).stdout).not.toMatch(/\u001b|\u0007/);
  });
});

describe('scan reports what it could not read', () => {
  it('a 20 MB package.json and a broken one are listed as skipped; check fails saying it could not see them', () => {
    const root = projectWithAnswers('saas');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { stripe: '^1.0.0' }, padding: 'x'.repeat(20 * 1024 * 1024) }));
    mkdirSync(join(root, 'api'));
    writeFileSync(join(root, 'api', 'package.json'), '{"dependencies": {"openai": ');
    const scan = runCli(['scan', '--cwd', root]);
    expect(scan.stderr).toMatch(/warning: skipped package\.json: larger than/);
    expect(scan.stderr).toMatch(/warning: skipped api\/package\.json: not valid JSON/);
    const json = JSON.parse(runCli(['scan', '--json', '--cwd', root]).stdout) as { skipped: { file: string }[] };
    expect(json.skipped.map((s) => s.file).sort()).toEqual(['api/package.json', 'package.json']);
    runCli(['generate', '--cwd', root]);
    const check = runCli(['check', '--cwd', root]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/Could not scan package\.json/);
  }, 60_000);
});

describe('stale temporary files', () => {
  it('are removed on the next run', () => {
    const root = projectWithAnswers('saas');
    writeFileSync(join(root, 'privacy', 'answers.json.pw-tmp-999999998-x'), '{');
    runCli(['generate', '--cwd', root]);
    expect(readdirSync(join(root, 'privacy')).filter((n) => n.includes('tmp'))).toEqual([]);
  });
});
