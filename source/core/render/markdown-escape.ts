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
  const flat = text.replace(/\s+/gu, ' ').trim();
  const escaped = flat
    // `&` is only markup when it starts an entity ("&lt;"); "Bus. & Prof." stays readable.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/[<>{}~]/g, (c) => ENTITIES[c] ?? c)
    .replace(BACKSLASHED, '\\$&');
  return escaped.replace(LEADING_MARKER, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

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
  return href ? `[${escapeMarkdown(text)}](${href})` : escapeMarkdown(text);
}

/** An email address as a mailto link (escaped text when it does not look like an address). */
export function mailLink(email: string): string {
  const trimmed = email.trim();
  return /^[^\s@<>()[\]]+@[^\s@<>()[\]]+$/.test(trimmed) ? markdownLink(trimmed, `mailto:${trimmed}`) : escapeMarkdown(trimmed);
}
