// What must hold for every policy we write, whatever the answers: each invariant names the law or
// reference row that makes its sentence true or false. A check returns what is wrong, or null.
import type { AuditResult } from '../../../source/core/audit/types.js';
import type { PolicyFacts } from '../../../source/core/facts/types.js';
import { ownRecipient, safeguardCovers, safeguardFor } from '../../../source/core/facts/transfers.js';
import { regionName } from '../../../source/core/render/region-names.js';
import { loadPhrases } from '../../../source/core/render/engine.js';
import { loadVocabulary } from '../../../source/core/vocabulary/load.js';
import { glanceDisagreements } from './glance.js';
import { DRAFT_TITLE } from '../../../source/core/render/draft.js';

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
      const marked = policy.includes(`**${DRAFT_TITLE}**`);
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

// Clauses for facts added in issue 8 (breach notice, own locations, self-hosted, people who are not
// users, Google data): each is printed only when, and as, the answers say.
const OWN_WHAT: Record<string, string> = { servers: 'servers that store personal data', office: 'an office whose staff access personal data', 'remote-staff': 'staff who work from there and access personal data' };

INVARIANTS.push(
  {
    id: 'breach-notice-as-answered',
    citation: 'GDPR Art. 33(1), 34(1); reference GDPR-33-34-PP, C-45 (no promise beyond the plan; 72 hours is the authority\'s deadline)',
    check: ({ facts, policy }) => {
      const protect = section(policy, 'How we protect it') ?? '';
      const { breachProcess, breachNotice, breachNoticeHours } = facts.security;
      // The breach sentence lives in "How we protect it", which needs the security measures answered.
      const committed = breachProcess === 'written' && breachNotice !== undefined && protect !== '';
      const hours = /within (\d+) hours? of confirming/.exec(protect)?.[1];
      if (hours !== undefined && (!committed || Number(hours) !== breachNoticeHours)) return `promises to tell people within ${hours} hours; answered ${String(breachNoticeHours)} (${String(breachNotice)})`;
      if (committed && breachNoticeHours !== undefined && hours === undefined) return `drops the ${breachNoticeHours}-hour commitment`;
      if (/whatever the risk/.test(protect) !== (committed && breachNotice === 'all-affected')) return 'says "whatever the risk" against the answer';
      if (/\b72 hours\b/.test(policy) && breachNoticeHours !== 72) return 'prints the authority\'s 72 hours as a promise to users';
      if (/written plan for handling data breaches/.test(policy) && breachProcess !== 'written') return 'claims a written breach plan';
      return null;
    },
  },
  {
    id: 'own-locations-as-answered',
    citation: 'GDPR Art. 13(1)(f), 44-46; EDPB Guidelines 05/2021; APP 1.4(f)-(g); Québec s.8',
    check: ({ facts, policy }) => {
      const where = section(policy, 'Where we process your data') ?? '';
      const block = where.split('**Our own teams and servers in other countries:**')[1];
      if ((block !== undefined) !== (facts.transfers.own.length > 0)) return `own-locations block ${block ? 'printed without' : 'missing for'} answered countries`;
      if (!block) return null;
      const phrases = loadPhrases().safeguards;
      for (const o of facts.transfers.own) {
        const name = regionName(o.country) ?? o.country;
        const line = block.split('\n').find((l) => l.startsWith('- ') && l.toLowerCase().includes(name.toLowerCase()));
        if (!line) return `no line for ${o.country}`;
        if (o.what && !line.includes(OWN_WHAT[o.what]!)) return `${o.country}: what is there is not "${o.what}"`;
        if (/part of our own company/.test(line) !== (o.entity === 'same')) return `${o.country}: "own company" against entity ${String(o.entity)}`;
        for (const m of line.matchAll(/For data from ([^:]+): ([^.]+)\./g)) {
          const origin = ({ 'the EEA': 'eea', 'the UK': 'uk', Switzerland: 'ch' } as const)[m[1] as 'the EEA'];
          const id = Object.entries(phrases).find(([, label]) => label === m[2])?.[0];
          if (!origin || !facts.transfers.origins.includes(origin) || !safeguardCovers(ownRecipient(o), origin, id) || safeguardFor(ownRecipient(o), origin) !== id) return `${o.country}: prints "${m[2]}" for data from ${m[1]}, which it does not cover`;
        }
      }
      return null;
    },
  },
  {
    id: 'self-hosted-as-answered',
    citation: 'GDPR Art. 4(7), 13(1)(c), 14(1)(d); EDPB Guidelines 07/2020 (reference GDPR-ROLE-DUAL)',
    check: ({ facts, policy }) => {
      const heading = [...policy.matchAll(/^## Self-hosted .+$/gm)];
      const offered = facts.product.selfHosted === 'also' || facts.product.selfHosted === 'only';
      if ((heading.length > 0) !== offered) return `self-hosted section ${offered ? 'missing' : 'printed'} for selfHosted=${String(facts.product.selfHosted)}`;
      if (!offered) return null;
      const sent = facts.product.selfHostedData;
      const contents = sent.includes('errors') || sent.includes('support') || sent.length === 0;
      if (/self-hosted instance stays with the organisation that runs it and does not reach us/.test(policy) && contents && !(sent.length === 1 && sent[0] === 'nothing')) return `says instance data never reaches us, against ${JSON.stringify(sent)}`;
      const nothing = /does not send us any data/.test(policy);
      if (nothing !== (sent.length === 1 && sent[0] === 'nothing')) return `"sends nothing" against ${JSON.stringify(sent)}`;
      const bullets: Record<string, RegExp> = { licence: /^- Licence checks/m, updates: /^- Update checks/m, telemetry: /^- Usage statistics/m, errors: /^- Error reports from the instance/m, support: /^- What the organisation running the instance sends/m };
      for (const [id, pattern] of Object.entries(bullets)) if (pattern.test(policy) !== sent.includes(id)) return `lists "${id}" against the answer`;
      return null;
    },
  },
  {
    id: 'non-users-as-answered',
    citation: 'GDPR Art. 14(1)(c)-(d), 14(2)(f), 14(3), 14(5)(b)',
    check: ({ facts, policy }) => {
      const text = section(policy, 'Data about people who are not our users');
      const holds = facts.data.some((d) => d.id === 'non-users') && facts.nonUsers.kinds.length > 0;
      if ((text !== undefined) !== holds) return `section ${holds ? 'missing' : 'printed'} for the answers`;
      if (!text) return null;
      const notices: [RegExp, string][] = [[/our first message to you/, 'first-message'], [/within a month of receiving/, 'within-month'], [/This section is how we tell you/, 'public-only']];
      for (const [pattern, id] of notices) if (pattern.test(text) !== (facts.nonUsers.notice === id)) return `notice sentence "${id}" against answer ${String(facts.nonUsers.notice)}`;
      if (/Legal basis/.test(text) && !(applies({ facts } as Outcome, 'gdpr') || applies({ facts } as Outcome, 'uk-gdpr'))) return 'states a GDPR basis where the GDPR does not apply';
      return null;
    },
  },
  {
    id: 'google-limited-use',
    citation: 'Google API Services User Data Policy, Limited Use (reference GOOGLE-API-LU, C-43)',
    check: ({ facts, policy }) => {
      const { data, uses } = facts.google;
      const statement = /will adhere to the \[Google API Services User Data Policy\]/.test(policy);
      const allowed = data.length > 0 && uses.length > 0 && uses.every((u) => u === 'features');
      if (statement !== allowed) return `Limited Use statement ${statement ? 'printed' : 'missing'} for data ${JSON.stringify(data)}, uses ${JSON.stringify(uses)}`;
      if (/We do not use it for advertising/.test(policy) && uses.includes('advertising')) return 'denies advertising use the answers declare';
      if ((section(policy, 'Data from your Google account') !== undefined) !== (data.length > 0)) return 'Google data section against the answer';
      return null;
    },
  },
);
