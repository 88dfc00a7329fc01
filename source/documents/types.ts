// One generated document besides the policy and the checklist: how it is named, when a product
// needs it, and how its text is rendered from the same facts as the policy.
import type { OutputFormat } from '../core/answers/types.js';
import type { AuditResult } from '../core/audit/types.js';
import type { Catalog } from '../core/catalog/types.js';
import type { PolicyFacts } from '../core/facts/types.js';
import type { QuestionBank } from '../core/questions/types.js';
import type { Vocabulary } from '../core/vocabulary/load.js';

/** What every document is rendered from. */
export interface DocumentContext {
  facts: PolicyFacts;
  audit: AuditResult;
  engine: { bank: QuestionBank; vocabulary: Vocabulary; catalog: Catalog };
  /** YYYY-MM-DD of this run */
  today: string;
  /** the policy's "Last updated" date of this run */
  lastUpdated: string;
  format: OutputFormat;
  /** the body of this document on disk before this run (for change logs), if any */
  previous?: string;
  /** file name of the policy beside it (for links), e.g. privacy-policy.md */
  policyFile: string;
  project: { root: string; dir: string; mobile: boolean; ios: boolean; android: boolean; web: boolean };
}

/**
 * How the marker (generated-file notice with the text's hash) is kept: an HTML comment (Markdown,
 * HTML), an MDX comment (Docusaurus), an XML comment after the XML declaration (plist), or — for
 * formats without comments (CSV, JSON read by other tools) — in answers.json under `generatedFiles`.
 */
export type MarkerKind = 'html' | 'mdx' | 'xml' | 'none';

export interface DocumentSpec {
  /** stable id used by --only/--skip and the answers' `documents` choice, e.g. 'app-store' */
  id: string;
  /** path relative to the privacy folder (or absolute) */
  file: (ctx: DocumentContext) => string;
  /** shown in `generate` output and the wizard's write step */
  title: string;
  /** whether the product needs this document unless the user says otherwise */
  applies: (ctx: DocumentContext) => boolean;
  /** whether the wizard's write step offers it at all (default: always; mobile files only for mobile apps) */
  offered?: (ctx: DocumentContext) => boolean;
  /** the text without the marker */
  render: (ctx: DocumentContext) => string;
  marker: MarkerKind | ((ctx: DocumentContext) => MarkerKind);
}
