import { createHash } from 'node:crypto';
import { readUserText } from './read-answers.js';

/**
 * Generated files carry a marker comment with the date the text last changed and a
 * hash of the text after it, so a hand edit is detected and never silently overwritten.
 * Front matter (Jekyll, Hugo, Docusaurus) must stay at the top, so the marker follows it.
 */
const MARKER = /^(?:<!--|\{\/\*) privacy-wizard: generated file; edit privacy\/answers\.json and run `npx privacy-wizard generate` instead of editing it\. last-updated=(\d{4}-\d{2}-\d{2}) sha256=([0-9a-f]{64}) (?:-->|\*\/\})$/m;

/** Comment syntax of the marker: HTML for Markdown; MDX for Docusaurus, whose MDX parser rejects HTML comments. */
export type MarkerStyle = 'html' | 'mdx';

export interface GeneratedFile {
  /** the whole text as on disk */
  text: string;
  frontMatter: string;
  /** the text after the marker line */
  body: string;
  /** from the marker; undefined if there is no marker */
  lastUpdated?: string;
  /** true when the text after the marker no longer matches its hash, or there is no marker */
  handEdited: boolean;
}

/** Normalises what may legitimately change by hand (ticked boxes in the checklist). */
export type Normalise = (body: string) => string;
const identity: Normalise = (body) => body;

export const hashOf = (body: string, normalise: Normalise = identity): string => sha256(normalise(body));

/**
 * The last texts hashed and their hashes. A file in sync is hashed twice with the same text (its body on
 * disk against its marker, then the body rendered now for the marker it would get); the second is a lookup.
 */
const recent: { text: string; hash: string }[] = [];

function sha256(text: string): string {
  const known = recent.find((r) => r.text === text);
  if (known) return known.hash;
  const hash = createHash('sha256').update(text).digest('hex');
  recent.unshift({ text, hash });
  if (recent.length > 8) recent.pop();
  return hash;
}

/** Builds the file: front matter, marker, body. */
export function composeGenerated(
  frontMatter: string,
  body: string,
  lastUpdated: string,
  normalise: Normalise = identity,
  style: MarkerStyle = 'html',
): string {
  const [open, close] = style === 'mdx' ? ['{/*', '*/}'] : ['<!--', '-->'];
  const marker = `${open} privacy-wizard: generated file; edit privacy/answers.json and run \`npx privacy-wizard generate\` instead of editing it. last-updated=${lastUpdated} sha256=${hashOf(body, normalise)} ${close}`;
  return `${frontMatter}${marker}\n${body}`;
}

/**
 * Parses a file written by composeGenerated (or by hand). Line endings are normalised to LF
 * first, so a checkout with Git's autocrlf (CRLF) is neither hand-edited nor stale.
 */
export function parseGenerated(raw: string, normalise: Normalise = identity): GeneratedFile {
  const text = withoutCarriageReturns(raw.replace(/^\uFEFF/, ''));
  const match = MARKER.exec(text);
  if (!match || match.index === undefined) return { text, frontMatter: '', body: text, handEdited: true };
  const markerEnd = match.index + match[0].length + 1;
  const body = text.slice(markerEnd);
  return {
    text,
    frontMatter: text.slice(0, match.index),
    body,
    lastUpdated: match[1],
    handEdited: hashOf(body, normalise) !== match[2],
  };
}

/** CRLF and lone CR as LF; the text itself (no copy) when it has none, as almost every file has. */
export const withoutCarriageReturns = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

/** Reads and parses a generated file; undefined if absent. */
export function readGenerated(path: string, normalise: Normalise = identity): GeneratedFile | undefined {
  const text = readUserText(path, 'generated file');
  return text === undefined ? undefined : parseGenerated(text, normalise);
}

/** Ticking or unticking a checklist box is not a hand edit. */
export const untick: Normalise = (body) => body.replace(/^(\s*[-*] )\[[xX]\]/gm, '$1[ ]');
