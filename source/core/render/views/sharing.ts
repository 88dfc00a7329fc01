// "Who we share it with": service providers and other recipients, and the sale/share statement.
import type { ServiceFacts } from '../../facts/types.js';
import { phrase } from '../engine.js';
import { countryName, listWords, upperFirst } from '../format.js';
import { markdownLink } from '../markdown-escape.js';
import { isOutside, known, type ViewContext } from './context.js';

/** The safeguard printed for one service; "none" claims the data stays in the EEA/UK, so only when the location agrees. */
export function safeguardOf(c: ViewContext, s: ServiceFacts): string | undefined {
  return s.safeguard === 'none' && isOutside(s) ? undefined : phrase(c.p.safeguards, s.safeguard);
}

export function sharingView(c: ViewContext) {
  const { facts, p, eeaOrUk, purposeLabel, dataLabel, processors, neitherSellsNorShares } = c;
  const serviceRow = (s: ServiceFacts) => ({
    name: s.name,
    purposes: upperFirst(listWords(s.purposes.map(purposeLabel))) || '—',
    data: upperFirst(listWords(s.data.map(dataLabel))) || '—',
    location: s.location ? countryName(s.location) : '—',
    safeguard: safeguardOf(c, s) ?? '—',
    policy: s.policyUrl ? markdownLink('Privacy policy', s.policyUrl) : '—',
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
    showSafeguard: eeaOrUk,
    others,
    allProcessorsSigned: processors.length > 0 && processors.every((s) => s.dpa === 'signed'),
    neitherSellsNorShares,
    sells,
    shares,
  };
}
