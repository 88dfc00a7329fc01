// The sub-processor list on disk as --format html wrote it, read back as the Markdown it was made
// from, as far as the change log needs it: the names in the table and the dated log entries.
import { escapeMarkdown } from '../../core/render/markdown-escape.js';

const LOG_HEADING = 'Changes to this list';
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of rendered inline HTML: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => NAMED[e]!)
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .trim();
}

const isHtml = (text: string) => /^\s*(?:<!DOCTYPE html|<html[\s>])/i.test(text);

/** Markdown as given; an HTML page as Markdown table rows and log lines that listedNames and the log read. */
export function previousAsMarkdown(previous: string): string {
  if (!isHtml(previous)) return previous;
  const [list, log = ''] = previous.split(new RegExp(`<h2[^>]*>${LOG_HEADING}</h2>`));
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(list!)?.[1] ?? '';
  const names = [...body.matchAll(/<tr>\s*<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => textOf(m[1]!));
  const entries = [...(/<ul>([\s\S]*?)<\/ul>/.exec(log)?.[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
  const cell = escapeMarkdown;
  return [
    '| Sub-processor | |',
    '| --- | --- |',
    ...names.map((n) => `| ${cell(n)} | |`),
    '',
    `## ${LOG_HEADING}`,
    '',
    ...entries.map((e) => `- ${escapeMarkdown(e)}`),
    '',
  ].join('\n');
}
