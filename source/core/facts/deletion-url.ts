import type { PolicyFacts } from './types.js';

/** The web page where users ask to delete their account (product.deletionUrl), when answered with a web address. */
export function deletionUrl(facts: Pick<PolicyFacts, 'answers'>): string | undefined {
  const raw = facts.answers['product.deletionUrl'];
  return typeof raw === 'string' && /^https?:\/\/[^\s"]+$/i.test(raw.trim()) ? raw.trim() : undefined;
}
