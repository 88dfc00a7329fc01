// "Who we share it with": service providers and other recipients, and the sale/share statement.
import type { ServiceFacts } from '../../facts/types.js';
import { safeguardCovers, safeguardFor, type Origin } from '../../facts/transfers.js';
import { phrase } from '../engine.js';
import { countryName, listWords, upperFirst } from '../format.js';
import { markdownLink } from '../markdown-escape.js';
import { known, uniq, type ViewContext } from './context.js';

export const ORIGIN_NAMES: Record<Origin, string> = { eea: 'the EEA', uk: 'the UK', ch: 'Switzerland' };

/**
 * The safeguard for each origin whose law applies, only where the answer really covers that origin's
 * data going to this location (no UK Addendum for EEA data, no DPF outside the US, no "no transfer" abroad).
 */
export function safeguardsOf(c: ViewContext, s: ServiceFacts): { origin: Origin; id: string; label: string }[] {
  return known(
    c.facts.transfers.origins.map((origin) => {
      const id = safeguardFor(s, origin);
      const label = safeguardCovers(s, origin, id) ? phrase(c.p.safeguards, id) : undefined;
      return id && label ? { origin, id, label } : undefined;
    }),
  );
}

/** The table cell: one label when every origin has the same, else "From the EEA: …; from the UK: …". */
export function safeguardCell(c: ViewContext, s: ServiceFacts): string {
  const all = safeguardsOf(c, s);
  const labels = uniq(all.map((x) => x.label));
  if (labels.length === 0) return '—';
  if (labels.length === 1 && all.length === c.facts.transfers.origins.length) return labels[0]!;
  return upperFirst(all.map((x) => `from ${ORIGIN_NAMES[x.origin]}: ${x.label}`).join('; '));
}

export function sharingView(c: ViewContext) {
  const { facts, p, eeaOrUk, purposeLabel, dataLabel, processors, neitherSellsNorShares } = c;
  const serviceRow = (s: ServiceFacts) => ({
    name: s.name,
    purposes: upperFirst(listWords(s.purposes.map(purposeLabel))) || '—',
    data: upperFirst(listWords(s.data.map(dataLabel))) || '—',
    location: s.location ? countryName(s.location) : '—',
    safeguard: safeguardCell(c, s),
    // The name links to the company's own privacy policy, where there is one.
    link: s.policyUrl ? markdownLink(s.name, s.policyUrl) : undefined,
  });
  const byRole = (role: ServiceFacts['role']) => facts.services.filter((s) => s.role === role).map(serviceRow);
  const groups = [
    { kind: 'processor', rows: byRole('processor') },
    { kind: 'third-party', rows: byRole('third-party') },
    { kind: 'unknown', rows: byRole(undefined) },
  ].filter((g) => g.rows.length > 0);
  const others = known(facts.otherRecipients.map((r) => phrase(p.otherRecipients, r)));
  const sells = facts.sells === true;
  const shares = facts.shares === true;
  // No heading without text under it.
  if (groups.length === 0 && others.length === 0 && !neitherSellsNorShares && !sells && !shares) return null;
  return {
    groups,
    showSafeguard: eeaOrUk && facts.transfers.origins.length > 0,
    others,
    otherIds: facts.otherRecipients.filter((r) => phrase(p.otherRecipients, r) !== undefined),
    // The US laws' words "sell" and "share" are explained where a US law applies; elsewhere plain words say the same.
    usTerms: c.applies('ccpa') || c.applies('us-states'),
    allProcessorsSigned: processors.length > 0 && processors.every((s) => s.dpa === 'signed'),
    neitherSellsNorShares,
    sells,
    shares,
  };
}
