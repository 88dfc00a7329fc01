// "Privacy at a glance": a few lines at the top of the policy, each summarising one section and
// linking to it (GDPR Art. 12(1) and WP260 rev.01 §35-38 on layered notices; 11 CCR §7003 plain
// language). Every line is built from the view of the section it links to, never from the
// answers directly, so the summary cannot say anything its section does not.
import { phrase } from '../engine.js';
import { joinWords, lowerFirst } from '../format.js';
import { known, uniq, type ViewContext } from './context.js';
import type { collectView } from './what-we-collect.js';
import type { usesView } from './how-we-use.js';
import type { sharingView } from './sharing.js';
import type { rightsView } from './rights.js';
import type { contactView } from './changes-contact.js';

/** The sections a glance line can summarise, as the policy view built them. */
export interface GlanceSources {
  collect: ReturnType<typeof collectView>;
  uses: ReturnType<typeof usesView>;
  sharing: ReturnType<typeof sharingView>;
  rights: ReturnType<typeof rightsView>;
  contact: ReturnType<typeof contactView>;
  /** the headings of the sections for a country's law, in policy order, present only when they apply */
  regional: { name: string; heading: string }[];
}

/** The sale/share line: "none" (both denied and true), the sales and shares that happen, or nothing when open. */
export type GlanceSale = { kind: 'none'; usTerms: boolean } | { kind: 'some'; sells: boolean; shares: boolean; usTerms: boolean };

export function glanceView(c: ViewContext, s: GlanceSources) {
  const { p, applies } = c;
  const usTerms = applies('ccpa') || applies('us-states');
  const groups = s.sharing?.groups ?? [];
  const names = (kind: string) => joinWords(groups.find((g) => g.kind === kind)?.rows.map((r) => r.name) ?? []);
  const sharing = s.sharing;
  const sale: GlanceSale | undefined = !sharing
    ? undefined
    : sharing.neitherSellsNorShares
      ? { kind: 'none', usTerms }
      : sharing.sells || sharing.shares
        ? { kind: 'some', sells: sharing.sells, shares: sharing.shares, usTerms }
        : undefined;
  return {
    collect: s.collect ? joinWords(s.collect.items.map((d) => lowerFirst(d.label))) : undefined,
    // Short words for each use (phrases.yaml purposesShort), the label itself for a use without them.
    why: s.uses ? joinWords(uniq(s.uses.items.map((u) => phrase(p.purposesShort, u.id) ?? lowerFirst(u.label)))) : undefined,
    recipients: sharing
      ? {
          processors: names('processor'),
          thirdParties: names('third-party'),
          unknown: names('unknown'),
          others: joinWords(known(sharing.otherIds.map((id) => phrase(p.recipientsShort, id)))),
        }
      : undefined,
    sale,
    rights: s.rights.glance,
    regional: s.regional,
    contact: s.contact.email ? { email: s.contact.email } : s.contact.form ? { form: s.contact.form } : undefined,
  };
}

export type GlanceView = ReturnType<typeof glanceView>;
