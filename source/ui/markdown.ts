// Renders Markdown for the terminal with marked + marked-terminal. A new Marked
// instance per render, so the width always matches the terminal's current size.
import { Marked, type MarkedExtension } from 'marked';
import { markedTerminal } from 'marked-terminal';

/** Terminal lines of a Markdown text at `width` columns. */
export function renderMarkdown(markdown: string, width: number): string[] {
  const marked = new Marked(markedTerminal({ width: Math.max(20, width), reflowText: true, tab: 2 }) as MarkedExtension);
  const out = marked.parse(markdown, { async: false }) as string;
  return out.replace(/\n+$/, '').split('\n');
}
