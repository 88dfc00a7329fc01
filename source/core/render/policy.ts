import type { PolicyVersion } from '../answers/types.js';
import type { PolicyFacts } from '../facts/types.js';
import { renderTemplate } from './engine.js';
import { slug } from './format.js';
import { buildPolicyView, CONTENTS_MARKER, GLANCE_HEADING } from './policy-view.js';
import { DRAFT_TITLE } from './draft.js';

/** How to render the policy: the "Last updated" date, and whether to print the `# Privacy Policy` title. */
export interface RenderPolicyOptions {
  lastUpdated: string;
  /** false for site generators whose layout already prints the front-matter title (Jekyll, Hugo); default true */
  heading?: boolean;
  /** the versions of the text so far, oldest first (listed under "Changes to this policy") */
  versions?: PolicyVersion[];
  /** audit errors still open: above 0 the policy is marked as a draft at the top */
  openItems?: number;
  /** the checklist's file name, for the draft notice */
  checklist?: string;
  /**
   * Where the cookie table is (source/documents/cookies): in the cookie section (the view that
   * outputs/cookies/table.eta prints), or on its own page, which the section links to (`link`: Markdown we built).
   */
  cookieTable?: { place: 'policy'; table: object } | { place: 'page'; link: string };
}

/**
 * The privacy policy in Markdown, from its `# Privacy Policy` title line on, or from its
 * dates with `heading: false` (the file writer adds the generated-file marker and any
 * front matter). Same facts and options give byte-identical output.
 */
export function renderPolicy(facts: PolicyFacts, options: RenderPolicyOptions): string {
  const body = renderTemplate('policy', { ...buildPolicyView(facts, options.lastUpdated, options.versions ?? []),
    heading: options.heading ?? true,
    draft: options.openItems ? { title: DRAFT_TITLE, items: options.openItems, checklist: options.checklist ?? 'checklist.md' } : null,
    cookieTable: options.cookieTable ?? null,
  });
  return body.replace(CONTENTS_MARKER, contents(body));
}

/** The list of sections present, linking to their headings (our own text, never a user value). */
function contents(body: string): string {
  // The summary above the contents is not listed in them.
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!).filter((h) => h !== GLANCE_HEADING);
  return ['## Contents', '', ...headings.map((h) => `- [${h}](#${slug(h)})`)].join('\n');
}
