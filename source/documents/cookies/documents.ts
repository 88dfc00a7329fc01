// Registry entries for the cookie table: Markdown for people, JSON for consent managers. Both render
// from the facts and the catalog alone; nothing here reads files. The table is published once: on its
// own page while the `cookies` document is written, otherwise in the policy's cookie section.
import { cookieServices } from './table.js';
import { cookieTableView, renderCookiesMarkdown } from './markdown.js';
import { renderCookiesJson } from './json.js';
import { fileLink } from '../link.js';
import { fileInFormat, markerInFormat, textInFormat } from '../html/document-page.js';
import type { RenderPolicyOptions } from '../../core/render/policy.js';
import type { DocumentContext, DocumentSpec } from '../types.js';


/** A web product that declares cookies or uses a service that sets them. */
export const usesCookies = (ctx: DocumentContext): boolean =>
  ctx.project.web && (ctx.facts.cookies.kinds.length > 0 || cookieServices(ctx.facts).length > 0 || Array.isArray(ctx.facts.answers['cookies.own']));

export const COOKIE_DOCUMENTS: DocumentSpec[] = [
  {
    id: 'cookies',
    title: 'Cookie table on its own page (else in the policy)',
    file: (ctx) => fileInFormat(ctx, 'cookies'),
    applies: usesCookies,
    offered: (ctx) => ctx.project.web,
    render: (ctx) => textInFormat(ctx, renderCookiesMarkdown(ctx.facts, ctx.engine.catalog, ctx.policyFile), `Cookies used by ${ctx.facts.product.name ?? 'our service'}`),
    marker: markerInFormat,
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

/**
 * Where the policy finds the cookie table: linked, while cookies.md is written (the answers'
 * `documents.cookies`, or by default wherever the product uses cookies); in its cookie section when
 * the user chose not to write cookies.md (`documents.cookies: false`), so the table is never left out
 * and never said twice. `chosen` is the answers' choice for the `cookies` document, if any.
 */
export function policyCookieTable(ctx: DocumentContext, chosen: boolean | undefined): RenderPolicyOptions['cookieTable'] {
  if (!usesCookies(ctx)) return undefined;
  const page = COOKIE_DOCUMENTS[0]!;
  if (chosen ?? page.applies(ctx)) return { place: 'page', link: fileLink('cookie table', page.file(ctx)) };
  return { place: 'policy', table: cookieTableView(ctx.facts, ctx.engine.catalog, '###') };
}
