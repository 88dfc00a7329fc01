// What "agrees with the policy" means for the cookie table: the services it lists are exactly those the
// policy says set cookies, and the consent it promises is the one answered. Returns every disagreement.
import type { Catalog } from '../../../source/core/catalog/types.js';
import type { PolicyFacts } from '../../../source/core/facts/types.js';
import { escapeMarkdown } from '../../../source/core/render/markdown-escape.js';
import { cookieTable, cookieServices } from '../../../source/documents/cookies/table.js';
import { cookieSectionMarkdown } from '../../../source/documents/cookies/markdown.js';

export function disagreements(facts: PolicyFacts, policy: string, catalog: Catalog): string[] {
  const out: string[] = [];

  // Cookies: the table names exactly the services the policy says set cookies.
  const inTable = new Set(cookieTable(facts, catalog).flatMap((g) => [...g.cookies.map((c) => c.service), ...g.undocumented.map((u) => u.name)]).filter(Boolean));
  // every one, also a service whose kind the catalog leaves open (listed as not classified yet)
  for (const s of cookieServices(facts)) {
    if (!inTable.has(s.id) && !inTable.has(s.name)) out.push(`cookie setter ${s.name} is missing from the cookie table`);
    if (!policy.includes(escapeMarkdown(s.name))) out.push(`cookie setter ${s.name} is not named in the policy`);
  }
  // "set only if you allow them" only when consent is asked first (cookies.consent: opt-in)
  if (facts.cookies.consent !== 'opt-in' && cookieSectionMarkdown(facts, catalog).includes('set only if you allow them')) out.push('the cookie table promises consent the answers do not give');
  return out;
}
