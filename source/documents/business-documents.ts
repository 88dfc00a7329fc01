// Registry entries for the cookie table (Markdown and JSON), the sub-processor list and the Art. 30
// record (Markdown and CSV). Each renders from the facts alone; nothing here reads files.
import { actsAsProcessor } from './subprocessors/list.js';
import { renderSubprocessors } from './subprocessors/markdown.js';
import { cookieServices } from './cookies/table.js';
import { renderCookiesMarkdown } from './cookies/markdown.js';
import { renderCookiesJson } from './cookies/json.js';
import { buildRecords, recordsApply } from './records/model.js';
import { renderRecordsMarkdown } from './records/markdown.js';
import { renderRecordsCsv } from './records/csv.js';
import type { DocumentContext, DocumentSpec } from './types.js';

export const SUBPROCESSORS_FILE = 'subprocessors.md';
const markdownMarker = (ctx: DocumentContext) => (ctx.format === 'docusaurus' ? 'mdx' : 'html');

/** A web product that declares cookies or uses a service that sets them. */
export const usesCookies = (ctx: DocumentContext): boolean =>
  ctx.project.web && (ctx.facts.cookies.kinds.length > 0 || cookieServices(ctx.facts).length > 0 || Array.isArray(ctx.facts.answers['cookies.own']));

export const BUSINESS_DOCUMENTS: DocumentSpec[] = [
  {
    id: 'cookies',
    title: 'Cookie table',
    file: () => 'cookies.md',
    applies: usesCookies,
    render: (ctx) => renderCookiesMarkdown(ctx.facts, ctx.engine.catalog, ctx.policyFile),
    marker: markdownMarker,
  },
  {
    id: 'cookies-json',
    title: 'Cookie list for consent managers (JSON)',
    file: () => 'cookies.json',
    applies: usesCookies,
    render: (ctx) => renderCookiesJson(ctx.facts, ctx.engine.catalog, ctx.policyFile),
    marker: 'none',
  },
  {
    id: 'subprocessors',
    title: 'Sub-processor list',
    file: () => SUBPROCESSORS_FILE,
    applies: (ctx) => actsAsProcessor(ctx.facts),
    offered: (ctx) => ctx.facts.product.processorRole !== false,
    render: (ctx) => renderSubprocessors(ctx.facts, ctx.today, ctx.previous, ctx.policyFile),
    marker: markdownMarker,
  },
  {
    id: 'records',
    title: 'Record of processing activities',
    file: () => 'records-of-processing.md',
    applies: (ctx) => recordsApply(ctx.facts),
    render: (ctx) => renderRecordsMarkdown(ctx.facts, buildRecords(ctx.facts), { policy: ctx.policyFile, subprocessors: SUBPROCESSORS_FILE }),
    marker: markdownMarker,
  },
  {
    id: 'records-csv',
    title: 'Record of processing activities (CSV)',
    file: () => 'records-of-processing.csv',
    applies: (ctx) => recordsApply(ctx.facts),
    render: (ctx) => renderRecordsCsv(buildRecords(ctx.facts)),
    marker: 'none',
  },
];
