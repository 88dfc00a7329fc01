// Registry entries for the cookie table: Markdown for people, JSON for consent managers. Both render
// from the facts and the catalog alone; nothing here reads files.
import { cookieServices } from './table.js';
import { renderCookiesMarkdown } from './markdown.js';
import { renderCookiesJson } from './json.js';
import type { DocumentContext, DocumentSpec } from '../types.js';

const markdownMarker = (ctx: DocumentContext) => (ctx.format === 'docusaurus' ? 'mdx' : 'html');

/** A web product that declares cookies or uses a service that sets them. */
export const usesCookies = (ctx: DocumentContext): boolean =>
  ctx.project.web && (ctx.facts.cookies.kinds.length > 0 || cookieServices(ctx.facts).length > 0 || Array.isArray(ctx.facts.answers['cookies.own']));

export const COOKIE_DOCUMENTS: DocumentSpec[] = [
  {
    id: 'cookies',
    title: 'Cookie table',
    file: () => 'cookies.md',
    applies: usesCookies,
    offered: (ctx) => ctx.project.web,
    render: (ctx) => renderCookiesMarkdown(ctx.facts, ctx.engine.catalog, ctx.policyFile),
    marker: markdownMarker,
  },
  {
    id: 'cookies-json',
    title: 'Cookie list for consent managers (JSON)',
    file: () => 'cookies.json',
    applies: usesCookies,
    offered: (ctx) => ctx.project.web,
    render: (ctx) => renderCookiesJson(ctx.facts, ctx.engine.catalog, ctx.policyFile),
    marker: 'none',
  },
];
