// India: Digital Personal Data Protection Act 2023 and DPDP Rules 2025: reference §13.
import type { PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';

function noContactPerson(f: PolicyFacts): string | null {
  return f.org.privacyOfficer
    ? null
    : 'India\'s DPDP Act requires you to publish the contact of your data protection officer, or of a person who can answer questions about personal data, and to run a grievance process. Name the person or role.';
}

function children(f: PolicyFacts): string | null {
  const young = f.children.audience === 'teens' || f.children.audience === 'mixed' || f.children.audience === 'children' || (f.children.minimumAge !== undefined && f.children.minimumAge < 18);
  if (!young) return null;
  const tracking = f.shares === true || f.ai.profiling === true || f.cookies.kinds.includes('advertising');
  return `People under 18 may use the product, and India treats them as children: you need verifiable consent from a parent${tracking ? ', and you must not track, profile or target ads at them' : ''}. Add parental consent for Indian users under 18, or raise the minimum age.`;
}

const grievance: Action = { id: 'grievance-redressal', due: 'engineering', text: 'Set up grievance redressal for India: a published contact, a way to raise a grievance, and answers within the prescribed time.' };
const abroad = (f: PolicyFacts) => f.services.some((s) => !!s.location && /^[A-Za-z]{2}$/.test(s.location) && s.location.toUpperCase() !== 'IN');

export const indiaRules: Rule[] = [
  { id: 'DPDP-8-9', law: 'dpdp', severity: 'error', citation: 'DPDP Act s.8(9)–(10); DPDP Rules 2025 r.9', fix: ['org.privacyOfficer'], action: grievance, check: noContactPerson },
  { id: 'DPDP-9', law: 'dpdp', severity: 'warning', citation: 'DPDP Act s.9; DPDP Rules 2025 r.10', fix: ['audience.children', 'audience.minimumAge'], check: children },
];

export const indiaObligations: Obligation[] = [
  {
    id: 'DPDP-5-1',
    law: 'dpdp',
    citation: 'DPDP Act s.5(1); DPDP Rules 2025 r.3',
    covers: ['DPDP-R3', 'DPDP-TIMING'],
    tasks: () => [{ id: 'dpdp-consent-notice', due: 'engineering', text: 'Show a stand-alone notice with each consent request in India: the data itemised, the purposes, a link to withdraw consent as easily as it was given, to use rights and to complain to the Data Protection Board (required from about May 2027).' }],
  },
  {
    id: 'DPDP-5-2-3',
    law: 'dpdp',
    citation: 'DPDP Act s.5(2)–(3)',
    tasks: () => [{ id: 'dpdp-notice-languages', due: 'publish', text: 'Offer the notice in English or, at the person\'s choice, a language of the Eighth Schedule; send it to users whose consent predates the Act.' }],
  },
  { id: 'DPDP-8-9-grievance', law: 'dpdp', citation: 'DPDP Act s.8(10)', covers: ['DPDP-8-9'], tasks: () => [grievance] },
  {
    id: 'DPDP-8-6',
    law: 'dpdp',
    citation: 'DPDP Act s.8(6); DPDP Rules 2025 r.7',
    tasks: () => [{ id: 'breach-notify-dpb', due: 'ongoing', cadence: 'for every breach', text: 'Tell the Data Protection Board and each affected person about a personal data breach; send the Board a detailed report within 72 hours.' }],
  },
  {
    id: 'DPDP-16',
    law: 'dpdp',
    citation: 'DPDP Act s.16',
    tasks: (f) => (abroad(f) ? [{ id: 'dpdp-transfer-restrictions', due: 'ongoing', cadence: 'every 12 months', text: 'Check that none of the countries your service providers use is on the Indian government\'s restricted list.' }] : []),
  },
];
