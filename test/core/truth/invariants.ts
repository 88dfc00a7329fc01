// What must hold for every policy we write, whatever the answers: each invariant names the law or
// reference row that makes its sentence true or false. A check returns what is wrong, or null.
import type { AuditResult } from '../../../source/core/audit/types.js';
import type { PolicyFacts } from '../../../source/core/facts/types.js';
import { safeguardCovers, safeguardFor } from '../../../source/core/facts/transfers.js';
import { loadPhrases } from '../../../source/core/render/engine.js';
import { loadVocabulary } from '../../../source/core/vocabulary/load.js';
import { glanceDisagreements } from './glance.js';

export interface Outcome {
  facts: PolicyFacts;
  audit: AuditResult;
  /** the policy as written (Markdown, from its title) */
  policy: string;
  checklist: string;
  lastUpdated: string;
}

export interface Invariant {
  id: string;
  citation: string;
  check(o: Outcome): string | null;
}

const applies = (o: Outcome, law: keyof PolicyFacts['laws']) => o.facts.laws[law].applies === true;
const section = (policy: string, heading: string) => {
  const start = policy.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const next = policy.indexOf('\n## ', start + 4);
  return policy.slice(start, next < 0 ? undefined : next);
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const isoOf = (text: string | undefined) => {
  const m = text && /(\d{1,2}) (\w+) (\d{4})/.exec(text);
  return m ? `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
};
const tracking = (o: Outcome) => o.facts.services.some((s) => s.sellingOrSharing === true || s.cookieKind === 'advertising' || s.category === 'advertising');

export const INVARIANTS: Invariant[] = [
  {
    id: 'no-missing-value',
    citation: 'design: a clause appears only when the answers make it true',
    check: ({ policy, checklist }) => {
      const bad = /undefined|\bnull\b|NaN|\[object |function \w*\(/.exec(policy + checklist);
      return bad ? `prints "${bad[0]}"` : null;
    },
  },
  {
    id: 'no-empty-clause',
    citation: 'issue 8: an incomplete answers file wrote "Source: ."',
    check: ({ policy }) => {
      const line = policy.split('\n').find((l) => /\s\.$|:\.|\*\*\s*\*\*|\(\s*\)|\|\s*\|\s*\||, ,|: ;/.test(l) && !l.startsWith('|'));
      return line ? `empty clause: ${line}` : null;
    },
  },
  {
    id: 'safeguard-covers-origin',
    citation: 'GDPR Art. 13(1)(f), 44-46; UK GDPR Art. 45-46, SI 2023/1028 reg. 3; FADP art. 16 (C-37, GDPR-13-1-f-RCPT)',
    check: ({ facts, policy }) => {
      const labels = Object.entries(loadPhrases().safeguards).sort((a, b) => b[1].length - a[1].length);
      for (const s of facts.services) {
        // The service's row in the recipients table and its line in the transfers list.
        const lines = policy.split('\n').filter((l) => l.startsWith(`| ${s.name} |`) || l.startsWith(`- ${s.name} (`));
        for (let text of lines) {
          for (const [id, label] of labels) {
            if (!text.includes(label)) continue;
            text = text.split(label).join('');
            const covered = facts.transfers.origins.some((o) => safeguardFor(s, o) === id && safeguardCovers(s, o, id));
            if (!covered) return `prints "${label}" for ${s.name} (${s.location ?? 'no location'}), which covers none of its data`;
          }
        }
      }
      return null;
    },
  },
  {
    id: 'no-sale-denial-with-ad-tech',
    citation: 'Cal. Civ. Code §1798.140(ad), (ah); 11 CCR §7011(e)(1)(G)',
    check: ({ facts, policy }) =>
      /We do not sell your personal information|We do not sell or share personal information|We do not sell personal data/.test(policy) && facts.services.some((s) => s.sellingOrSharing === true)
        ? `denies selling/sharing while ${facts.services.filter((s) => s.sellingOrSharing).map((s) => s.name).join(', ')} is declared`
        : null,
  },
  {
    id: 'no-opt-out-tracking-on-ios',
    citation: 'Apple App Review Guideline 5.1.2(i); App Tracking Transparency (C-41)',
    check: (o) =>
      o.facts.product.platforms.includes('ios') && tracking(o) && /are on by default/.test(o.policy) && !/In our iOS app, we ask/.test(o.policy)
        ? 'says tracking cookies are on by default for an iOS app with tracking SDKs'
        : null,
  },
  {
    id: 'effective-not-before-change',
    citation: 'Cal. Bus. & Prof. Code §22575(b)(4); GDPR Art. 13(3)',
    check: ({ policy, lastUpdated }) => {
      const effective = isoOf(/\*\*Effective date:\*\* (.+)/.exec(policy)?.[1]);
      return !effective ? 'no effective date' : effective < lastUpdated ? `takes effect ${effective}, before its last change ${lastUpdated}` : null;
    },
  },
  {
    id: 'draft-marked',
    citation: 'issue 8: a policy with open errors must not look publishable',
    check: ({ audit, policy }) => {
      const marked = policy.includes('**Draft, not ready to publish.**');
      return audit.counts.error > 0 && !marked ? `${audit.counts.error} audit errors but no draft notice` : audit.counts.error === 0 && marked ? 'draft notice without audit errors' : null;
    },
  },
  {
    id: 'extension-per-law',
    citation: 'GDPR Art. 12(3); PIPEDA s.8(3)-(4); Cal. Civ. Code §1798.130(a)(2) (C-46)',
    check: (o) => {
      if (/two more months/.test(o.policy) && !(applies(o, 'gdpr') || applies(o, 'uk-gdpr'))) return 'offers the GDPR two-month extension where no GDPR applies';
      if (/In Canada[^:]*:\*\* up to 30 more days/.test(o.policy) && !applies(o, 'pipeda')) return 'Canadian extension without PIPEDA';
      return null;
    },
  },
  {
    id: 'controller-term',
    citation: 'GDPR Art. 4(7); LGPD Art. 5(VI); Va. Code §59.1-575 (PIPEDA and the CCPA do not use the word)',
    check: (o) =>
      /the law calls us the "controller"/.test(o.policy) && !['gdpr', 'uk-gdpr', 'lgpd', 'us-states'].some((law) => applies(o, law as never)) ? 'calls the business a "controller" where no law that applies uses the word' : null,
  },
  {
    id: 'fees-per-law',
    citation: 'GDPR Art. 12(5); Cal. Civ. Code §1798.145(h)(3); PIPEDA s.8(6); CQLR c. P-39.1 s.33; LGPD Art. 18 §5',
    check: (o) => {
      const refuses = /clearly unfounded or excessive[^.]*refuse it/.test(o.policy);
      const allowed = ['gdpr', 'uk-gdpr', 'ccpa', 'us-states'].some((law) => applies(o, law as never));
      if (refuses && !allowed) return 'says a request may be refused as excessive where no law that applies allows it';
      if (/Using your rights is free|fair fee/.test(o.policy)) return 'the old one-size fee sentence';
      if (/In Québec, access is free/.test(o.policy) && !applies(o, 'quebec')) return 'Québec fee rule without Québec law';
      return null;
    },
  },
  {
    id: 'children-clause',
    citation: 'GDPR Art. 8; COPPA 16 CFR §312.2 (issue 8: "from them" meant the adults)',
    check: ({ policy }) => (/do not knowingly collect personal data from them\b/.test(policy) ? 'says it does not collect data from its own users' : null),
  },
  {
    id: 'data-labels-as-answered',
    citation: 'GDPR Art. 5(1)(a), 13(1)(c): the policy names what is collected, not more',
    check: ({ facts, policy }) => {
      const collect = section(policy, 'What we collect') ?? '';
      const v = loadVocabulary();
      for (const d of facts.data) {
        const examples = /\((.*)\)\s*$/.exec(v.dataCategories.find((t) => t.id === d.id)?.label ?? '')?.[1];
        if (examples && collect.includes(`(${examples})`)) return `claims "${examples}" for ${d.id}`;
      }
      return null;
    },
  },
  {
    id: 'glance-agrees',
    citation: 'GDPR Art. 12(1), WP260 rev.01 §35-38 (a layered notice must not differ from the full one); 11 CCR §7003; issue 11',
    check: ({ policy }) => glanceDisagreements(policy),
  },
  {
    id: 'sections-follow-laws',
    citation: 'design: sections for a jurisdiction appear only when that jurisdiction applies',
    check: (o) => {
      const pairs: [string, boolean][] = [
        ['Your rights in California', applies(o, 'ccpa')],
        ['Your rights in the EEA and UK', applies(o, 'gdpr') && applies(o, 'uk-gdpr')],
        ['Your rights in the EEA', applies(o, 'gdpr')],
        ['Your rights in the UK', applies(o, 'uk-gdpr')],
        ['Your rights in Brazil', applies(o, 'lgpd')],
      ];
      const wrong = pairs.find(([heading, law]) => !law && section(o.policy, heading) !== undefined);
      return wrong ? `has "${wrong[0]}" though that law does not apply` : null;
    },
  },
];
