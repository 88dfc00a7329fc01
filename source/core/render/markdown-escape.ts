// Escaping for values a user typed, so they stay plain text in the Markdown we write.

/** Characters escaped with an HTML entity: HTML itself, and `{ }` `~` which start
 * Liquid (Jekyll), shortcodes (Hugo), MDX expressions (Docusaurus) or GFM strikethrough
 * but have no backslash escape in every Markdown dialect. Entities are never syntax. */
const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
  '~': '&#126;',
};

/** Inline Markdown punctuation, escaped with a backslash (CommonMark, GFM and kramdown agree). */
const BACKSLASHED = /[\\`*_[\]|$]/g;

/** Block markers that only matter at the start of a line (headings, lists, setext underlines). */
const LEADING_MARKER = /^(#|[-+=:]|\d+(?=[.)]))/;

/**
 * Escapes Markdown and HTML in a value a user typed: whitespace (newlines included) collapses
 * to single spaces, HTML and template characters become entities, Markdown punctuation is
 * backslash-escaped, and a leading block marker (`#`, `-`, `1.`) is neutralised.
 * Used as Eta's escapeFunction; the result is safe anywhere inline, including table cells.
 */
export function escapeMarkdown(text: string): string {
  return memoised(text, plainMemo, true);
}

/** Escaping for the text of a link we build: a URL or address there is already the link. */
function escapeLinkText(text: string): string {
  return memoised(text, linkMemo, false);
}

const MEMO_MIN = 1024;
const MEMO_SIZE = 64;
const plainMemo = new Map<string, string>();
const linkMemo = new Map<string, string>();

function memoised(text: string, memo: Map<string, string>, breakAutolinks: boolean): string {
  // The same long value (a product name, a legal name) is printed many times in one policy.
  if (text.length < MEMO_MIN) return escapeOnce(text, breakAutolinks);
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const escaped = escapeOnce(text, breakAutolinks);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(text, escaped);
  return escaped;
}

/** An email address inside typed prose ("email dpo@acme.example for a copy"); a sentence's full stop is not part of it. */
const PROSE_EMAIL = /[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/**
 * Plain text: ASCII letters, digits, single spaces between words and punctuation that is never Markdown, HTML,
 * a template tag or an autolink, and no block marker or MDX keyword at the start. Most values are
 * ("Stripe", "Payment processing"), and escaping leaves them as they are: checking that is one pass,
 * where escaping is ten, for every value a template prints.
 */
const PLAIN = /^[A-Za-z0-9 ,.;!?'"()/%-]*$/;
const LEADING = /^(?:[-+=]|\d+[.)])/;

const isPlain = (text: string): boolean =>
  PLAIN.test(text) && !text.startsWith(' ') && !text.endsWith(' ') && !text.includes('  ') && !LEADING.test(text) && !MDX_ESM.test(text) && !/www\./i.test(text);

function escapeOnce(text: string, breakAutolinks: boolean): string {
  return isPlain(text) ? text : escapeFully(text, breakAutolinks);
}

/** The escaping of any text (escapeOnce checks first whether there is anything to escape). Exported for its test. */
export function escapeFully(text: string, breakAutolinks: boolean): string {
  const flat = stripControls(text).replace(/\s+/gu, ' ').trim();
  // In typed prose an email address becomes a mail link, as the contact address does, so readers can
  // click it; everything around it stays text (its other autolinks broken).
  const inline = breakAutolinks && flat.includes('@') ? withMailLinks(flat) : escapeInline(flat, breakAutolinks);
  return inline
    .replace(LEADING_MARKER, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
    .replace(MDX_ESM, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

function withMailLinks(flat: string): string {
  let out = '';
  let last = 0;
  for (const m of flat.matchAll(PROSE_EMAIL)) {
    out += escapeInline(flat.slice(last, m.index), true) + mailLink(m[0]);
    last = m.index + m[0].length;
  }
  return out + escapeInline(flat.slice(last), true);
}

function escapeInline(flat: string, breakAutolinks: boolean): string {
  const escaped = flat
    // `&` is only markup when it starts an entity ("&lt;"); "Bus. & Prof." stays readable.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/[<>{}~]/g, (c) => ENTITIES[c] ?? c)
    .replace(BACKSLASHED, '\\$&');
  return breakAutolinks ? noAutolinks(escaped) : escaped;
}

/** Control characters (C0 but whitespace, DEL, C1) and bidi overrides: never meant as text. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control characters (NUL, BEL, ESC, BS, …) from a value before it is written. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/**
 * GFM turns bare URLs (`https://…`, `www.…`) and email addresses into links. In typed text
 * that is not a URL or email field they stay text: the characters that trigger the
 * extension become entities, which render the same.
 */
function noAutolinks(text: string): string {
  return text
    .replace(/@/g, '&#64;')
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/\b(mailto|xmpp)(?=:)/gi, (m) => `${m.slice(0, -1)}&#${m.charCodeAt(m.length - 1)};`)
    .replace(/\b(w)(?=ww\.)/gi, (m) => `&#${m.charCodeAt(0)};`);
}

/** MDX (Docusaurus) runs a paragraph that starts with `import`/`export` as JavaScript. */
const MDX_ESM = /^(?:import|export)(?=[\s{*"']|$)/;

/**
 * A URL safe to put in a Markdown link destination, or undefined when it is not a
 * well-formed http(s) or mailto URL (so `javascript:` and friends never become links).
 */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return undefined;
  return parsed.href.replace(/[()<>{}|\s"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A Markdown link with escaped text; plain escaped text when the URL is not safe. */
export function markdownLink(text: string, url: string | undefined): string {
  const href = url ? safeUrl(url) : undefined;
  return href ? `[${escapeLinkText(text)}](${href})` : escapeMarkdown(text);
}

/** An email address as a mailto link (escaped text when it does not look like an address). */
export function mailLink(email: string): string {
  const trimmed = email.trim();
  return /^[^\s@<>()[\]]+@[^\s@<>()[\]]+$/.test(trimmed) ? markdownLink(trimmed, `mailto:${trimmed}`) : escapeMarkdown(trimmed);
}
