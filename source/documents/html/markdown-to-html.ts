// Markdown -> HTML for the `html` format, from the same Markdown the policy renders, so the two
// texts never diverge. The renderer is an allow-list: raw HTML is printed as text, links keep only
// in-page, sibling-file, http(s) and mailto targets, and images become their alt text (no external assets).
import { Marked, Renderer, type Links, type MarkedExtension, type Token, type Tokens } from 'marked';
import { slug } from '../../core/render/format.js';

/** The heading whose list is the table of contents (policy-view's contents block). */
const CONTENTS = 'Contents';

/** Body HTML for a Markdown document: heading ids and anchors, a `<nav>` contents list, scrollable tables. */
export function markdownToHtml(markdown: string): string {
  const marked = new Marked({ gfm: true, renderer: safeRenderer(headingIds(markdown)) });
  const tokens = marked.lexer(markdown);
  const at = tokens.findIndex((t) => t.type === 'heading' && t.depth === 2 && t.text.trim() === CONTENTS);
  const list = tokens.findIndex((t, i) => i > at && t.type !== 'space');
  if (at < 0 || tokens[list]?.type !== 'list') return marked.parser(tokens);
  // The contents list becomes a landmark, so screen-reader users can jump to it and past it.
  const part = (from: number, to?: number) => marked.parser(withLinks(tokens.slice(from, to), tokens.links));
  return `${part(0, at)}<nav class="toc" aria-labelledby="${slug(CONTENTS)}">\n${part(at, list + 1)}</nav>\n${part(list + 1)}`;
}

function withLinks(tokens: Token[], links: Links | undefined): Token[] & { links: Links } {
  return Object.assign(tokens, { links: links ?? {} });
}

/**
 * The id of every heading, in order. `## ` headings get the bare slug the contents list links to;
 * deeper headings get it too unless taken, else a numbered one, so every id is unique.
 */
function headingIds(markdown: string): string[] {
  const marked = new Marked({ gfm: true });
  const headings: Tokens.Heading[] = [];
  // walkTokens visits nested headings too (in a list or quote), in the order they are rendered.
  marked.walkTokens(marked.lexer(markdown), (t) => void (t.type === 'heading' && headings.push(t as Tokens.Heading)));
  const taken = new Set(headings.filter((h) => h.depth === 2).map((h) => slug(h.text.trim())));
  const used = new Set<string>();
  return headings.map((h) => {
    const base = slug(h.text.trim()) || 'section';
    const free = (id: string) => !used.has(id) && (h.depth === 2 || !taken.has(id));
    let id = base;
    for (let n = 2; !free(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A link target we print: in-page, a file beside the page (another generated document, e.g.
 * cookies.html: a path with no scheme, so never `javascript:`), http(s) or mailto; anything else is dropped.
 */
export function allowedHref(href: string): string | undefined {
  const h = href.trim();
  if (/^#[\p{L}\p{N}_-]*$/u.test(h)) return h;
  if (/^(?:\.\/)?[\w-]+(?:\.[\w-]+)*(?:#[\w-]*)?$/u.test(h)) return h;
  try {
    const url = new URL(h);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Rendered inline HTML as attribute text: tags dropped, entities kept (they are valid in an attribute). */
const textOf = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/"/g, '&quot;');

/** The allow-list renderer; `ids` are the heading ids in document order. */
function safeRenderer(ids: string[]): MarkedExtension['renderer'] {
  let next = 0;
  let tables = 0;
  return {
    heading({ tokens, depth }: Tokens.Heading): string {
      const id = ids[next++] ?? 'section';
      const inner = this.parser.parseInline(tokens);
      const label = textOf(inner);
      // The anchor sits beside the heading, not in it, so a screen reader's list of headings stays clean.
      return `<div class="heading level-${depth}"><h${depth} id="${id}">${inner}</h${depth}><a class="anchor" href="#${id}" aria-label="Link to this section: ${label}">#</a></div>\n`;
    },
    // Raw HTML never reaches the page: user values are already entities, and anything else prints as text.
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    link(token: Tokens.Link): string {
      const href = allowedHref(token.href);
      const inner = this.parser.parseInline(token.tokens);
      if (!href) return inner;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(href)}"${title}>${inner}</a>`;
    },
    image({ text }: Tokens.Image): string {
      return escapeHtml(text);
    },
    table(token: Tokens.Table): string {
      // A wide table scrolls inside its own box on a narrow screen; focusable so keyboards can scroll it.
      const headers = token.header.map((cell) => textOf(this.parser.parseInline(cell.tokens))).join(', ');
      tables += 1;
      const label = `Table ${tables}: ${headers}`;
      return `<div class="table-wrap" role="region" aria-label="${label}" tabindex="0">\n${Renderer.prototype.table.call(this, token)}</div>\n`;
    },
  };
}
