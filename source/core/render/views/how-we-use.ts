// "How we use your data": each purpose, the data it uses and (where a law asks) its legal basis.
import { phrase } from '../engine.js';
import { listWords, lowerFirst, sentence } from '../format.js';
import type { ViewContext } from './context.js';

export function usesView({ facts, p, eeaOrUk, applies, dataLabel }: ViewContext) {
  if (facts.purposes.length === 0) return null;
  return {
    showBasis: eeaOrUk || applies('lgpd'),
    items: facts.purposes.map((x) => ({
      label: x.label,
      data: listWords(facts.data.filter((d) => d.purposes.includes(x.id)).map((d) => dataLabel(d.id))),
      basis: phrase(p.bases, x.basis),
      consent: x.basis === 'consent',
      interest: x.interest ? lowerFirst(sentence(x.interest)) : undefined,
    })),
  };
}

export function sensitiveView({ facts, p, eeaOrUk, applies }: ViewContext) {
  if (facts.sensitive.length === 0) return null;
  return {
    items: facts.sensitive.map((s) => ({
      label: s.label,
      purpose: s.purpose ? sentence(s.purpose) : undefined,
      condition: eeaOrUk && s.gdpr9 ? phrase(p.conditions, s.condition) : undefined,
      infers: applies('ccpa') || applies('us-states') ? s.infers : undefined,
    })),
  };
}
