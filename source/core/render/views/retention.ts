// "How long we keep it" and "How we protect it".
import { phrase } from '../engine.js';
import { known, type ViewContext } from './context.js';

export function retentionView({ facts, retentionOf }: ViewContext) {
  const kept = facts.data.filter((d) => d.retention);
  return kept.length > 0 ? { items: kept.map(retentionOf) } : null;
}

export function securityView({ facts, p }: ViewContext) {
  if (facts.security.measures.length === 0) return null;
  return { measures: known(facts.security.measures.map((m) => phrase(p.security, m))), breachPlan: facts.security.breachProcess === 'written' };
}
