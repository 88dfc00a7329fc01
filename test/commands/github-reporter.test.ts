// `check --reporter github`: GitHub Actions workflow commands and the job summary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotationsOf, escapeData, escapeProperty, workflowCommand, type CheckReport } from '../../source/commands/github-reporter.js';
import type { AuditResult } from '../../source/core/audit/types.js';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const manifest = (deps: Record<string, string>) => JSON.stringify({ name: 'brightnote', dependencies: deps }, null, 2);

/** The parts of a workflow command line, undoing GitHub's escaping (what the runner reads). */
function parseCommand(line: string): { level: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(m[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]));
  return { level: m[1]!, props, message: unescape(m[3]!) };
}

describe('workflow command escaping (as @actions/core does it)', () => {
  test('data escapes % CR LF; properties also escape : and ,', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    // % first, so an escape sequence typed in a value is not decoded by the runner
    expect(escapeData('%0A')).toBe('%250A');
  });

  test('one line per annotation: file and line only when known, title always', () => {
    expect(workflowCommand({ level: 'error', title: 'T: a, b', message: 'm\nfix', file: 'src/a,b:c.ts', line: 7 })).toBe('::error file=src/a%2Cb%3Ac.ts,line=7,title=T%3A a%2C b::m%0Afix');
    expect(workflowCommand({ level: 'warning', title: 'T', message: 'm' })).toBe('::warning title=T::m');
    expect(workflowCommand({ level: 'error', title: 'T', message: 'm', line: 3 })).toBe('::error title=T::m');
  });
});

describe('annotations of a check', () => {
  const audit: AuditResult = {
    laws: {} as AuditResult['laws'],
    findings: [
      { ruleId: 'EXAMPLE-RULE', severity: 'error', law: 'gdpr', citation: 'Example Act §1', message: 'Name the controller.', fix: ['org.legalName'] },
      { ruleId: 'X-1', severity: 'warning', law: 'general', citation: 'c', message: 'w', fix: [] },
    ],
    counts: { error: 1, warning: 1, info: 0 },
    tasks: [],
  } as unknown as AuditResult;
  const report: CheckReport = {
    root: '/repo/app',
    answers: 'privacy/answers.json',
    audit,
    problems: [
      { kind: 'undeclared-service', service: 'twilio', file: 'package.json', line: 5, message: 'Twilio is used (package.json:5).', fix: 'declare it' },
      { kind: 'stale-output', file: 'privacy/privacy-policy.md', message: 'stale', fix: 'run generate' },
      { kind: 'audit-errors', message: '1 error', fix: 'run audit' },
    ],
    warnings: [{ kind: 'service-without-evidence', service: 'stripe', message: 'Stripe has no evidence.', fix: 'remove it' }],
  };

  test('one per problem, on the file and line that prove it, relative to the repository; audit errors one by one', () => {
    const lines = annotationsOf(report, '/repo').map(workflowCommand).map(parseCommand);
    expect(lines).toEqual([
      { level: 'error', props: { file: 'app/package.json', line: '5', title: 'Undeclared third-party service' }, message: 'Twilio is used (package.json:5).\nFix: declare it' },
      { level: 'error', props: { file: 'app/privacy/privacy-policy.md', title: 'Privacy document out of date' }, message: 'stale\nFix: run generate' },
      { level: 'error', props: { file: 'app/privacy/answers.json', title: 'Privacy audit: EXAMPLE-RULE' }, message: 'Name the controller. (Example Act §1)\nFix: answer org.legalName (run `npx privacy-wizard`)' },
      { level: 'warning', props: { file: 'app/privacy/answers.json', title: 'Declared service not found in the code' }, message: 'Stripe has no evidence.\nFix: remove it' },
    ]);
  });

  test('outside the workspace (or without one) paths stay relative to the project', () => {
    expect(annotationsOf(report, undefined)[0]!.file).toBe('package.json');
    expect(annotationsOf(report, '/elsewhere')[0]!.file).toBe('package.json');
  });
});

describe('privacy-wizard check --reporter github', () => {
  test('prints an ::error per undeclared service at its file and line, and appends a job summary', () => {
    const root = projectWithAnswers('saas', { 'package.json': manifest({ stripe: '^17.0.0', '@sentry/node': '^9.0.0', twilio: '^5.0.0' }) });
    runCli(['generate', '--cwd', root]);
    const summaryPath = join(mkdtempSync(join(tmpdir(), 'pw-summary-')), 'summary.md');
    writeFileSync(summaryPath, 'earlier step\n');
    const run = runCli(['check', '--cwd', root, '--reporter', 'github'], { env: { GITHUB_STEP_SUMMARY: summaryPath, GITHUB_WORKSPACE: root } });
    expect(run.code).toBe(1);
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('::')).map(parseCommand);
    const twilio = commands.filter((c) => c.props.title === 'Undeclared third-party service');
    expect(twilio).toEqual([{ level: 'error', props: { file: 'package.json', line: '6', title: 'Undeclared third-party service' }, message: expect.stringMatching(/^Twilio.*package\.json:6.*\nFix: /s) }]);
    // every line of output is a command or the closing count: no stray text becomes part of a message
    expect(run.stdout.split('\n').filter((l) => l && !l.startsWith('::'))).toEqual([expect.stringMatching(/^privacy-wizard check: \d+ problems?, \d+ warnings?\.$/)]);
    expect(commands.every((c) => ['error', 'warning'].includes(c.level))).toBe(true);
    expect(commands.filter((c) => c.level === 'warning').length).toBeGreaterThan(0);

    const summary = readFileSync(summaryPath, 'utf8');
    expect(summary.startsWith('earlier step\n## privacy-wizard check\n')).toBe(true);
    expect(summary).toMatch(/\| Undeclared third-party service \| package\.json:6 \| Twilio/);
  });

  test('a clean project prints no annotation and a passing summary', () => {
    const root = projectWithAnswers('saas', { 'package.json': manifest({ stripe: '^17.0.0', '@sentry/node': '^9.0.0' }) });
    runCli(['generate', '--cwd', root]);
    const summaryPath = join(mkdtempSync(join(tmpdir(), 'pw-summary-')), 'summary.md');
    const run = runCli(['check', '--cwd', root, '--reporter', 'github'], { env: { GITHUB_STEP_SUMMARY: summaryPath } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(readFileSync(summaryPath, 'utf8')).toContain('✅');
  });

  test('a check that cannot run (exit 2) is an annotation too, on the file it names, and in the job summary; the message stays on stderr', () => {
    const root = mkdtempSync(join(tmpdir(), 'pw-empty-'));
    const summaryPath = join(mkdtempSync(join(tmpdir(), 'pw-summary-')), 'summary.md');
    const run = runCli(['check', '--cwd', root, '--reporter', 'github'], { env: { GITHUB_WORKSPACE: root, GITHUB_STEP_SUMMARY: summaryPath } });
    expect(run.code).toBe(2);
    const [command, ...rest] = run.stdout.trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(parseCommand(command!)).toEqual({
      level: 'error',
      props: { file: 'privacy/answers.json', title: 'privacy-wizard check could not run' },
      message: expect.stringMatching(/^there is no answers file yet\nFix: run `npx privacy-wizard`/),
    });
    expect(run.stderr).toContain('there is no answers file yet');
    expect(readFileSync(summaryPath, 'utf8')).toMatch(/^## privacy-wizard check\n\n❌ The check could not run: there is no answers file yet\n\nFix: /);
  });

  test.each([
    [['check', '--reporter', 'junit'], /unknown reporter "junit"[\s\S]*field: --reporter[\s\S]*use one of: text, github/],
    [['audit', '--reporter', 'github'], /--reporter is not available for "audit"/],
    [['check', '--reporter', 'github', '--json'], /--reporter and --json cannot be combined/],
  ])('%j exits 2 with a clear error', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
