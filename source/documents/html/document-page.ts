// A registry document (cookie table, sub-processor list) in the run's format: its Markdown as it is,
// or with --format html the same Markdown as a self-contained page like the policy's (page.ts).
import type { DocumentContext, MarkerKind } from '../types.js';
import { HTML_PREAMBLE, htmlPage } from './page.js';

/** `cookies` -> cookies.md, or cookies.html for --format html. */
export const fileInFormat = (ctx: DocumentContext, base: string): string => `${base}.${ctx.format === 'html' ? 'html' : 'md'}`;

/**
 * The text to write. A registry document's marker comes first in its file (compute.ts puts it
 * there), so the page carries its own doctype after it: comments may precede the doctype
 * (HTML Living Standard §13.1), and the page still renders in standards mode.
 */
export const textInFormat = (ctx: DocumentContext, markdown: string, title: string): string =>
  ctx.format === 'html' ? `${HTML_PREAMBLE}${htmlPage(markdown, { title, lang: 'en' })}` : markdown;

/** The marker's comment syntax: MDX for Docusaurus, HTML otherwise (Markdown and HTML pages). */
export const markerInFormat = (ctx: DocumentContext): MarkerKind => (ctx.format === 'docusaurus' ? 'mdx' : 'html');
