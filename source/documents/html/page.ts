// A Markdown document as a self-contained HTML page: one file, inline CSS, no script, no font
// or image from the web, so it can be uploaded as it is to any host.
import { stripControls } from '../../core/render/markdown-escape.js';
import { markdownToHtml } from './markdown-to-html.js';
import { STYLE } from './style.js';

/** What goes above the generated-file marker: the doctype must be the first thing in the file. */
export const HTML_PREAMBLE = '<!DOCTYPE html>\n';

export interface HtmlPageMeta {
  /** the page title (a user value: control characters dropped and escaped here) */
  title: string;
  /** BCP 47 language of the text */
  lang: string;
}

const escapeAttr = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page after the preamble and marker: `<html>` to `</html>`, ending with a newline. */
export function htmlPage(markdown: string, meta: HtmlPageMeta): string {
  return [
    `<html lang="${escapeAttr(meta.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeAttr(stripControls(meta.title).replace(/\s+/gu, ' ').trim())}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main id="main">',
    markdownToHtml(markdown).trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
