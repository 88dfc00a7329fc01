import type { AuditResult, Finding, Severity } from '../core/audit/types.js';
import { inlineSafe } from '../core/terminal-text.js';
import { paint } from './style.js';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const STYLE = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

function formatFinding(f: Finding): string {
  const fix = f.fix.length > 0 ? `\n      fix: answer ${inlineSafe(f.fix.join(', '))} (run \`npx privacy-wizard\`)` : '';
  return `  ${paint(STYLE[f.severity], f.severity === 'error' ? '✖' : f.severity === 'warning' ? '▲' : 'i')} ${inlineSafe(f.message)}\n      ${inlineSafe(f.ruleId)} · ${inlineSafe(f.citation)}${fix}`;
}

/** The audit as text: which laws apply and why, then findings grouped by severity. */
export function formatAudit(audit: AuditResult): string {
  const lines: string[] = ['Laws', ''];
  for (const applicability of Object.values(audit.laws)) {
    const mark = applicability.applies === true ? '●' : applicability.applies === 'unknown' ? '?' : '○';
    if (applicability.applies !== false) lines.push(`  ${mark} ${inlineSafe(applicability.reason)}`);
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = audit.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', paint('bold', `${HEADINGS[severity]} (${group.length})`), '');
    for (const finding of group) lines.push(formatFinding(finding));
  }
  lines.push('', summary(audit));
  return `${lines.join('\n')}\n`;
}

export function summary(audit: AuditResult): string {
  const { error, warning, info } = audit.counts;
  return `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} note${info === 1 ? '' : 's'}.`;
}
