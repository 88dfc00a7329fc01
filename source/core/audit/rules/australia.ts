// Australia: Privacy Act 1988 (Cth), Australian Privacy Principles: reference §11.
import type { PolicyFacts } from '../../facts/types.js';
import type { Obligation, Rule } from '../types.js';

function noComplaintsProcess(f: PolicyFacts): string | null {
  return f.rights.complaints === false
    ? 'Australia\'s APP 1.4(e) requires the policy to say how people can complain to you about a privacy breach and how you handle complaints. Set up a complaints process, then answer yes.'
    : null;
}

function marketingOptOut(f: PolicyFacts): string | null {
  if (f.marketing.emails === undefined || f.marketing.emails === 'none' || f.marketing.optOut.includes('unsubscribe-link')) return null;
  return 'Direct marketing to people in Australia must offer a simple way to opt out in every message, and the Spam Act requires a working unsubscribe facility. Add an unsubscribe link.';
}

function childrensCode(f: PolicyFacts): string | null {
  return f.children.audience === 'teens' || f.children.audience === 'mixed' || f.children.audience === 'children'
    ? 'Australia is preparing a Children\'s Online Privacy Code for services likely to be used by children. Watch for its registration and check what it requires of you.'
    : null;
}

const overseas = (f: PolicyFacts) => f.services.filter((s) => !!s.location && /^[A-Za-z]{2}$/.test(s.location) && s.location.toUpperCase() !== 'AU');

export const australiaRules: Rule[] = [
  { id: 'APP-1.4', law: 'australia', severity: 'error', citation: 'APP 1.4(e)', fix: ['rights.complaints'], check: noComplaintsProcess },
  { id: 'APP-7', law: 'australia', severity: 'error', citation: 'APP 7.3; Spam Act 2003 (Cth) s.18', fix: ['marketing.optOut'], check: marketingOptOut },
  { id: 'APP-CHILD', law: 'australia', severity: 'warning', unverified: true, citation: "Children's Online Privacy Code (Privacy and Other Legislation Amendment Act 2024)", fix: ['audience.children'], check: childrensCode },
];

export const australiaObligations: Obligation[] = [
  {
    id: 'APP-1.3',
    law: 'australia',
    citation: 'APP 1.3',
    tasks: () => [{ id: 'review-privacy-policy', due: 'ongoing', cadence: 'every 12 months', text: 'Review the privacy policy against what the product actually does and regenerate it, so that it stays up to date.' }],
  },
  {
    id: 'APP-5',
    law: 'australia',
    citation: 'APP 5.2',
    tasks: () => [{ id: 'collection-notice', due: 'engineering', text: 'Show a short collection notice where you collect personal information (e.g. at sign-up): who you are, why you collect it, who you disclose it to, overseas disclosure, and a link to the policy.' }],
  },
  {
    id: 'APP-8',
    law: 'australia',
    citation: 'APP 8.1; Privacy Act 1988 (Cth) s.16C',
    tasks: (f) =>
      overseas(f).map((s) => ({ id: `overseas-recipient-contract-${s.id}`, due: 'contracts', text: `Make sure ${s.name}'s contract obliges it to handle personal information of Australians in line with the APPs; you remain accountable for what it does.` })),
  },
  {
    id: 'APP-NDB',
    law: 'australia',
    citation: 'Privacy Act 1988 (Cth) Part IIIC',
    tasks: () => [{ id: 'breach-assess-30-days', due: 'ongoing', cadence: 'for every suspected breach', text: 'Assess a suspected data breach within 30 days; if it is an eligible data breach, notify the OAIC and the people affected as soon as practicable.' }],
  },
  {
    id: 'APP-1.7-1.9',
    law: 'australia',
    citation: 'APP 1.7–1.9 (from 10 Dec 2026)',
    tasks: (f) =>
      f.ai.automatedDecisions === true || f.ai.profiling === true
        ? [{ id: 'automated-decision-inventory', due: 'publish', text: 'List the programs that make, or substantially help make, decisions that could significantly affect people, the personal information they use and the kinds of decisions; the policy must describe them from 10 December 2026.' }]
        : [],
  },
];
