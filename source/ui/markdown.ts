// Renders Markdown for the terminal with marked + marked-terminal. A new Marked
// instance per render, so the width always matches the terminal's current size.
import { Marked, type MarkedExtension, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** The policy's body without the generated-file comment and front matter. */
export function policyBody(text: string): string {
  return text
    .replace(/^<!--[\s\S]*?-->\n?/, '')
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^<!--[\s\S]*?-->\n?/, '');
}

/**
 * marked-terminal 7 renders the text of a tight list item without its inline tokens, so bold and
 * links in lists came out as raw `**` and `[x](y)` (mikaelbr/marked-terminal#304, #371): a text
 * token with inline tokens is rendered through them, as in a paragraph.
 */
const inlineInLists: MarkedExtension = {
  renderer: {
    text(token: Tokens.Text | Tokens.Escape) {
      if ('tokens' in token && token.tokens && token.tokens.length > 0) return this.parser.parseInline(token.tokens);
      return false;
    },
    // In a terminal a link is its text and its address: an in-page anchor ("#who-we-are") says
    // nothing to the reader, and an address that is its own text need not be printed twice.
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const plainText = token.text.replace(/\\/g, '');
      const same = (a: string) => a.replace(/^mailto:/, '').replace(/\/$/, '');
      if (token.href.startsWith('#') || same(token.href) === same(plainText)) return text;
      return false;
    },
  },
};

/** Terminal lines of a Markdown text at `width` columns. */
export function renderMarkdown(markdown: string, width: number): string[] {
  const columns = Math.max(20, width);
  const marked = new Marked(markedTerminal({ width: columns, reflowText: true, tab: 2 }) as MarkedExtension, inlineInLists);
  const out = marked.parse(markdown, { async: false }) as string;
  return out.replace(/\n+$/, '').split('\n').flatMap((line) => wrapLine(line, columns));
}

// a list item's first row: indent, bullet ("*" or "1."), space
const BULLET = /^(\s*(?:[*•-]|\d+\.)\s+)/;

/**
 * marked-terminal reflows paragraphs only: a longer line (a list item) wraps here, its next rows
 * indented under the item's text rather than cut off at the edge.
 */
function wrapLine(line: string, width: number): string[] {
  if (stringWidth(line) <= width) return [line];
  const plain = line.replace(/\u001B\[[0-9;]*m/g, '');
  const indent = BULLET.exec(plain)?.[1]?.length ?? /^\s*/.exec(plain)![0].length;
  const pad = ' '.repeat(Math.min(indent, Math.floor(width / 2)));
  const wrapped = wrapAnsi(line, width, { hard: true, trim: false, wordWrap: true }).split('\n');
  const [first = '', ...rest] = wrapped;
  if (rest.length === 0) return [first];
  const tail = wrapAnsi(rest.map((r) => r.trimStart()).join(' '), width - pad.length, { hard: true }).split('\n');
  return [first.trimEnd(), ...tail.map((r) => pad + r)];
}
