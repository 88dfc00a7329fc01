// How a declaration is named in the store documents: the same short label the policy's
// "What we collect" uses (the vocabulary label without its examples), or the SDK's name.
import type { PolicyFacts } from '../facts/types.js';
import { shortLabel } from '../render/format.js';
import type { Declaration } from './declarations.js';

export function shortLabelOf(d: Declaration, facts: PolicyFacts): string {
  if (d.kind === 'data') return shortLabel(facts.data.find((x) => x.id === d.id)?.label ?? d.id);
  if (d.kind === 'sensitive') return shortLabel(facts.sensitive.find((x) => x.id === d.id)?.label ?? d.id);
  return `${facts.services.find((s) => s.id === d.id)?.name ?? d.id} crash and performance reports`;
}

/** A purpose id's label as the policy words it. */
export const purposeLabelOf = (id: string, facts: PolicyFacts): string => facts.purposes.find((p) => p.id === id)?.label ?? id;
