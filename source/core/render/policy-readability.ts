// How long and how easy the generated policy is to read: words, reading time and Flesch reading
// ease of the text a reader sees, Markdown stripped. Prose and tables are counted apart: a table
// is scanned for one row, not read through, and a list of labels in a cell is not a sentence. Used by scripts/readability.mjs (which writes
// docs/readability.md) and by the tests that hold the policy to its targets. Not used by the CLI.
import { flesch } from 'flesch';
import { Lexer, type Token, type Tokens } from 'marked';
import { syllable } from 'syllable';
import { GLANCE_HEADING } from './policy-view.js';

/** Words a minute of an adult reading non-fiction silently (Brysbaert 2019, J. Mem. Lang. 109). */
export const WORDS_PER_MINUTE = 238;

/** One block a reader reads: a heading, a line of the contents list, prose (paragraph, list item, quote) or a table cell. */
export interface Unit {
  text: string;
  kind: 'heading' | 'contents' | 'prose' | 'table';
  /** the level-2 heading it is under */
  section: string;
}

export interface Readability {
  /** every word a reader sees: headings, the contents list, prose and tables */
  words: number;
  /** words of running text (paragraphs, list items, quotes): what a reader reads from start to end */
  proseWords: number;
  /** words in table cells, which a reader scans */
  tableWords: number;
  /** reading time of all the words at WORDS_PER_MINUTE, in minutes */
  minutes: number;
  /** Flesch reading ease (1948) of the prose */
  fre: number;
  sentences: number;
  /** words in the "Privacy at a glance" section, its heading included (0 without one) */
  glanceWords: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#64': '@' };
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of a piece of plain text; a URL or an email address is one word. */
export function wordsOf(text: string): string[] {
  return text.replace(/https?:\/\/\S+|\S+@\S+\.\S+/g, 'address').match(WORD) ?? [];
}

/** Plain text of inline tokens: link and emphasis text kept, Markdown syntax and escapes dropped. */
function inline(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return decode(fallback);
  return tokens.map((t) => ('tokens' in t && t.tokens ? inline(t.tokens, '') : t.type === 'br' ? ' ' : 'text' in t ? decode(String(t.text)) : '')).join('');
}

const decode = (s: string) => s.replace(/&([a-z]+|#\d+);/g, (m, e: string) => ENTITIES[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m)).replace(/\\(.)/g, '$1');

/** The units of a Markdown document in reading order; HTML comments (the generated-file marker) are not read. */
export function units(markdown: string): Unit[] {
  const out: Unit[] = [];
  let section = '';
  const walk = (tokens: Token[], inContents: boolean) => {
    for (const t of tokens) {
      if (t.type === 'heading') {
        const text = inline((t as Tokens.Heading).tokens, t.text);
        if ((t as Tokens.Heading).depth <= 2) section = text;
        out.push({ text, kind: 'heading', section });
      } else if (t.type === 'paragraph' || t.type === 'text') {
        out.push({ text: inline((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text), kind: inContents ? 'contents' : 'prose', section });
      } else if (t.type === 'list') {
        for (const item of (t as Tokens.List).items) walk(item.tokens, inContents);
      } else if (t.type === 'blockquote') {
        walk((t as Tokens.Blockquote).tokens, inContents);
      } else if (t.type === 'table') {
        const table = t as Tokens.Table;
        for (const cell of [...table.header, ...table.rows.flat()]) out.push({ text: inline(cell.tokens, cell.text), kind: 'table', section });
      }
    }
  };
  // The contents list only repeats the headings: read, but not scored as sentences.
  const tokens = new Lexer().lex(markdown);
  let contents = false;
  for (const t of tokens) {
    if (t.type === 'heading') contents = t.text === 'Contents';
    walk([t], contents && t.type !== 'heading');
  }
  return out;
}

/** Words, reading time, Flesch reading ease and the at-a-glance length of a policy in Markdown. */
export function measure(markdown: string): Readability {
  const all = units(markdown);
  const count = (list: Unit[]) => list.reduce((n, u) => n + wordsOf(u.text).length, 0);
  const prose = all.filter((u) => u.kind === 'prose');
  let sentences = 0;
  let proseWords = 0;
  let syllables = 0;
  for (const u of prose) {
    // A list item without a full stop is still one sentence.
    for (const s of u.text.split(/[.!?]+(?=\s|$)/)) {
      const ws = wordsOf(s);
      if (ws.length === 0) continue;
      sentences += 1;
      proseWords += ws.length;
      syllables += ws.reduce((n, w) => n + (/^\p{N}/u.test(w) ? 1 : Math.max(1, syllable(w))), 0);
    }
  }
  const words = count(all);
  return {
    words,
    proseWords,
    tableWords: count(all.filter((u) => u.kind === 'table')),
    minutes: words / WORDS_PER_MINUTE,
    fre: sentences === 0 ? 0 : flesch({ sentence: sentences, word: proseWords, syllable: syllables }),
    sentences,
    glanceWords: count(all.filter((u) => u.section === GLANCE_HEADING)),
  };
}
