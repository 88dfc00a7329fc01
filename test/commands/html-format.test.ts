// `--format html`: the policy as privacy/privacy-policy.html, kept in sync like the Markdown one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';
import { parseHtml } from '../helpers/html.js';

const pagePath = (root: string) => join(root, 'privacy', 'privacy-policy.html');
const pageOf = (root: string) => readFileSync(pagePath(root), 'utf8');
const answersOf = (root: string) => JSON.parse(readFileSync(join(root, 'privacy', 'answers.json'), 'utf8'));

function setAnswer(root: string, id: string, value: unknown): void {
  const path = join(root, 'privacy', 'answers.json');
  const file = answersOf(root);
  file.answers[id] = { value, source: 'user' };
  writeFileSync(path, JSON.stringify(file, null, 2));
}

describe('--format html', () => {
  test('writes privacy-policy.html with the marker after the doctype, remembers the format, and check passes', () => {
    const root = projectWithAnswers('saas');
    const run = runCli(['generate', '--cwd', root, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote privacy/privacy-policy.html');
    expect(pageOf(root)).toMatch(/^<!DOCTYPE html>\n<!-- privacy-wizard: generated file;.* sha256=[0-9a-f]{64} -->\n<html lang="en">/);
    expect(existsSync(join(root, 'privacy', 'privacy-policy.md'))).toBe(false);
    // the checklist is the team's to-do list, ticked in the repository: it stays Markdown
    expect(existsSync(join(root, 'privacy', 'checklist.md'))).toBe(true);
    expect(answersOf(root).format).toBe('html');
    expect(parseHtml(pageOf(root)).elements.find((e) => e.tag === 'h1')?.text).toContain('Privacy Policy');
    // the policy's tables (what we collect, uses, recipients) are HTML tables, not Markdown pipes
    expect(parseHtml(pageOf(root)).elements.filter((e) => e.tag === 'table').length).toBeGreaterThanOrEqual(3);
    expect(pageOf(root)).not.toMatch(/^\| --- \|/m);

    // remembered: a plain generate and check use it without the flag
    expect(runCli(['generate', '--cwd', root]).stdout).toContain('unchanged privacy/privacy-policy.html');
    const check = runCli(['check', '--cwd', root]);
    expect(check.stdout).toContain('match the answers and the code');
    expect(check.code).toBe(0);
  });

  test('a hand edit of the page is detected by check and not overwritten by generate without --force', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root, '--format', 'html']);
    const edited = pageOf(root).replace('<main id="main">', '<main id="main">\n<p>Our own paragraph.</p>');
    writeFileSync(pagePath(root), edited);

    const check = runCli(['check', '--cwd', root, '--json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).problems).toContainEqual(expect.objectContaining({ kind: 'hand-edited', file: 'privacy/privacy-policy.html' }));

    setAnswer(root, 'org.legalName', 'Brightnote Holdings, Inc.');
    const refused = runCli(['generate', '--cwd', root]);
    expect(refused.code).toBe(1);
    expect(pageOf(root)).toBe(edited);
    expect(runCli(['generate', '--cwd', root, '--force']).code).toBe(0);
    expect(pageOf(root)).toContain('Brightnote Holdings, Inc.');
    expect(pageOf(root)).not.toContain('Our own paragraph.');
  });

  test('a changed answer makes the page stale; generate bumps the date and records what changed', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root, '--format', 'html']);
    setAnswer(root, 'org.legalName', 'Brightnote Holdings, Inc.');
    const check = runCli(['check', '--cwd', root, '--json'], { env: { PRIVACY_WIZARD_TODAY: '2026-12-01' } });
    expect(JSON.parse(check.stdout).problems).toContainEqual(expect.objectContaining({ kind: 'stale-output', file: 'privacy/privacy-policy.html' }));

    expect(runCli(['generate', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-01' } }).code).toBe(0);
    expect(pageOf(root)).toContain('last-updated=2026-12-01');
    const versions = answersOf(root).policyVersions as { date: string; summary: string }[];
    expect(versions.at(-1)).toEqual({ date: '2026-12-01', summary: expect.stringMatching(/^Updated: .*Who we are/) });
    expect(runCli(['check', '--cwd', root], { env: { PRIVACY_WIZARD_TODAY: '2026-12-02' } }).code).toBe(0);
  });

  test('switching from Markdown keeps the date and versions when the words are the same', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    const before = answersOf(root).policyVersions;
    expect(runCli(['generate', '--cwd', root, '--format', 'html'], { env: { PRIVACY_WIZARD_TODAY: '2026-12-05' } }).code).toBe(0);
    expect(pageOf(root)).toContain('last-updated=2026-11-23');
    expect(parseHtml(pageOf(root)).elements.find((e) => e.tag === 'main')?.text).toContain('Last updated: 23 November 2026');
    expect(answersOf(root).policyVersions).toEqual(before);
  });

  test('the Markdown policy left from before the switch is named by generate and warned about by check', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    expect(runCli(['generate', '--cwd', root, '--format', 'html']).stdout).toContain('Note: privacy/privacy-policy.md is the policy in the format you used before');
    const check = runCli(['check', '--cwd', root, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).warnings).toContainEqual(expect.objectContaining({ kind: 'leftover-output', file: 'privacy/privacy-policy.md' }));
    expect(runCli(['check', '--cwd', root, '--strict']).code).toBe(1);
  });

  test('every other document left from before (another format, or unticked) is named by generate and warned about by check; a file of the user\'s is not', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    writeFileSync(join(root, 'privacy', 'notes.md'), '# Our own notes\n');
    const run = runCli(['generate', '--cwd', root, '--format', 'html']);
    for (const name of ['cookies.md', 'subprocessors.md']) expect(run.stdout).toContain(`Note: privacy/${name} was written by an earlier run and is no longer updated`);
    expect(run.stdout).not.toContain('notes.md');
    const warnings = JSON.parse(runCli(['check', '--cwd', root, '--json']).stdout).warnings as { kind: string; file?: string }[];
    expect(warnings.filter((w) => w.kind === 'leftover-output').map((w) => w.file).sort()).toEqual(['privacy/cookies.md', 'privacy/privacy-policy.md', 'privacy/subprocessors.md']);
    // unticked: a CSV has no marker, but answers.json recorded its hash
    const answersPath = join(root, 'privacy', 'answers.json');
    const file = JSON.parse(readFileSync(answersPath, 'utf8'));
    file.documents = { ...file.documents, 'records-csv': false, records: false };
    writeFileSync(answersPath, JSON.stringify(file, null, 2));
    const after = runCli(['generate', '--cwd', root, '--format', 'html']).stdout;
    expect(after).toContain('Note: privacy/records-of-processing.csv was written by an earlier run');
  });

  test('an unknown format names the choices, html among them (exit 2)', () => {
    const run = runCli(['generate', '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown format "pdf"[\s\S]*use one of: markdown, jekyll, hugo, docusaurus, html/);
  });
});
