// `check --reporter github`: the check's findings as GitHub Actions workflow commands, so each
// shows as an annotation on the file and line that proves it, plus a Markdown job summary.
// Escaping follows @actions/core (toolkit/packages/core/src/command.ts): data escapes % CR LF;
// property values also escape : and , (they separate properties).
import { appendFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { AuditResult, Finding } from '../core/audit/types.js';
import { UsageError } from '../core/errors.js';
import { escapeMarkdown } from '../core/render/markdown-escape.js';
import type { Problem } from './check.js';

export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  line?: number;
}

/** One workflow command line: `::error file=a.json,line=3,title=T::message`. */
export function workflowCommand(a: Annotation): string {
  const props: string[] = [];
  if (a.file) props.push(`file=${escapeProperty(a.file)}`);
  if (a.file && a.line !== undefined) props.push(`line=${a.line}`);
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`;
}

const TITLES: Record<Problem['kind'], string> = {
  'undeclared-service': 'Undeclared third-party service',
  'possible-service': 'Possibly undeclared service',
  'service-without-evidence': 'Declared service not found in the code',
  'undeclared-data': 'Undeclared personal data',
  'missing-output': 'Privacy document not generated',
  'stale-output': 'Privacy document out of date',
  'hand-edited': 'Privacy document edited by hand',
  'audit-errors': 'Privacy audit errors',
  'unscanned-file': 'File could not be scanned',
  'leftover-output': 'Policy left from another format',
};

/** Problems about the answers themselves are shown on the answers file. */
const ON_ANSWERS: ReadonlySet<Problem['kind']> = new Set(['service-without-evidence', 'audit-errors']);

export interface CheckReport {
  /** the project root (absolute); problem files are relative to it */
  root: string;
  /** the answers file, relative to the root */
  answers: string;
  problems: Problem[];
  warnings: Problem[];
  audit: AuditResult;
}

/**
 * The annotations for a check: one per problem (error) and warning, on its file and line where
 * known. The audit-errors problem is spelled out as one annotation per audit error, each with its
 * citation, on the answers file. Paths are made relative to the repository (GITHUB_WORKSPACE), so
 * they resolve when the project is a sub-folder of it.
 */
export function annotationsOf(report: CheckReport, workspace = process.env.GITHUB_WORKSPACE): Annotation[] {
  const where = (file: string | undefined) => (file === undefined ? undefined : repoPath(report.root, file, workspace));
  const one = (p: Problem, level: Annotation['level']): Annotation[] => {
    if (p.kind === 'audit-errors') return report.audit.findings.filter((f) => f.severity === 'error').map((f) => auditAnnotation(f, where(report.answers)));
    const file = p.file ?? (ON_ANSWERS.has(p.kind) ? report.answers : undefined);
    return [{ level, title: TITLES[p.kind], message: `${p.message}\nFix: ${p.fix}`, file: where(file), line: p.file ? p.line : undefined }];
  };
  return [...report.problems.flatMap((p) => one(p, 'error')), ...report.warnings.flatMap((w) => one(w, 'warning'))];
}

function auditAnnotation(f: Finding, file: string | undefined): Annotation {
  const fix = f.fix.length > 0 ? `\nFix: answer ${f.fix.join(', ')} (run \`npx privacy-wizard\`)` : '';
  return { level: 'error', title: `Privacy audit: ${f.ruleId}`, message: `${f.message} (${f.citation})${fix}`, file };
}

function repoPath(root: string, file: string, workspace: string | undefined): string {
  const absolute = isAbsolute(file) ? file : join(root, file);
  const base = workspace && !relative(workspace, absolute).startsWith('..') ? workspace : root;
  return relative(base, absolute).split('\\').join('/');
}

/** The job summary: a verdict, then problems and warnings as tables (every value escaped for Markdown). */
export function summaryMarkdown(report: CheckReport): string {
  const { problems, warnings, audit } = report;
  const lines = ['## privacy-wizard check', ''];
  lines.push(
    problems.length === 0
      ? '✅ The privacy policy and checklist match the answers and the code.'
      : `❌ ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before merging.`,
    '',
    `Audit: ${audit.counts.error} error(s), ${audit.counts.warning} warning(s), ${audit.counts.info} note(s).`,
    '',
  );
  const table = (heading: string, rows: Problem[]) => {
    if (rows.length === 0) return;
    lines.push(`### ${heading}`, '', '| | Where | What | Fix |', '| --- | --- | --- | --- |');
    for (const p of rows) {
      const at = p.file ? escapeMarkdown(p.line !== undefined ? `${p.file}:${p.line}` : p.file) : '';
      lines.push(`| ${escapeMarkdown(TITLES[p.kind])} | ${at} | ${escapeMarkdown(p.message)} | ${escapeMarkdown(p.fix)} |`);
    }
    lines.push('');
  };
  table('Problems', problems);
  table('Warnings (they fail the check with --strict)', warnings);
  const errors = audit.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    lines.push('### Audit errors', '');
    for (const f of errors) lines.push(`- ${escapeMarkdown(f.message)} (${escapeMarkdown(f.citation)})`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The annotation for a check that could not run (exit 2): the message and the fix, on the file it names. */
export function failureCommand(error: UsageError, env = process.env): string {
  const file = error.details.file;
  const workspace = env.GITHUB_WORKSPACE;
  // GitHub places an annotation only on a path inside the repository
  const inside = file && workspace && isAbsolute(file) && !relative(workspace, file).startsWith('..') ? relative(workspace, file).split('\\').join('/') : undefined;
  const details = [error.details.field ? `field: ${error.details.field}` : '', error.details.fix ? `Fix: ${error.details.fix}` : ''].filter(Boolean);
  return workflowCommand({ level: 'error', title: 'privacy-wizard check could not run', message: [error.message, ...details].join('\n'), file: inside });
}

/** A check that could not run: its annotation on stdout, and the reason in the job summary. */
export function reportGithubFailure(error: UsageError, write: (text: string) => void, env = process.env): void {
  write(`${failureCommand(error, env)}\n`);
  if (!env.GITHUB_STEP_SUMMARY) return;
  const fix = error.details.fix ? `\n\nFix: ${escapeMarkdown(error.details.fix)}` : '';
  try {
    appendFileSync(env.GITHUB_STEP_SUMMARY, `## privacy-wizard check\n\n❌ The check could not run: ${escapeMarkdown(error.message)}${fix}\n`);
  } catch {
    // the annotation and the log already say why; a summary that cannot be written adds nothing
  }
}

/** Prints the annotations and appends the summary to $GITHUB_STEP_SUMMARY when the runner set it. */
export function reportGithub(report: CheckReport, write: (text: string) => void, env = process.env): void {
  for (const a of annotationsOf(report, env.GITHUB_WORKSPACE)) write(`${workflowCommand(a)}\n`);
  const { problems, warnings } = report;
  write(`privacy-wizard check: ${problems.length} problem${problems.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.\n`);
  // The runner gives each step its own summary file and reads it after the step: appending is its protocol.
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    appendFileSync(env.GITHUB_STEP_SUMMARY, summaryMarkdown(report));
  } catch (error) {
    throw new UsageError(`could not write the job summary: ${(error as Error).message}`, {
      file: env.GITHUB_STEP_SUMMARY,
      field: 'GITHUB_STEP_SUMMARY',
      fix: 'run check in a GitHub Actions step (the runner sets this variable), or unset it',
    });
  }
}
