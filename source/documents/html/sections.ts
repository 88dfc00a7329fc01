// The policy's sections in its HTML form, for the one-line summary of what changed between two
// versions (versions.ts compares sections; this reads them from the `<h2>` headings markdown-to-html writes).
import { CHANGES_HEADING } from '../../core/render/versions.js';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Heading text -> the HTML up to the next `## ` heading, without the contents list and the version list. */
export function htmlSections(html: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of html.split(/(?=<div class="heading level-2">)/)) {
    const m = /^<div class="heading level-2"><h2[^>]*>([\s\S]*?)<\/h2>([\s\S]*)$/.exec(part);
    if (!m) continue;
    const heading = m[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITY[e]!)
      .trim();
    if (heading === 'Contents' || heading === CHANGES_HEADING) continue;
    sections.set(heading, m[2]!.replace(/<\/(nav|main|body|html)>[\s\S]*$/, '').trim());
  }
  return sections;
}

/** A Markdown policy's text without its `# ` title line (Jekyll and Hugo policies have none). */
export function withoutTitle(markdown: string): string {
  return markdown.replace(/^# [^\n]*\n+/, '');
}
