// privacy/subprocessors.md: the list business customers are owed (GDPR Art. 28(2) and (4)), with a
// dated log of every addition and removal, carried from one run to the next in the file itself.
import { formatDate } from '../../core/render/format.js';
import { escapeMarkdown, markdownLink, mailLink } from '../../core/render/markdown-escape.js';
import { viewContext } from '../../core/render/views/context.js';
import { join } from 'node:path';
import { parseGenerated } from '../../store/generated-file.js';
import { readUserText } from '../../store/read-answers.js';
import { fileInFormat, markerInFormat, textInFormat } from '../html/document-page.js';
import type { DocumentContext, DocumentSpec } from '../types.js';
import { previousAsMarkdown } from './previous-html.js';
import { isSubprocessor, subprocessors, type Subprocessor } from './list.js';

export const SUBPROCESSORS_FILE = 'subprocessors.md';
export const SUBPROCESSORS_HTML_FILE = 'subprocessors.html';
const LOG_HEADING = '## Changes to this list';
const DPF_URL = 'https://www.dataprivacyframework.gov/list';
// escapeMarkdown already escapes a pipe; escaping it twice left a bare pipe that split the cell
const cell = (text: string) => escapeMarkdown(text);

/** The names listed in an earlier version of the file (first column of its table). */
export function listedNames(previous: string | undefined): string[] | undefined {
  if (!previous) return undefined;
  const table = previous.split(LOG_HEADING)[0]!;
  const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Sub-processor') && !l.startsWith('| ---'));
  return rows.map((r) => r.slice(2).split(' | ')[0]!.trim());
}

/** The earlier log entries ("- 1 December 2026: Added: …"), newest first. */
function earlierLog(previous: string | undefined): string[] {
  const log = previous?.split(LOG_HEADING)[1];
  return log ? log.split('\n').filter((l) => /^- \d{1,2} [A-Z][a-z]+ \d{4}: /.test(l)) : [];
}

/** The log after this run: a new entry when the names changed since the file on disk. */
export function changeLog(previous: string | undefined, now: string[], today: string): string[] {
  const before = listedNames(previous);
  const log = earlierLog(previous);
  const date = formatDate(today);
  if (before === undefined) return log.length > 0 ? log : [`- ${date}: List first published.`];
  const added = now.filter((n) => !before.includes(n));
  const removed = before.filter((n) => !now.includes(n));
  if (added.length === 0 && removed.length === 0) return log;
  const entry = [added.length ? `Added: ${added.join(', ')}.` : '', removed.length ? `Removed: ${removed.join(', ')}.` : ''].filter(Boolean).join(' ');
  // one entry a day: a second change the same day joins it
  const same = log[0]?.startsWith(`- ${date}: `);
  return [`- ${date}: ${entry}`, ...(same ? log.slice(1) : log)];
}

function row(s: Subprocessor): string {
  const safeguard = s.dpf && /Data Privacy Framework/.test(s.safeguard) ? `${cell(s.safeguard)} (${markdownLink('certified', DPF_URL)})` : cell(s.safeguard);
  return `| ${cell(s.name)} | ${s.entity ? cell(s.entity) : '—'} | ${cell(s.purposes)} | ${cell(s.data)} | ${cell(s.location)} | ${safeguard} | ${s.policyUrl ? markdownLink('Privacy policy', s.policyUrl) : '—'} |`;
}

export function renderSubprocessors(ctx: DocumentContext): string {
  const c = viewContext(ctx.facts);
  const list = subprocessors(c);
  const org = ctx.facts.org;
  const who = escapeMarkdown(org.legalName ?? c.product);
  // the GDPR's articles are cited only where it (or the UK GDPR) applies: a US-only API is not bound by them
  const cite = (article: string) => (c.eeaOrUk ? ` (GDPR Art. ${article})` : '');
  const lines = [`# Sub-processors of ${escapeMarkdown(c.product)}`, ''];
  lines.push(
    `${who} processes personal data in ${escapeMarkdown(c.product)} on behalf of its business customers. These companies help us do so (sub-processors).${
      // only what the answers say: every one of them has a signed data processing agreement
      list.length > 0 && ctx.facts.services.filter(isSubprocessor).every((s) => s.dpa === 'signed') ? ` We have a data processing agreement with each of them that binds it to protect the data${cite('28(4)')}.` : ''
    }`,
    '',
    // Telling customers before a change is the processor's duty under GDPR Art. 28(2), with a matching checklist
    // task; where no such law applies no answer promises it, so the list says only what it does itself.
    c.eeaOrUk
      ? `We tell customers before we add or replace a sub-processor, so that they can object${cite('28(2)')}.` + (org.email ? ` To be told, or to object, write to ${mailLink(org.email)}.` : '')
      : 'The changes to this list are recorded at the end of this page.' + (org.email ? ` Questions about our sub-processors: write to ${mailLink(org.email)}.` : ''),
    '',
  );
  if (list.length === 0) lines.push('We use no sub-processors.', '');
  else {
    lines.push('| Sub-processor | Company | What it does for us | Personal data | Where it processes data | Transfer safeguard | Their privacy policy |', '| --- | --- | --- | --- | --- | --- | --- |', ...list.map(row), '');
  }
  lines.push(LOG_HEADING, '', ...changeLog(previousText(ctx), list.map((s) => cell(s.name)), ctx.today), '');
  return lines.join('\n');
}

/**
 * The list as it was last published, as Markdown: the file on disk (an HTML page read back), or,
 * the first time after switching between Markdown and --format html, the file of the other format,
 * so that the change log customers rely on (Art. 28(2)) carries over instead of starting again.
 */
function previousText(ctx: DocumentContext): string | undefined {
  if (ctx.previous !== undefined) return previousAsMarkdown(ctx.previous);
  const other = join(ctx.project.dir, ctx.format === 'html' ? SUBPROCESSORS_FILE : SUBPROCESSORS_HTML_FILE);
  const raw = readUserText(other, 'Sub-processor list');
  return raw === undefined ? undefined : previousAsMarkdown(parseGenerated(raw).body);
}

export const subprocessorsDocument: DocumentSpec = {
  id: 'subprocessors',
  title: 'Sub-processor list with change log',
  file: (ctx) => fileInFormat(ctx, 'subprocessors'),
  applies: (ctx) => ctx.facts.product.processorRole === true,
  render: (ctx) => textInFormat(ctx, renderSubprocessors(ctx), `Sub-processors of ${viewContext(ctx.facts).product}`),
  marker: markerInFormat,
};
