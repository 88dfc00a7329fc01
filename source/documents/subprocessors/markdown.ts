// privacy/subprocessors.md: the current list and a dated change log. The log is carried over from the
// file on disk and gets an entry whenever the list changes, so customers can be told of a new
// sub-processor before it starts (GDPR Art. 28(2) and (4)).
import { fileLink } from '../link.js';
import type { PolicyFacts } from '../../core/facts/types.js';
import { formatDate } from '../../core/render/format.js';
import { escapeMarkdown, markdownLink, mailLink } from '../../core/render/markdown-escape.js';
import { DPF_LIST, subprocessorRows, type SubprocessorRow } from './list.js';

const e = escapeMarkdown;
const LIST_HEADING = '## Current sub-processors';
const LOG_HEADING = '## Changes to this list';

const cells = (r: SubprocessorRow) => [
  e(r.name),
  e(r.entity),
  r.purposes === '—' ? '—' : e(r.purposes),
  r.data === '—' ? '—' : e(r.data),
  r.location === '—' ? '—' : e(r.location),
  (r.safeguard === '—' ? '—' : e(r.safeguard)) + (r.dpf ? ` (${markdownLink('DPF list', DPF_LIST)})` : ''),
];
const tableRow = (r: SubprocessorRow) => `| ${cells(r).join(' | ')} |`;

/** The rows of the list in a previous text, by their first cell (the service's name as printed). */
export function previousRows(previous: string | undefined): Map<string, string> {
  const rows = new Map<string, string>();
  if (!previous) return rows;
  const start = previous.indexOf(LIST_HEADING);
  if (start < 0) return rows;
  const end = previous.indexOf('\n## ', start + LIST_HEADING.length);
  for (const line of previous.slice(start, end < 0 ? undefined : end).split('\n')) {
    const m = /^\| (.+?) \| /.exec(line);
    if (m && !line.startsWith('| Service |') && !line.startsWith('| ---')) rows.set(m[1]!, line);
  }
  return rows;
}

/** The change log's entries in a previous text ("- **1 December 2026**: …"), oldest first. */
export function previousLog(previous: string | undefined): string[] {
  if (!previous) return [];
  const start = previous.indexOf(LOG_HEADING);
  if (start < 0) return [];
  return previous.slice(start).split('\n').filter((l) => /^- \*\*[^*]+\*\*: /.test(l));
}

/** What changed between the rows on disk and now: "Added: A, B. Removed: C. Changed: D." */
export function describeListChange(before: Map<string, string>, now: Map<string, string>): string | undefined {
  const added = [...now.keys()].filter((n) => !before.has(n));
  const removed = [...before.keys()].filter((n) => !now.has(n));
  const changed = [...now.keys()].filter((n) => before.has(n) && before.get(n) !== now.get(n));
  const part = (verb: string, names: string[]) => (names.length ? `${verb}: ${names.join(', ')}.` : '');
  const text = [part('Added', added), part('Removed', removed), part('Changed', changed)].filter(Boolean).join(' ');
  return text || undefined;
}

export function renderSubprocessors(facts: PolicyFacts, today: string, previous: string | undefined, policyFile: string): string {
  const rows = subprocessorRows(facts);
  const now = new Map(rows.map((r) => [e(r.name), tableRow(r)]));
  const before = previousRows(previous);
  const log = previousLog(previous);
  const change = previous === undefined || log.length === 0 ? (rows.length ? 'First published list.' : 'First published: no sub-processors.') : describeListChange(before, now);
  if (change) {
    const entry = `- **${formatDate(today)}**: ${change}`;
    // two runs on one day: one entry for the day, saying what changed since the day before
    const day = `- **${formatDate(today)}**: `;
    const last = log[log.length - 1];
    if (last?.startsWith(day)) log[log.length - 1] = last.includes('First published') ? `${day}First published list.` : `${last} ${change}`;
    else log.push(entry);
  }
  const org = facts.org.legalName ?? facts.org.tradingName ?? 'We';
  const product = facts.product.name ?? 'our service';
  const contact = facts.org.email ? ` Write to ${mailLink(facts.org.email)} to object to a new sub-processor or to be told of changes.` : '';
  const lines = [
    `# Sub-processors of ${e(product)}`,
    '',
    `When ${e(product)} processes personal data for a business customer, ${e(org)} acts as that customer's processor and uses the companies below to help; the table says what each of them receives.${contact} How we handle personal data as a controller is in our ${fileLink('privacy policy', policyFile)}.`,
    '',
    LIST_HEADING,
    '',
  ];
  if (rows.length === 0) lines.push('We use no sub-processors.', '');
  else lines.push('| Service | Company | What it does for us | Data it receives | Where it processes data | Transfer safeguard |', '| --- | --- | --- | --- | --- | --- |', ...now.values(), '');
  lines.push(LOG_HEADING, '', ...log, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
