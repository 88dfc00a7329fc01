import type { PolicyFacts } from '../facts/types.js';
import { renderTemplate } from './engine.js';
import { slug } from './format.js';
import { buildPolicyView, CONTENTS_MARKER } from './policy-view.js';

/**
 * The privacy policy in Markdown, from its `# Privacy Policy` title line on (the file
 * writer adds the generated-file marker and any front matter). Same facts and date give
 * byte-identical output.
 */
export function renderPolicy(facts: PolicyFacts, options: { lastUpdated: string }): string {
  const body = renderTemplate('policy', buildPolicyView(facts, options.lastUpdated));
  return body.replace(CONTENTS_MARKER, contents(body));
}

/** The list of sections present, linking to their headings (our own text, never a user value). */
function contents(body: string): string {
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
  return ['## Contents', '', ...headings.map((h) => `- [${h}](#${slug(h)})`)].join('\n');
}
