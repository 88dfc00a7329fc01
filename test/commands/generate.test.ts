import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const policyOf = (root: string) => readFileSync(join(root, 'privacy', 'privacy-policy.md'), 'utf8');
const checklistOf = (root: string) => readFileSync(join(root, 'privacy', 'checklist.md'), 'utf8');

function setAnswer(root: string, id: string, value: unknown): void {
  const path = join(root, 'privacy', 'answers.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  file.answers[id] = { value, source: 'user' };
  writeFileSync(path, JSON.stringify(file, null, 2));
}

describe('privacy-wizard generate', () => {
  test('writes the policy and the checklist from the saved answers', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['generate', '--cwd', root]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote privacy/privacy-policy.md');
    const policy = policyOf(root);
    expect(policy.split('\n')[0]).toMatch(/^<!-- privacy-wizard: generated file; .* last-updated=2026-11-23 sha256=[0-9a-f]{64} -->$/);
    expect(policy).toContain('Brightnote, Inc.');
    expect(checklistOf(root)).toMatch(/- \[ \] .*<!-- id: [a-z0-9-]+ -->/);
  });

  // generate reads the code as the wizard and check do: otherwise it writes a policy that check calls
  // stale, and "run generate" (check's fix) would change nothing.
  test('reads the code: an undeclared advertising SDK keeps "we do not sell" out, and check then finds nothing stale', () => {
    const root = projectWithAnswers('saas');
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    expect(policyOf(root)).toContain('We do not sell your personal information');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'brightnote', dependencies: { 'react-facebook-pixel': '^1.0.4' } }, null, 2));
    const run = runCli(['generate', '--cwd', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('wrote privacy/privacy-policy.md');
    expect(policyOf(root)).not.toContain('We do not sell your personal information');
    expect(checklistOf(root)).toContain('Meta Pixel');
    const check = runCli(['check', '--cwd', root, '--json']);
    const kinds = (JSON.parse(check.stdout) as { problems: { kind: string }[] }).problems.map((p) => p.kind);
    expect(kinds).toContain('undeclared-service');
    expect(kinds).not.toContain('stale-output');
  });

  test('"Last updated" moves only when the text changes', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    const first = policyOf(root);
    const again = runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-01' } });
    expect(again.stdout).toContain('unchanged');
    expect(policyOf(root)).toBe(first);

    setAnswer(root, 'org.legalName', 'Brightnote Holdings, Inc.');
    runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-01' } });
    expect(policyOf(root)).toContain('Brightnote Holdings, Inc.');
    expect(policyOf(root)).toContain('last-updated=2026-12-01');
  });

  test('ticked checklist boxes survive regeneration', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    const path = join(root, 'privacy', 'checklist.md');
    const original = checklistOf(root);
    const firstItem = /- \[ \] (.*)<!-- id: ([a-z0-9-]+) -->/.exec(original);
    expect(firstItem).not.toBeNull();
    writeFileSync(path, original.replace(`- [ ] ${firstItem![1]}`, `- [x] ${firstItem![1]}`));

    setAnswer(root, 'org.legalName', 'Brightnote Holdings, Inc.');
    const run = runCli(['generate', '--cwd', root]);
    expect(run.code).toBe(0);
    expect(checklistOf(root)).toContain(`- [x] ${firstItem![1]}<!-- id: ${firstItem![2]} -->`);
  });

  test('a hand-edited policy is not overwritten without --force', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    const edited = `${policyOf(root)}\nOur own extra paragraph.\n`;
    writeFileSync(join(root, 'privacy', 'privacy-policy.md'), edited);
    setAnswer(root, 'org.legalName', 'Brightnote Holdings, Inc.');

    const refused = runCli(['generate', '--cwd', root]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('was edited by hand');
    expect(refused.stderr).toContain('--force');
    expect(policyOf(root)).toBe(edited);

    const forced = runCli(['generate', '--cwd', root, '--force']);
    expect(forced.code).toBe(0);
    expect(policyOf(root)).toContain('Brightnote Holdings, Inc.');
    expect(policyOf(root)).not.toContain('Our own extra paragraph.');
  });

  test.each([
    ['hugo', /^---\ntitle: .*\n[\s\S]*?---\n<!-- privacy-wizard/],
    ['jekyll', /^---\nlayout: [\s\S]*?---\n<!-- privacy-wizard/],
    // Docusaurus parses .md as MDX, which rejects HTML comments: the marker is an MDX comment there.
    ['docusaurus', /^---\n[\s\S]*?sidebar_label: [\s\S]*?---\n\{\/\* privacy-wizard: generated file;.* \*\/\}\n/],
  ])('--format %s adds its front matter and is remembered', (format, shape) => {
    const root = projectWithAnswers('saas');
    expect(runCli(['generate', '--cwd', root, '--format', format]).code).toBe(0);
    expect(policyOf(root)).toMatch(shape);
    // layouts that print the front-matter title get no second H1
    expect(policyOf(root).includes('\n# Privacy Policy\n')).toBe(format === 'docusaurus');
    const answers = JSON.parse(readFileSync(join(root, 'privacy', 'answers.json'), 'utf8'));
    expect(answers.format).toBe(format);
    expect(runCli(['check', '--cwd', root]).code).toBe(0);
  });

  test('without an answers file it exits 2 and says how to start', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['generate', '--cwd', join(root, 'privacy')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('there is no answers file yet');
    expect(run.stderr).toContain('npx privacy-wizard');
  });

  test('a corrupt answers file exits 2, names the file and is left byte-for-byte unchanged', () => {
    const root = projectWithAnswers('saas');
    const path = join(root, 'privacy', 'answers.json');
    const broken = readFileSync(path, 'utf8').slice(0, 500);
    writeFileSync(path, broken);
    const run = runCli(['generate', '--cwd', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(path);
    expect(run.stderr).toContain('not valid JSON');
    expect(run.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(broken);
  });

  test('an answers file from a newer version exits 2 and is left unchanged', () => {
    const root = projectWithAnswers('saas');
    const path = join(root, 'privacy', 'answers.json');
    const text = readFileSync(path, 'utf8').replace('"schemaVersion": 2', '"schemaVersion": 7');
    writeFileSync(path, text);
    const run = runCli(['generate', '--cwd', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/field: schemaVersion/);
    expect(run.stderr).toMatch(/upgrade privacy-wizard/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

describe('generate --only / --skip', () => {
  test('--only policy writes the policy and nothing else', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['generate', '--cwd', root, '--only', 'policy']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('wrote privacy/privacy-policy.md');
    expect(run.stdout).not.toContain('checklist.md');
    expect(() => checklistOf(root)).toThrow(/ENOENT/);
  });

  test('--skip policy writes the checklist only', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['generate', '--cwd', root, '--skip', 'policy']);
    expect(run.stdout).toContain('wrote privacy/checklist.md');
    expect(() => policyOf(root)).toThrow(/ENOENT/);
  });

  test('an unknown document id is a usage error naming the flag and the known ids, and writes nothing', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['generate', '--cwd', root, '--only', 'policy,cookie-banner']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown document "cookie-banner"');
    expect(run.stderr).toContain('--only');
    expect(run.stderr).toMatch(/policy, checklist/);
    expect(() => policyOf(root)).toThrow(/ENOENT/);
  });

  test('--only and --skip belong to generate', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['check', '--cwd', root, '--skip', 'policy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--skip is not available for "check"');
  });
});
