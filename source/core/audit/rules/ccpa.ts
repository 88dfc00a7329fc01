// California: the CCPA as amended by the CPRA (Cal. Civ. Code §1798.100 et seq.), reference §4.
import { adTech, deniesSaleAndSharing } from '../../facts/ad-tech.js';
import { spiBeyondPermitted as spiUse } from '../../facts/ccpa-spi.js';
import type { PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';

/** The answers say the business sells or shares personal information. */
export const sellsOrShares = (f: PolicyFacts): boolean => f.sells === true || f.shares === true;

/** The product collects data through a website, web app, app or extension (not only an API). */
export const collectsOnline = (f: PolicyFacts): boolean =>
  f.product.kinds.some((k) => ['website', 'webapp', 'mobile', 'extension', 'desktop'].includes(k));

/** The product has a website of its own (marketing site or web app). */
export const hasWebsite = (f: PolicyFacts): boolean => f.product.kinds.some((k) => k === 'website' || k === 'webapp');

/** The audience includes people under 16 that the business knows of. */
export const hasMinors = (f: PolicyFacts): boolean =>
  f.children.audience === 'teens' || f.children.audience === 'mixed' || f.children.audience === 'children' || f.children.knowsUnder16 === true;

/** Services, declared or detected, that the catalog says usually mean selling or sharing. */
export const adTechNames = (f: PolicyFacts): string[] => adTech(f).map((a) => a.name);

/** Sensitive personal information is used to infer characteristics or for purposes beyond §7027(m). */
export const spiBeyondPermitted = (f: PolicyFacts): boolean => spiUse(f) === true;

/** The date one year after an ISO date (YYYY-MM-DD), as an ISO date. */
export function oneYearAfter(iso: string): string {
  const year = Number(iso.slice(0, 4));
  return `${year + 1}${iso.slice(4, 10)}`;
}

const list = (items: string[]): string => items.join(', ');

const dnssLink: Action = {
  id: 'ccpa-dnss-link',
  due: 'publish',
  text: 'Add a "Do Not Sell or Share My Personal Information" link to your homepage footer and app settings, leading straight to the opt-out; do not require an account to opt out.',
};

const retentionPerCategory: Rule = {
  id: 'CCPA-100-a-3',
  law: 'ccpa',
  severity: 'error',
  citation: 'Cal. Civ. Code §1798.100(a)(3)',
  fix: ['data.details'],
  check(f) {
    const open = f.data.filter((d) => d.retention === undefined).map((d) => d.label);
    if (open.length === 0) return null;
    return `The CCPA requires you to say how long you keep each category of personal information, or how you decide: ${list(open)}. Give a period or the criteria for each.`;
  },
};

const requestMethods: Rule = {
  id: 'C-08',
  law: 'ccpa',
  severity: 'error',
  citation: 'Cal. Civ. Code §1798.130(a)(1)',
  covers: ['CCPA-130-a-1'],
  fix: ['org.tollFree', 'rights.methods', 'ccpa.onlineOnly', 'org.contactForm'],
  check(f) {
    const out: string[] = [];
    const onlineOnly = f.answers['ccpa.onlineOnly'] === true;
    const phone = !!f.org.tollFree || f.rights.methods.includes('phone');
    if (!onlineOnly && !phone)
      out.push('You have no toll-free number for privacy requests. The CCPA requires one unless you operate only online and deal with consumers directly: add a number, or answer that you operate only online.');
    if (onlineOnly && !f.rights.methods.includes('email'))
      out.push('You operate only online, so an email address is enough for requests, but you do not offer email. Add email as a request method.');
    if (!onlineOnly && f.rights.methods.length < 2)
      out.push('The CCPA requires two or more ways to make requests to know, delete and correct. Add another method, such as a web form or email.');
    if (hasWebsite(f) && !f.rights.methods.some((m) => m === 'web-form' || m === 'in-app') && !f.org.contactForm)
      out.push('You have a website, so the CCPA requires it to accept requests. Add a request form or in-product settings.');
    return out;
  },
};

/** "Ad tech receives X" for a finding: the SDK and the data categories it receives. */
export function adTechReceives(f: PolicyFacts, label: (id: string) => string = (id) => f.data.find((d) => d.id === id)?.label ?? id): string {
  return adTech(f).map((a) => (a.data.length > 0 ? `${a.name}, which receives ${a.data.map((id) => label(id).replace(/\s*\(.*\)$/, '').toLowerCase()).join(', ')}` : a.name)).join('; ');
}

const notSellingButAdTech: Rule = {
  id: 'C-01',
  law: 'ccpa',
  severity: 'error',
  citation: 'Cal. Civ. Code §1798.140(ad), (ah); 11 CCR §7011(e)(1)(D)',
  fix: ['sharing.sells', 'sharing.shares', 'services.used', 'cookies.kinds'],
  action: { id: 'ccpa-review-sale-sharing', due: 'publish', text: 'Decide whether your advertising tags and SDKs sell or share personal information; if they do, answer yes and add the opt-out link and GPC handling.' },
  check(f) {
    if (!deniesSaleAndSharing(f)) return null;
    const out: string[] = [];
    if (adTech(f).length > 0)
      out.push(`You answered that you neither sell nor share personal information, but you use ${adTechReceives(f)}. An advertising network that receives device identifiers, activity or inferences to target or measure ads is very likely a "third party": that is sharing for cross-context behavioural advertising, and a sale if you get anything of value for it, such as ad revenue. The policy cannot say "we do not sell or share" while they are there. Answer yes, or show that each one is contracted as a service provider and does not use the data for cross-context ads.`);
    if (f.cookies.kinds.includes('advertising'))
      out.push('You use advertising or cross-site tracking cookies but answered that you do not share personal information. Under the CCPA, giving data to ad networks for cross-context behavioural advertising is sharing.');
    return out;
  },
};

const optOutMethod: Rule = {
  id: 'CCPA-135',
  law: 'ccpa',
  severity: 'error',
  citation: 'Cal. Civ. Code §1798.135(a)–(b); 11 CCR §7025(e)–(f)',
  covers: ['REG-7025-e-f'],
  fix: ['ccpa.optOutMethod', 'cookies.gpc'],
  action: dnssLink,
  check(f) {
    if (!sellsOrShares(f)) return null;
    const method = f.answers['ccpa.optOutMethod'];
    if (method === 'not-yet')
      return 'You sell or share personal information but have no way for people to opt out yet. Add a "Do Not Sell or Share My Personal Information" link, or honour Global Privacy Control without extra steps.';
    if (method === 'frictionless' && f.cookies.gpc !== 'honoured')
      return 'You chose to skip the opt-out links by honouring opt-out signals without friction, but you do not honour Global Privacy Control. Honour GPC, or add the links.';
    return null;
  },
};

const annualReview: Rule = {
  id: 'C-14',
  law: 'ccpa',
  severity: 'error',
  citation: 'Cal. Civ. Code §1798.130(a)(5); 11 CCR §7011(e)(4)',
  covers: ['REG-7011-e4'],
  fix: ['policy.effectiveDate'],
  check(f) {
    if (!f.effectiveDate || !/^\d{4}-\d{2}-\d{2}/.test(f.effectiveDate)) return null;
    if (oneYearAfter(f.effectiveDate) >= f.today) return null;
    return `The policy's date (${f.effectiveDate}) is more than 12 months old. The CCPA requires you to review and update the policy at least once every 12 months: review it and set a new date.`;
  },
};

const financialIncentiveNotice: Rule = {
  id: 'C-20',
  law: 'ccpa',
  severity: 'error',
  citation: 'Cal. Civ. Code §1798.125(b); 11 CCR §7016',
  covers: ['CCPA-125', 'REG-7016'],
  fix: ['ccpa.incentiveNotice', 'sharing.financialIncentive'],
  action: {
    id: 'ccpa-financial-incentive-notice',
    due: 'publish',
    text: 'Write a Notice of Financial Incentive (summary, terms, how to opt in and withdraw, and a good-faith estimate of the value of the data with your method) and show it before people opt in.',
  },
  check(f) {
    if (f.financialIncentive !== true || typeof f.answers['ccpa.incentiveNotice'] === 'string') return null;
    return 'You offer a benefit in exchange for personal data, so the CCPA requires a Notice of Financial Incentive, including why the offer is reasonably related to the value of the data. Write it and give its address.';
  },
};

const reasonableSecurity: Rule = {
  id: 'CCPA-100-e',
  law: 'ccpa',
  severity: 'warning',
  citation: 'Cal. Civ. Code §1798.100(e); §1798.150',
  fix: ['security.measures'],
  action: { id: 'ccpa-encrypt-at-rest', due: 'engineering', text: 'Encrypt personal information at rest: a breach of unencrypted data lets Californians sue you directly.' },
  check(f) {
    if (f.security.measures.length === 0 || f.security.measures.includes('at-rest')) return null;
    return 'Personal data is not encrypted at rest. Under the CCPA, a breach of unencrypted personal information gives each affected Californian a right to sue; add encryption at rest.';
  },
};

/** The policy describes the last 12 months only when the answers say practices were the same. */
const last12Months: Rule = {
  id: 'CCPA-130-a-5-12m',
  law: 'ccpa',
  severity: 'warning',
  citation: 'Cal. Civ. Code §1798.130(a)(5)(B); 11 CCR §7011(e)(1)(A)',
  fix: ['ccpa.sameLast12Months', 'data.categories'],
  check(f) {
    if (f.answers['ccpa.sameLast12Months'] !== false) return null;
    return 'The CCPA asks the policy to list the categories of personal information you collected in the last 12 months. You said your practices changed in that time: add the categories you no longer collect to your answers (with a retention period), so that the policy lists them too.';
  },
};

/** The CCPA threshold answers, when the question was answered with a list. */
const thresholdAnswer = (f: PolicyFacts): string[] | undefined => {
  const t = f.answers['audience.ccpaThresholds'];
  return Array.isArray(t) ? t : undefined;
};

/** Threshold (B) counts personal information bought, sold or shared, not merely collected. */
const volumeWithoutSale: Rule = {
  id: 'CCPA-APPLY',
  law: 'ccpa',
  // Not an error: a business may buy the personal information of 100,000 Californians without selling or sharing it.
  severity: 'warning',
  citation: 'Cal. Civ. Code §1798.140(d)(1)(B)',
  fix: ['audience.ccpaThresholds', 'sharing.sells', 'sharing.shares'],
  check(f) {
    if (!thresholdAnswer(f)?.includes('volume') || f.sells !== false || f.shares !== false) return null;
    return 'You answered that you buy, sell or share the personal information of 100,000 or more California consumers or households a year, and also that you neither sell nor share personal information. Only personal information you buy, sell or share counts towards that test; collecting or receiving it does not. Unless you buy it, untick that threshold (the CCPA then applies only through the revenue tests), or correct the selling and sharing answers.';
  },
};

/** Sharing with ad tech counts towards threshold (B), even when the business does not think of itself as large. */
const adTechBelowVolume: Rule = {
  id: 'C-28',
  law: 'general',
  severity: 'warning',
  citation: 'Cal. Civ. Code §1798.140(d)(1)(B), (ah)',
  covers: ['CCPA-APPLY'],
  fix: ['audience.ccpaThresholds'],
  check(f) {
    const t = thresholdAnswer(f);
    if (!f.regions.includes('california') || t === undefined || t.includes('volume')) return null;
    const names = adTechNames(f);
    if (names.length === 0 && f.shares !== true && f.sells !== true) return null;
    const how = names.length > 0 ? `Advertising services (${list(names)}) receive data from your California users` : 'You sell or share personal information';
    return `${how}, but you did not pick the test of buying, selling or sharing the personal information of 100,000 or more California consumers or households a year. Every Californian whose device identifiers or activity go to an advertising partner for cross-context behavioural advertising counts towards it. If that reaches 100,000 consumers or households a year, pick that threshold: the CCPA applies.`;
  },
};

export const ccpaRules: Rule[] = [
  volumeWithoutSale,
  adTechBelowVolume,
  last12Months,
  retentionPerCategory,
  requestMethods,
  notSellingButAdTech,
  optOutMethod,
  annualReview,
  financialIncentiveNotice,
  reasonableSecurity,
];

const optOutTasks: Obligation = {
  id: 'CCPA-135',
  law: 'ccpa',
  citation: 'Cal. Civ. Code §1798.120, §1798.135; 11 CCR §7013, §7026(f)',
  covers: ['REG-7013', 'REG-7026'],
  tasks: (f) =>
    sellsOrShares(f)
      ? [
          dnssLink,
          {
            id: 'ccpa-optout-propagation',
            due: 'engineering',
            text: 'Stop selling or sharing within 15 business days of an opt-out, tell the third parties you sold or shared to, and wait 12 months before asking the person to opt back in.',
          },
        ]
      : [],
};

const limitTasks: Obligation = {
  id: 'CCPA-121',
  law: 'ccpa',
  citation: 'Cal. Civ. Code §1798.121, §1798.135(a)(2); 11 CCR §7014, §7027(m)',
  covers: ['REG-7014-7015', 'REG-7027'],
  tasks: (f) =>
    spiBeyondPermitted(f)
      ? [
          {
            id: 'ccpa-limit-link',
            due: 'publish',
            text: 'Add a "Limit the Use of My Sensitive Personal Information" link (or one "Your Privacy Choices" link for both opt-outs) and stop the uses beyond 11 CCR §7027(m) for people who use it.',
          },
        ]
      : [],
};

const under16Tasks: Obligation = {
  id: 'CCPA-120',
  law: 'ccpa',
  citation: 'Cal. Civ. Code §1798.120(c); 11 CCR §7070–7072',
  covers: ['REG-7070-7072', 'REG-7011-e3-I'],
  tasks: (f) =>
    sellsOrShares(f) && hasMinors(f)
      ? [
          {
            id: 'ccpa-under16-opt-in',
            due: 'engineering',
            text: 'Do not sell or share data of users you know are under 16 unless they opt in (a parent opts in for under-13s); build the opt-in flow and describe it in the policy.',
          },
        ]
      : [],
};

const requestTasks: Obligation = {
  id: 'CCPA-130-a-2',
  law: 'ccpa',
  citation: 'Cal. Civ. Code §1798.105–.115, §1798.130(a)(2); 11 CCR §7021',
  covers: ['CCPA-105', 'CCPA-106', 'CCPA-110', 'CCPA-115'],
  tasks: () => [
    {
      id: 'ccpa-request-workflow',
      due: 'engineering',
      text: 'Handle requests to know, delete and correct: confirm receipt within 10 business days, answer within 45 days (one 45-day extension with notice), free of charge, and pass deletions on to your service providers and to third parties you sold or shared with.',
    },
  ],
};

const reviewTasks: Obligation = {
  id: 'CCPA-130-a-5',
  law: 'ccpa',
  citation: 'Cal. Civ. Code §1798.130(a)(5)',
  tasks: () => [
    {
      id: 'ccpa-annual-policy-review',
      due: 'ongoing',
      cadence: 'every 12 months',
      text: 'Review the privacy policy against what the product really does, re-run privacy-wizard and publish it with a new date.',
    },
  ],
};

export const ccpaObligations: Obligation[] = [optOutTasks, limitTasks, under16Tasks, requestTasks, reviewTasks];
