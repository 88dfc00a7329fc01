// Whether a service the user added sets cookies, answered in privacy/answers.json
// (services.details.<name>.cookies): a bad value stops the commands with the file, the field and the
// fix; an answers file without it stays valid; a changed answer makes `check` fail until `generate`
// writes the documents again, and then they say it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const manifest = JSON.stringify({ name: 'brightnote', dependencies: { '@intercom/messenger-js-sdk': '^0.0.14', stripe: '^17.0.0' } }, null, 2);
const CHAT = 'Acme Chat';

/** The SaaS web project with a custom chat widget whose `cookies` answer is `value` (undefined: not answered). */
function project(value?: unknown): string {
  const root = projectWithAnswers('saas', { 'package.json': manifest });
  const path = join(root, 'privacy', 'answers.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  file.answers['services.custom'] = { value: [CHAT], source: 'user' };
  file.answers['services.details'].value[CHAT] = { role: 'processor', purposes: ['support'], data: ['contact'], location: 'US', safeguard: 'scc', ukSafeguard: 'uk-addendum', dpa: 'signed' };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  if (value !== undefined) setCookies(root, value);
  return root;
}

function setCookies(root: string, value: unknown): void {
  const path = join(root, 'privacy', 'answers.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  file.answers['services.details'].value[CHAT].cookies = value;
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

const read = (root: string, name: string) => readFileSync(join(root, 'privacy', name), 'utf8');

describe("a custom service's cookies answer in answers.json", () => {
  test('a value that is not a choice exits 2 naming the file, the field and the choices', () => {
    const root = project('yes');
    for (const args of [['generate'], ['check'], ['audit']]) {
      const run = runCli([...args, '--cwd', root]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('answers.json');
      expect(run.stderr).toContain(`answers.services.details.value.${CHAT}.cookies`);
      expect(run.stderr).toMatch(/no, essential, preferences, analytics, advertising/);
    }
    const json = runCli(['check', '--cwd', root, '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { field: `answers.services.details.value.${CHAT}.cookies` } });
  });

  test('an answers file without it stays valid, and the service is listed as not confirmed with a task', () => {
    const root = project();
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    expect(read(root, 'cookies.md')).toContain(`- ${CHAT} may also set cookies or similar; we have not yet confirmed whether it does.`);
    expect(read(root, 'checklist.md')).toContain(`Find out whether ${CHAT} sets cookies`);
  });

  test('answering it makes check fail until generate writes the documents with the service under its kind; a re-run keeps it', () => {
    const root = project('not-sure');
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    expect(runCli(['check', '--cwd', root]).code).toBe(0);

    setCookies(root, 'analytics');
    const stale = runCli(['check', '--cwd', root, '--json']);
    expect(stale.code).toBe(1);
    const files = JSON.parse(stale.stdout).problems.filter((p: { kind: string }) => p.kind === 'stale-output').map((p: { file: string }) => p.file);
    expect(files).toEqual(expect.arrayContaining(['privacy/cookies.md', 'privacy/cookies.json', 'privacy/checklist.md']));

    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    expect(runCli(['check', '--cwd', root]).code).toBe(0);
    const md = read(root, 'cookies.md');
    expect(md.indexOf(`- ${CHAT} also sets cookies of this kind`)).toBeGreaterThan(md.indexOf('## Analytics'));
    const json = JSON.parse(read(root, 'cookies.json'));
    expect(json.categories.find((c: { id: string }) => c.id === 'analytics').services).toContainEqual({ name: CHAT, provider: CHAT });
    expect(read(root, 'checklist.md')).not.toContain(`Find out whether ${CHAT} sets cookies`);
    // the answer survives the re-run
    expect(JSON.parse(read(root, 'answers.json')).answers['services.details'].value[CHAT].cookies).toBe('analytics');
  });
});
