// Every change of the policy text is a dated version with a line saying what changed, kept in the
// answers file; the effective date moves with it (CalOPPA §22575(b)(4); GDPR Art. 13(3)).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const policyOf = (root: string) => readFileSync(join(root, 'privacy', 'privacy-policy.md'), 'utf8');
const answersOf = (root: string) => JSON.parse(readFileSync(join(root, 'privacy', 'answers.json'), 'utf8'));
const versionsIn = (policy: string) => policy.slice(policy.indexOf('**Versions of this policy:**')).split('\n## ')[0]!;

function setAnswer(root: string, id: string, value: unknown): void {
  const file = answersOf(root);
  file.answers[id] = { value, source: 'user' };
  writeFileSync(join(root, 'privacy', 'answers.json'), JSON.stringify(file, null, 2));
}

describe('policy versions', () => {
  test('the first policy is the first version, and takes effect the day it is written', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    expect(answersOf(root).policyVersions).toEqual([{ date: '2026-11-23', summary: 'First version.' }]);
    const policy = policyOf(root);
    expect(policy).toContain('**Effective date:** 23 November 2026');
    expect(versionsIn(policy)).toContain('- 23 November 2026: First version.');
  });

  test('a change of the text adds a dated version naming the changed sections; no change adds nothing', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-01' } });
    expect(answersOf(root).policyVersions).toHaveLength(1);

    setAnswer(root, 'sharing.otherRecipients', ['authorities']);
    const run = runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-02' } });
    expect(run.code).toBe(0);
    expect(answersOf(root).policyVersions).toEqual([
      { date: '2026-11-23', summary: 'First version.' },
      { date: '2026-12-02', summary: 'Updated: Privacy at a glance; Who we share it with.' },
    ]);
    const policy = policyOf(root);
    expect(policy).toContain('**Effective date:** 2 December 2026');
    const versions = versionsIn(policy);
    expect(versions.indexOf('2 December 2026: Updated: Privacy at a glance; Who we share it with.')).toBeLessThan(versions.indexOf('23 November 2026: First version.'));
    // Regenerating the same text the next day changes nothing: check agrees.
    expect(runCli(['check', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-03' } }).stdout).not.toMatch(/stale|out of date/i);
    runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-03' } });
    expect(policyOf(root)).toBe(policy);
  });

  test('a summary the user edited in the answers file is printed as written', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    const file = answersOf(root);
    file.policyVersions[0].summary = 'First published for the beta.';
    writeFileSync(join(root, 'privacy', 'answers.json'), JSON.stringify(file, null, 2));
    runCli(['generate', '--cwd', root, '--force']);
    expect(policyOf(root)).toContain('- 23 November 2026: First published for the beta.');
  });

  test('an answers file written by the previous format still loads and its policy lists its changes with dates', () => {
    const root = projectWithAnswers('saas');
    cpSync(fileURLToPath(new URL('../fixtures/answers-v1/saas.json', import.meta.url)), join(root, 'privacy', 'answers.json'));
    runCli(['generate', '--cwd', root]);
    // The policy that version wrote, carrying its own date.
    // (published: that version had no draft banner)
    const old = policyOf(root).replace(/last-updated=\S+/, 'last-updated=2026-11-01').replace(/^> \*\*Draft, not ready to publish\.\*\*.*\n\n?/m, '');
    expect(old).not.toContain('**Draft');
    writeFileSync(join(root, 'privacy', 'privacy-policy.md'), old);
    const file = answersOf(root);
    delete file.policyVersions;
    writeFileSync(join(root, 'privacy', 'answers.json'), JSON.stringify(file, null, 2));

    const run = runCli(['generate', '--cwd', root, '--force'], { env: { PRIVACY_WIZARD_TODAY: '2026-12-02' } });
    expect(run.stderr).toBe('');
    // The migration left the EEA safeguards of Intercom and OpenAI to confirm: a draft, which records no version...
    expect(run.code).toBe(1);
    expect(policyOf(root)).toContain('**Draft, not ready to publish.**');
    expect(answersOf(root).policyVersions).toEqual([{ date: '2026-11-01', summary: 'Earlier version (written before this policy kept a record of its changes).' }]);
    expect(versionsIn(policyOf(root))).toContain('- 1 November 2026: Earlier version');

    // ...until the user confirms them: then the published text is a new, dated version.
    // (the wizard asks what the migration and today's new questions left open; the answers the example gives)
    const file2 = answersOf(root);
    file2.answers = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/answers/saas.json', import.meta.url)), 'utf8')).answers;
    writeFileSync(join(root, 'privacy', 'answers.json'), JSON.stringify(file2, null, 2));
    expect(runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-03' } }).code).toBe(0);
    const versions = answersOf(root).policyVersions;
    expect(versions).toHaveLength(2);
    expect(versions[1].date).toBe('2026-12-03');
    expect(versionsIn(policyOf(root))).toMatch(/- 3 December 2026: .+\n- 1 November 2026: Earlier version/);
    expect(policyOf(root)).toContain('**Effective date:** 3 December 2026');
  });
});

describe('a draft', () => {
  test('generating a draft twice writes the same text: a draft starts no version record', () => {
    const root = projectWithAnswers('us-mobile-ads');
    runCli(['generate', '--cwd', root]);
    const first = policyOf(root);
    expect(first).toContain('**Draft, not ready to publish.**');
    const again = runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-05' } });
    expect(again.stdout).toContain('· unchanged privacy/privacy-policy.md');
    expect(policyOf(root)).toBe(first);
  });
});
