// CCPA sensitive personal information (Cal. Civ. Code §1798.140(ae)) as the answers describe it,
// shared by the audit and the California section so that the two can never disagree.
import type { PolicyFacts } from './types.js';

/** One kind of SPI the business collects, named with the statute's term. */
export interface SpiItem {
  id: string;
  term: string;
  /** a data category (data.categories) or a sensitive category (data.sensitive) */
  from: 'data' | 'sensitive';
}

/** Purposes beyond the uses of sensitive personal information listed in 11 CCR §7027(m). */
export const BEYOND_7027M = ['advertising', 'personalisation', 'marketing', 'ai-training', 'research'];

/** Every kind of SPI collected, data categories first, in answer order. */
export function ccpaSpi(f: PolicyFacts): SpiItem[] {
  return [
    ...f.data.filter((d) => d.ccpaSpi).map((d) => ({ id: d.id, term: d.ccpaSpi!, from: 'data' as const })),
    ...f.sensitive.filter((s) => s.cpraSpi).map((s) => ({ id: s.id, term: s.ccpaSpi ?? s.label, from: 'sensitive' as const })),
  ];
}

/** SPI data categories used for a purpose beyond §7027(m). */
const dataBeyond = (f: PolicyFacts) => f.data.filter((d) => d.ccpaSpi && d.purposes.some((p) => BEYOND_7027M.includes(p)));

/**
 * Whether SPI is used to infer characteristics or for purposes beyond §7027(m) (11 CCR §7011(e)(1)(K)):
 * true, false, or undefined when an answer needed to say so is open.
 */
export function spiBeyondPermitted(f: PolicyFacts): boolean | undefined {
  const sensitive = f.sensitive.filter((s) => s.cpraSpi);
  const data = f.data.filter((d) => d.ccpaSpi);
  const infersData = f.answers['ccpa.spiInfers'];
  if (sensitive.some((s) => s.infers === true) || dataBeyond(f).length > 0 || (data.length > 0 && infersData === true)) return true;
  if (sensitive.some((s) => s.infers !== false)) return undefined;
  if (data.length > 0 && infersData !== false) return undefined;
  return false;
}
