// California: the CPPA regulations, 11 CCR §7000 et seq. (as amended from 1 Jan 2026), reference §5.
import { ccpaSpi, spiBeyondPermitted as spiUse } from '../../facts/ccpa-spi.js';
import type { PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';
import { adTechNames, collectsOnline, sellsOrShares, spiBeyondPermitted } from './ccpa.js';

const list = (items: string[]): string => items.join(', ');

/** Third parties that receive data for their own purposes (not service providers). */
const thirdParties = (f: PolicyFacts): string[] => [
  ...new Set([...f.services.filter((s) => s.role === 'third-party').map((s) => s.name), ...adTechNames(f)]),
];

const categoriesReceived: Rule = {
  id: 'REG-7011-e1-A',
  law: 'ccpa',
  severity: 'error',
  citation: '11 CCR §7011(e)(1)(A)',
  fix: ['data.categories', 'services.details'],
  check(f) {
    const collected = new Set(f.data.map((d) => d.id));
    const out: string[] = [];
    for (const s of f.services) {
      const extra = s.data.filter((d) => !collected.has(d));
      if (extra.length > 0)
        out.push(`${s.name} receives ${list(extra)}, which you do not list among the data you collect. The policy must list every category collected: add them, or correct what ${s.name} receives.`);
    }
    return out;
  },
};

const soldOrSharedRecipients: Rule = {
  id: 'REG-7011-e1-D/E/F',
  law: 'ccpa',
  severity: 'error',
  citation: '11 CCR §7011(e)(1)(D)–(F)',
  fix: ['services.details', 'sharing.sells', 'sharing.shares'],
  check(f) {
    if (!sellsOrShares(f) || thirdParties(f).length > 0) return null;
    return 'You sell or share personal information, but no service is marked as using data for its own purposes, so the policy cannot say which categories go to which kinds of third parties. Mark the services that buy or receive it.';
  },
};

const noticeAction: Action = {
  id: 'ccpa-notice-at-collection',
  due: 'publish',
  text: 'Show a notice at collection (or a link to the policy\'s notice at collection) next to every form that collects personal information, on the sign-up page, and in the app\'s download page and settings.',
};

const noticeAtCollection: Rule = {
  id: 'REG-7012-c',
  law: 'ccpa',
  severity: 'error',
  citation: '11 CCR §7012(a)–(c)',
  covers: ['REG-7012-e', 'CCPA-100-a-1', 'CCPA-100-a-2'],
  fix: ['ccpa.noticeAtCollection'],
  action: noticeAction,
  check(f) {
    if (f.answers['ccpa.noticeAtCollection'] !== false) return null;
    return 'You do not show a notice where you collect personal information. The CCPA requires one at or before collection: add a short notice or a link to the policy\'s notice at collection next to your forms.';
  },
};

const thirdPartyCollectors: Rule = {
  id: 'REG-7012-g',
  law: 'ccpa',
  severity: 'warning',
  unverified: true,
  citation: '11 CCR §7012(g)',
  fix: ['services.used'],
  check(f) {
    const names = adTechNames(f);
    if (names.length === 0) return null;
    return `Third parties collect data through your product (${list(names)}). Your notice at collection may name them or describe their practices; check the current text of §7012(g).`;
  },
};

const honourGpc: Rule = {
  id: 'REG-7025-b-c1',
  law: 'ccpa',
  severity: 'error',
  citation: '11 CCR §7025(b), (c)(1)–(2)',
  fix: ['cookies.gpc'],
  action: {
    id: 'ccpa-honour-gpc',
    due: 'engineering',
    text: 'Treat Global Privacy Control (the Sec-GPC: 1 header and navigator.globalPrivacyControl) as an opt-out of sale and sharing: suppress ad and marketing tags for that browser and apply it to the account when known.',
  },
  check(f) {
    if (!sellsOrShares(f) || !collectsOnline(f)) return null;
    if (f.cookies.gpc === 'not-yet')
      return 'You sell or share personal information but do not yet honour Global Privacy Control. The CCPA regulations require you to treat it as a valid opt-out.';
    if (f.cookies.gpc === 'not-applicable')
      return 'You answered that GPC does not apply because you neither sell nor share, but you also answered that you sell or share. Correct one of the answers; if you do sell or share, honour GPC.';
    return null;
  },
};

const signalConflicts: Rule = {
  id: 'REG-7025-c3',
  law: 'ccpa',
  severity: 'warning',
  unverified: true,
  citation: '11 CCR §7025(c)(3)',
  fix: ['cookies.gpc', 'sharing.financialIncentive'],
  check(f) {
    if (f.cookies.gpc !== 'honoured' || f.financialIncentive !== true) return null;
    return 'You honour GPC and run a financial incentive. Decide what happens when a GPC signal conflicts with someone\'s participation in the incentive; check the current text of §7025(c)(3).';
  },
};

const authorisedAgents: Rule = {
  id: 'C-21',
  law: 'ccpa',
  severity: 'error',
  citation: '11 CCR §7011(e)(3)(E), (H); §7063',
  covers: ['REG-7011-e3-H'],
  fix: ['rights.agents'],
  check(f) {
    if (f.rights.agents !== false) return null;
    return 'You do not accept requests from authorised agents. Under the CCPA regulations consumers may use an agent, and the policy must explain how an agent makes a request: accept them, with proof of the agent\'s permission.';
  },
};

const sensitiveBeyondPermitted: Rule = {
  id: 'C-12-cpra',
  law: 'ccpa',
  severity: 'warning',
  citation: '11 CCR §7011(e)(1)(K); Cal. Civ. Code §1798.121',
  covers: ['REG-7011-e1-K', 'CCPA-121'],
  fix: ['data.details', 'data.sensitiveDetails'],
  action: { id: 'ccpa-limit-link', due: 'publish', text: 'Add a "Limit the Use of My Sensitive Personal Information" link, or stop using sensitive data beyond providing the service.' },
  check(f) {
    if (!spiBeyondPermitted(f)) return null;
    return 'You use sensitive personal information (precise location or a sensitive category) to infer things about people or for purposes beyond providing the service. The policy will say so, and the CCPA gives people the right to limit it: add the "Limit the Use of My Sensitive Personal Information" link, or stop those uses.';
  },
};

/** The SPI the answers show must be listed as its own category, with the §7011(e)(1)(K) statement. */
const spiStatement: Rule = {
  id: 'C-27',
  law: 'ccpa',
  severity: 'error',
  citation: 'Cal. Civ. Code §1798.140(ae), §1798.100(a)(2); 11 CCR §7011(e)(1)(A), (K)',
  covers: ['REG-7011-SPI', 'CCPA-140-AE'],
  fix: ['ccpa.spiInfers', 'data.sensitiveDetails'],
  check(f) {
    const spi = ccpaSpi(f);
    if (spi.length === 0 || spiUse(f) !== undefined) return null;
    return `You collect sensitive personal information under the CCPA (${list(spi.map((s) => s.term))}). The California section lists it as its own category, but must also say whether you use it to infer characteristics about people or for purposes beyond those allowed by 11 CCR §7027(m), and your answers do not settle that yet. Answer whether you use it that way.`;
  },
};

/** What in the answers triggers a CCPA risk assessment (11 CCR §7150(b)). */
export function riskAssessmentTriggers(f: PolicyFacts): string[] {
  const spi = ccpaSpi(f);
  return [
    ...(sellsOrShares(f) ? ['selling or sharing personal information'] : []),
    ...(spi.length > 0 ? [`processing sensitive personal information (${list(spi.map((s) => s.term))})`] : []),
    ...(f.ai.automatedDecisions === true ? ['using automated decision-making technology for significant decisions'] : []),
  ];
}

const riskAction: Action = {
  id: 'ccpa-risk-assessment',
  due: 'ongoing',
  cadence: 'before each new high-risk use; review every 3 years and within 45 days of a material change',
  text: 'Carry out a CCPA risk assessment (11 CCR §7152: the specific purpose, the categories and minimum data needed, benefits, negative impacts, safeguards, approvers) before starting processing that needs one; finish one for processing begun before 2026 by 31 December 2027, and submit the summary and an executive\'s attestation to the CPPA by 1 April 2028.',
};

const riskAssessment: Rule = {
  id: 'REG-7150',
  law: 'ccpa',
  severity: 'warning',
  citation: '11 CCR §7150(b); §7155(a)–(c); §7157(a)',
  covers: ['C-26', 'REG-7152-7157'],
  fix: ['ccpa.riskAssessmentDate'],
  action: riskAction,
  check(f) {
    const triggers = riskAssessmentTriggers(f);
    if (triggers.length === 0) return null;
    const date = f.answers['ccpa.riskAssessmentDate'];
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
      const due = `${Number(date.slice(0, 4)) + 3}${date.slice(4)}`;
      return due < f.today ? `Your CCPA risk assessment (${date}) is more than 3 years old. Review it: the regulations require a review at least every 3 years (11 CCR §7155(a)).` : null;
    }
    return `Your answers show processing that needs a CCPA risk assessment: ${list(triggers)}. No risk-assessment date is recorded. Processing that has continued since before 2026 must be assessed by 31 December 2027; anything new, before it starts. Carry one out and record its date.`;
  },
};

export const cppaRegsRules: Rule[] = [
  categoriesReceived,
  soldOrSharedRecipients,
  noticeAtCollection,
  thirdPartyCollectors,
  honourGpc,
  signalConflicts,
  authorisedAgents,
  sensitiveBeyondPermitted,
  spiStatement,
  riskAssessment,
];

const GPC_STATUS_FROM = '2026-01-01';

const gpcStatus: Obligation = {
  id: 'REG-7025-c6',
  law: 'ccpa',
  citation: '11 CCR §7025(c)(6)',
  tasks: (f) =>
    sellsOrShares(f) && collectsOnline(f) && f.today >= GPC_STATUS_FROM
      ? [
          {
            id: 'ccpa-gpc-status',
            due: 'engineering',
            text: 'Show on the site whether a visitor\'s GPC signal was processed as an opt-out, e.g. "Opt-Out Request Honored" next to a toggle.',
          },
        ]
      : [],
};

const signalTests: Obligation = {
  id: 'C-11',
  law: 'general',
  citation: '11 CCR §7025(b), (c)(1), (c)(6); Cal. Bus. & Prof. Code §22575(b)(5); FTC Act §5',
  tasks: (f) => [
    ...(f.cookies.gpc === 'honoured'
      ? [{ id: 'test-gpc-handling', due: 'engineering' as const, text: 'Test that a request with Sec-GPC: 1 (and navigator.globalPrivacyControl) turns off sale and sharing tags and is recorded on the account, as the policy promises.' }]
      : []),
    ...(f.cookies.dnt === 'honoured'
      ? [{ id: 'test-dnt-handling', due: 'engineering' as const, text: 'Test that a browser sending DNT: 1 is not tracked, as the policy promises.' }]
      : []),
  ],
};

const contracts: Obligation = {
  id: 'REG-7050-7053',
  law: 'ccpa',
  citation: 'Cal. Civ. Code §1798.100(d); 11 CCR §7050–7053',
  covers: ['CCPA-100-c-d'],
  tasks: (f) =>
    f.services.map((s) => ({
      id: `ccpa-contract-${s.id}`,
      due: 'contracts' as const,
      text:
        s.role === 'third-party'
          ? `Sign a contract with ${s.name} with the CCPA third-party terms (11 CCR §7053): the limited purposes, and that it must honour opt-outs and comply with the CCPA.`
          : `Make sure your contract with ${s.name} has the CCPA service-provider terms (11 CCR §7051); without them it counts as a third party and the disclosure may be a sale or share.`,
    })),
};

const noticeTasks: Obligation = {
  id: 'REG-7012-c',
  law: 'ccpa',
  citation: '11 CCR §7012(a)–(c)',
  tasks: () => [noticeAction],
};

const accessibleNotices: Obligation = {
  id: 'REG-7003',
  law: 'ccpa',
  citation: '11 CCR §7003(a)–(c)',
  tasks: () => [
    {
      id: 'ccpa-accessible-notices',
      due: 'publish',
      text: 'Publish the policy and notices in plain language, in every language you use with customers, and accessible to people with disabilities (follow WCAG 2.1).',
    },
  ],
};

const requestRecords: Obligation = {
  id: 'REG-7101',
  law: 'ccpa',
  citation: '11 CCR §7100–7101',
  tasks: () => [
    {
      id: 'ccpa-request-records',
      due: 'ongoing',
      cadence: 'for every request; keep 24 months',
      text: 'Log every privacy request and your answer, keep the log for at least 24 months, and train the people who handle requests.',
    },
  ],
};

const requestMetrics: Obligation = {
  id: 'REG-7011-e5',
  law: 'ccpa',
  citation: '11 CCR §7011(e)(5); §7102(a)',
  covers: ['REG-7102'],
  tasks: (f) =>
    f.answers['ccpa.largeVolume'] === true
      ? [
          {
            id: 'ccpa-request-metrics',
            due: 'ongoing',
            cadence: 'every year by 1 July',
            text: 'Publish last year\'s request metrics (requests to know, delete, correct and opt out received, complied with and denied, and the median or mean days to answer) in or linked from the policy.',
          },
        ]
      : [],
};

const admt: Obligation = {
  id: 'REG-ADMT',
  law: 'ccpa',
  citation: '11 CCR §7200 et seq.',
  unverified: true,
  tasks: (f) =>
    f.ai.automatedDecisions === true
      ? [
          {
            id: 'ccpa-admt-notice',
            due: 'engineering',
            text: 'For automated decisions with significant effects: build a pre-use notice, an opt-out and an access path by 1 January 2027, and run a risk assessment; check the section numbers of the ADMT regulations.',
          },
        ]
      : [],
};

const riskAssessmentTasks: Obligation = {
  id: 'REG-7150',
  law: 'ccpa',
  citation: '11 CCR §7150(b); §7155; §7157',
  tasks: (f) => (riskAssessmentTriggers(f).length > 0 ? [riskAction] : []),
};

export const cppaRegsObligations: Obligation[] = [gpcStatus, signalTests, contracts, noticeTasks, accessibleNotices, requestRecords, requestMetrics, admt, riskAssessmentTasks];
