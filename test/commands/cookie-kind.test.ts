// The kind of a service's cookies, answered in privacy/answers.json (services.details.<id>.cookieKind):
// a bad value stops the commands with the field and the fix; a changed answer makes `check` fail until
// the documents are generated again, and then they say it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const manifest = JSON.stringify({ name: 'brightnote', dependencies: { '@intercom/messenger-js-sdk': '^0.0.14', stripe: '^17.0.0' } }, null, 2);

/** A web SaaS project using Intercom, with Intercom's cookieKind set to `kind` in its answers (undefined: not answered). */
function project(kind?: unknown): string {
  const root = projectWithAnswers('saas', { 'package.json': manifest });
  if (kind !== undefined) setKind(root, kind);
  return root;
}

function setKind(root: string, kind: unknown): void {
  const path = join(root, 'privacy', 'answers.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  file.answers['services.details'].value.intercom.cookieKind = kind;
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

describe("the answered kind of a service's cookies", () => {
  test('a value that is not a kind exits 2 naming the file, the field and the choices', () => {
    const root = project('marketing');
    for (const args of [['generate'], ['check'], ['audit']]) {
      const run = runCli([...args, '--cwd', root]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('answers.json');
      expect(run.stderr).toContain('answers.services.details.value.intercom.cookieKind');
      expect(run.stderr).toMatch(/essential, preferences, analytics, advertising/);
    }
    const json = runCli(['check', '--cwd', root, '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { field: 'answers.services.details.value.intercom.cookieKind' } });
  });

  test('an answers file without it stays valid: Intercom is listed as not classified yet', () => {
    const root = project();
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    expect(readFileSync(join(root, 'privacy', 'cookies.md'), 'utf8')).toContain('## Not classified yet');
  });

  test('answering it makes check fail until generate writes the cookie table with Intercom under analytics', () => {
    const root = project('not-sure');
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    const before = JSON.parse(runCli(['audit', '--cwd', root, '--json']).stdout);
    expect(before.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('EP-5-3-KIND');

    setKind(root, 'analytics');
    const stale = runCli(['check', '--cwd', root, '--json']);
    expect(stale.code).toBe(1);
    const files = JSON.parse(stale.stdout).problems.filter((p: { kind: string }) => p.kind === 'stale-output').map((p: { file: string }) => p.file);
    expect(files).toEqual(expect.arrayContaining(['privacy/cookies.md', 'privacy/cookies.json', 'privacy/checklist.md']));

    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    expect(runCli(['check', '--cwd', root]).code).toBe(0);
    const md = readFileSync(join(root, 'privacy', 'cookies.md'), 'utf8');
    expect(md).not.toContain('Not classified yet');
    expect(md.indexOf('`intercom-id-<app-id>`')).toBeGreaterThan(md.indexOf('## Analytics'));
    const json = JSON.parse(readFileSync(join(root, 'privacy', 'cookies.json'), 'utf8'));
    expect(json.categories.find((c: { id: string }) => c.id === 'analytics').cookies.map((c: { service?: string }) => c.service)).toContain('intercom');
    expect(readFileSync(join(root, 'privacy', 'checklist.md'), 'utf8')).not.toContain('classify-cookies-intercom');
    const after = JSON.parse(runCli(['audit', '--cwd', root, '--json']).stdout);
    expect(after.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('EP-5-3-KIND');
  });
});
