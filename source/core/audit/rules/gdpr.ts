// EU GDPR (Regulation (EU) 2016/679): reference §1.
import { isEeaOrUk } from '../../facts/build-facts.js';
import { isSubprocessor } from '../../facts/subprocessors.js';
import type { PolicyFacts, ServiceFacts } from '../../facts/types.js';
import { COPYABLE, EU_ADEQUATE, ORIGINS, safeguardFor } from '../../facts/transfers.js';
import type { Action, Obligation, Rule } from '../types.js';
import { countryName } from '../../render/format.js';


const CONSENT_COOKIE_PURPOSES = new Set(['analytics', 'advertising', 'personalisation']);

/** A service whose location is a country code outside the EEA and the UK. */
export const outsideEeaUk = (s: ServiceFacts): boolean => !!s.location && /^[A-Za-z]{2}$/.test(s.location) && !isEeaOrUk(s.location);
const isOpen = (f: PolicyFacts, id: string) => f.missing.includes(id) || f.unsure.includes(id);

// The controller's own name, address and email are required answers (the engine's REQUIRED-ANSWER
// finding); what the answers can still get wrong is a representative named without contact details.
const HAS_CONTACT = /@|https?:\/\/|\+?\d[\d\s()-]{6,}|\d+\s+\p{L}/u;

function representativeContact(f: PolicyFacts): string[] {
  const reps: [string, string | undefined][] = [
    ['EU', f.org.establishedInEea ? undefined : f.org.euRepresentative],
    ['UK', f.laws['uk-gdpr'].applies === true && f.org.country !== 'GB' ? f.org.ukRepresentative : undefined],
  ];
  return reps
    .filter(([, rep]) => rep !== undefined && !HAS_CONTACT.test(rep))
    .map(([where, rep]) => `Your ${where} representative is given as "${rep}" with no contact details. The policy must say how to reach them; add their postal address and email.`);
}

function purposesWithoutBasis(f: PolicyFacts): string[] {
  return f.purposes
    .filter((p) => !p.basis && !isOpen(f, `purposes.details.${p.id}.basis`))
    .map((p) => `The GDPR applies to you, but no legal basis is given for "${p.label}". Add the EEA (or UK) to your regions if you serve people there, and choose a basis for each purpose.`);
}

const VAGUE_INTEREST = /^(our |my |the )?(legitimate|business|commercial|company)( business)? (interests?|purposes?|needs?|reasons?)\.?$|^(n\/a|none|-|tbd|various|other)$/i;

function vagueInterests(f: PolicyFacts): string[] {
  return f.purposes
    .filter((p) => p.interest !== undefined && (VAGUE_INTEREST.test(p.interest.trim()) || p.interest.trim().length < 10))
    .map((p) => `For "${p.label}" you rely on legitimate interests but describe the interest only as "${p.interest}". Say in plain words what the interest is, e.g. "keeping accounts safe from fraud".`);
}

function adequacyClaims(f: PolicyFacts): string[] {
  return f.services
    .filter((s) => s.safeguard === 'adequacy' && outsideEeaUk(s) && !EU_ADEQUATE.has(s.location!.toUpperCase()))
    .map((s) =>
      s.location!.toUpperCase() === 'US'
        ? `${s.name} is in the US, where adequacy covers only companies certified under the EU-US Data Privacy Framework. Choose "Data Privacy Framework" if ${s.name} is certified, otherwise standard contractual clauses.`
        : `${s.name} is in ${countryName(s.location!)}, which has no EU adequacy decision. Choose the safeguard you actually use, such as standard contractual clauses.`,
    );
}

function missingCopyRoute(f: PolicyFacts): string | null {
  const relying = f.services.filter((s) => outsideEeaUk(s) && ORIGINS.some((o) => f.transfers.origins.includes(o) && COPYABLE.has(safeguardFor(s, o) ?? '')));
  if (relying.length === 0 || f.transfers.copyHow) return null;
  return `Transfers to ${relying.map((s) => s.name).join(', ')} rely on contractual safeguards, so the policy must say how people can get a copy of them. Say how (for example "email us").`;
}

function dpfOutsideUs(f: PolicyFacts): string[] {
  return f.services
    .filter((s) => s.safeguard === 'dpf' && s.location && s.location.toUpperCase() !== 'US')
    .map((s) => `${s.name} processes data in ${countryName(s.location!)}, but the EU-US Data Privacy Framework covers only recipients in the US. Choose the safeguard that covers ${countryName(s.location!)}.`);
}

function derogations(f: PolicyFacts): string[] {
  return f.services
    .filter((s) => s.safeguard === 'derogation')
    .map((s) => `Transfers to ${s.name} rely on an Art. 49 derogation. Derogations are for occasional transfers only, not for a service you use every day; use standard contractual clauses or the Data Privacy Framework instead.`);
}

function consentNotAsked(f: PolicyFacts): string[] {
  const out: string[] = [];
  const cookieConsent = f.purposes.filter((p) => p.basis === 'consent' && CONSENT_COOKIE_PURPOSES.has(p.id));
  if (cookieConsent.length > 0 && (f.cookies.consent === 'opt-out' || f.cookies.consent === 'none'))
    out.push(
      `You rely on consent for ${cookieConsent.map((p) => `"${p.label}"`).join(', ')}, but your cookies run without asking first. Consent must be given before, by a clear act; ask first or change the basis.`,
    );
  const marketing = f.purposes.find((p) => p.id === 'marketing' && p.basis === 'consent');
  if (marketing && f.marketing.emails === 'everyone')
    out.push('You rely on consent for marketing, but you send marketing to all users by default. Send it only to people who opted in.');
  return out;
}

const childAudience = (f: PolicyFacts) => f.children.audience === 'teens' || f.children.audience === 'mixed' || f.children.audience === 'children';

function childConsent(f: PolicyFacts): string | null {
  if (!f.purposes.some((p) => p.basis === 'consent')) return null;
  const young = childAudience(f) || (f.children.minimumAge !== undefined && f.children.minimumAge < 16);
  return young
    ? 'You rely on consent and people under 16 may use the product. In the EU a child\'s consent counts only from 16 (some countries set 13 to 15); below that age a parent must consent and you must make reasonable efforts to check. Add age checks and parental consent, or raise the minimum age.'
    : null;
}

function euRepresentative(f: PolicyFacts): string | null {
  // with org.country unanswered, whether the business is established in the EU is not known (its own finding asks)
  if (!f.org.country || f.org.establishedInEea || f.org.euRepresentative || f.unsure.includes('org.euRepresentative')) return null;
  return 'You are not established in the EU but offer the product to people there, so you must appoint a representative in the EU in writing and name them in the policy. Appoint one (usually a paid service) and enter their name and contact.';
}

/** GDPR-27 while the country is unanswered: whether a representative is needed depends on it, so ask both, assert neither. */
function euRepresentativeUnknownCountry(f: PolicyFacts): string | null {
  if (f.org.country || f.org.euRepresentative || f.unsure.includes('org.euRepresentative')) return null;
  return 'Where your organisation is established is not answered, so it is not known whether you need a representative in the EU. If you are established outside the EU and offer the product to people there, you must appoint one in writing and name them in the policy. Answer the country, then appoint one if needed.';
}

function noTransportEncryption(f: PolicyFacts): string | null {
  return f.security.measures.length > 0 && !f.security.measures.includes('tls')
    ? 'You did not tick encryption in transit (HTTPS/TLS). Security appropriate to the risk almost always includes it; turn it on, then tick it.'
    : null;
}

function noBreachPlan(f: PolicyFacts): string | null {
  if (f.security.breachProcess !== 'none' && f.security.breachProcess !== 'informal') return null;
  return 'You have no written plan for personal data breaches. You must notify the supervisory authority within 72 hours where feasible and record every breach; write down who decides and how you notify.';
}

function silentChanges(f: PolicyFacts): string | null {
  const direct = f.changes.notify.filter((n) => n !== 'date');
  return f.changes.notify.length > 0 && direct.length === 0
    ? 'You plan to announce policy changes only by updating the date. Before you use data for a new purpose you must tell people directly; add email or an in-product notice.'
    : null;
}

const actions = {
  euRep: { id: 'appoint-eu-representative', due: 'publish', text: 'Appoint a representative in the EU (GDPR Art. 27) and add their name and contact to the policy.' },
  breachPlan: { id: 'write-breach-plan', due: 'engineering', text: 'Write a breach response plan: who decides, how you assess risk, how you notify the authority within 72 hours and tell affected people.' },
  ageGate: { id: 'eu-age-gate', due: 'engineering', text: 'Add an age check and a parental-consent step for users under the EU age of digital consent (16 by default; 13–15 in some countries).' },
} satisfies Record<string, Action>;

const CONTRACT_PURPOSES = new Set(['provide-service', 'account', 'support', 'service-emails']);

/**
 * C-38 / GDPR-6-1-b-B2B (EDPB Guidelines 2/2019 paras 26-27): in a product sold to businesses, the
 * contract is with the customer company, so its employees who use the product are not parties to it.
 */
function contractForEmployees(f: PolicyFacts): string[] {
  if (f.product.audienceType !== 'b2b') return [];
  return f.purposes
    .filter((p) => p.basis === 'contract' && CONTRACT_PURPOSES.has(p.id))
    .map((p) => `You sell to businesses, but give "performance of a contract" as the basis for "${p.label}". Your contract is with the customer company, not with its employees who use the product, so for their data the basis is usually legitimate interests (name the interest, e.g. "providing the service our customer pays for to its staff"). Keep contract only for people who sign up and pay themselves.`);
}

/**
 * C-38 for billing: the company pays, so the person who enters the card or gets the invoice is often its
 * employee, not a party either. A warning, not an error: a sole trader who pays for itself is a party.
 */
function contractForBilling(f: PolicyFacts): string | null {
  if (f.product.audienceType !== 'b2b') return null;
  const billing = f.purposes.find((p) => p.basis === 'contract' && p.id === 'payments');
  return billing
    ? `You sell to businesses, but give "performance of a contract" as the basis for "${billing.label}". The customer company pays, so the person who enters the card or receives the invoice is often its employee and not a party to the contract: for their data the basis is usually legitimate interests (billing the customer) or legal obligation (tax records). Keep contract only if your customers are people who pay for themselves.`
    : null;
}

export const gdprRules: Rule[] = [
  { id: 'C-38-BILLING', law: 'gdpr', severity: 'warning', citation: 'GDPR Art. 6(1)(b); EDPB Guidelines 2/2019 on Art. 6(1)(b), paras 26-27', covers: ['GDPR-6-1-b-B2B'], fix: ['purposes.details'], check: contractForBilling },
  { id: 'C-38', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 6(1)(b); EDPB Guidelines 2/2019 on Art. 6(1)(b), paras 26-27', covers: ['GDPR-6-1-b-B2B'], fix: ['purposes.details'], check: contractForEmployees },
  { id: 'GDPR-13-1-a', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 13(1)(a)', fix: ['org.euRepresentative', 'org.ukRepresentative'], check: representativeContact },
  { id: 'GDPR-13-1-c', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 13(1)(c)', fix: ['audience.regions', 'purposes.details'], check: purposesWithoutBasis },
  { id: 'GDPR-13-1-d', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 13(1)(d)', fix: ['purposes.details'], check: vagueInterests },
  { id: 'GDPR-13-1-f', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 13(1)(f); Art. 45', covers: ['GDPR-45'], fix: ['services.details'], check: adequacyClaims },
  { id: 'GDPR-13-1-f-copy', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 13(1)(f); Art. 46', fix: ['transfers.copyHow'], check: missingCopyRoute },
  { id: 'GDPR-45-DPF', law: 'gdpr', severity: 'error', citation: 'Commission Implementing Decision (EU) 2023/1795', fix: ['services.details'], check: dpfOutsideUs },
  { id: 'GDPR-49', law: 'gdpr', severity: 'warning', citation: 'GDPR Art. 49(1)', fix: ['services.details'], check: derogations },
  {
    id: 'GDPR-12-3',
    law: 'gdpr',
    severity: 'error',
    citation: 'GDPR Art. 12(3)',
    fix: ['rights.responseTime'],
    check: (f) => (f.rights.responseTime === '45-days' ? 'You answer requests within 45 days, but the GDPR allows one month (extendable only for complex requests, with notice). Answer within 30 days.' : null),
  },
  { id: 'GDPR-13-3', law: 'gdpr', severity: 'warning', citation: 'GDPR Art. 13(3)', fix: ['changes.notify'], check: silentChanges },
  { id: 'GDPR-7-3', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 7; Art. 4(11)', covers: ['GDPR-13-2-c'], fix: ['purposes.details', 'cookies.consent', 'marketing.emails'], check: consentNotAsked },
  { id: 'GDPR-8', law: 'gdpr', severity: 'warning', citation: 'GDPR Art. 8(1)', fix: ['audience.children', 'audience.minimumAge', 'purposes.details'], action: actions.ageGate, check: childConsent },
  { id: 'GDPR-27', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 27(1); Art. 13(1)(a)', fix: ['org.euRepresentative'], action: actions.euRep, check: euRepresentative },
  { id: 'GDPR-27-country', law: 'gdpr', severity: 'error', citation: 'GDPR Art. 27(1); Art. 13(1)(a)', covers: ['GDPR-27'], fix: ['org.country', 'org.euRepresentative'], check: euRepresentativeUnknownCountry },
  { id: 'GDPR-32', law: 'gdpr', severity: 'warning', citation: 'GDPR Art. 32', fix: ['security.measures'], check: noTransportEncryption },
  { id: 'GDPR-33', law: 'gdpr', severity: 'warning', citation: 'GDPR Art. 33(1), (5)', fix: ['security.breachProcess'], action: actions.breachPlan, check: noBreachPlan },
];

const processors = (f: PolicyFacts) => f.services.filter((s) => s.role === 'processor');
const highRisk = (f: PolicyFacts) =>
  f.sensitive.some((s) => s.gdpr9) || f.data.some((d) => d.id === 'location-precise') || f.ai.profiling === true || f.ai.automatedDecisions === true || childAudience(f);
const INDIRECT = new Set(['partners', 'public', 'other-users']);

export const gdprObligations: Obligation[] = [
  {
    id: 'GDPR-28',
    law: 'gdpr',
    citation: 'GDPR Art. 28(3)',
    tasks: (f) => [
      ...processors(f)
        .filter((s) => s.dpa !== 'signed')
        .map((s): Action => ({ id: `sign-dpa-${s.id}`, due: 'contracts', text: `Sign or accept ${s.name}'s data processing agreement${s.dpaUrl ? ` (${s.dpaUrl})` : ''}.` })),
      ...(f.product.processorRole === true
        ? [{ id: 'offer-customer-dpa', due: 'contracts', text: 'Offer your business customers a data processing agreement with every term of Art. 28(3): documented instructions (transfers included), confidentiality, security, sub-processor rules, help with requests and breaches, deletion or return at the end, and audits.' } satisfies Action]
        : []),
    ],
  },
  // GDPR-ROLE-DUAL: as processor of customers' data, the business has duties of its own (C-39),
  // one obligation per article so that each task cites its own (they shared "28(2), 28(4), 30(2), 33(2)").
  {
    id: 'GDPR-28-2-4-SUB',
    law: 'gdpr',
    citation: 'GDPR Art. 28(2), 28(4)',
    covers: ['GDPR-ROLE-DUAL', 'GDPR-28-3-PROC', 'C-39'],
    tasks: (f) =>
      f.product.processorRole === true
        ? [{ id: 'subprocessor-list', due: 'contracts', text: `Publish a list of your sub-processors (${f.services.filter(isSubprocessor).map((s) => s.name).join(', ') || 'the services that handle customer data'}) and a way for customers to subscribe to changes; tell them before you add or replace one, so they can object (Art. 28(2), (4)).` }]
        : [],
  },
  {
    id: 'GDPR-30-2',
    law: 'gdpr',
    citation: 'GDPR Art. 30(2)',
    tasks: (f) =>
      f.product.processorRole === true
        ? [{ id: 'processor-records', due: 'ongoing', cadence: 'every 12 months', text: 'Keep a record of the processing you do for each customer as a processor: the customer, the categories of processing, transfers and security measures (Art. 30(2)).' }]
        : [],
  },
  {
    id: 'GDPR-33-2-PROC',
    law: 'gdpr',
    citation: 'GDPR Art. 33(2); Art. 28(3)(f)',
    tasks: (f) =>
      f.product.processorRole === true
        ? [{ id: 'processor-breach-notice', due: 'engineering', text: 'Notify the affected business customers without undue delay when you become aware of a breach of their data, and put that deadline in your DPA; notifying the authority and the people affected is their decision (Art. 33(2)).' }]
        : [],
  },
  {
    // the policy's employer note (GDPR-6-1-b-B2B) relies on legitimate interests: Art. 13(1)(d), 6(1)(f) need the assessment behind it
    id: 'GDPR-6-1-b-B2B',
    law: 'gdpr',
    citation: 'GDPR Art. 6(1)(b), (f); EDPB Guidelines 2/2019 on Art. 6(1)(b), paras 26-27',
    tasks: (f) =>
      f.product.audienceType === 'both' && f.purposes.some((p) => p.basis === 'contract')
        ? [{ id: 'lia-employer-users', due: 'publish', text: 'Write down a legitimate interests assessment for people who use the product through their employer\'s account: the contract is with the employer, so the policy gives legitimate interests, not contract, as the basis for their data.' }]
        : [],
  },
  {
    id: 'GDPR-30',
    law: 'gdpr',
    citation: 'GDPR Art. 30(1)',
    tasks: () => [{ id: 'records-of-processing', due: 'ongoing', cadence: 'every 12 months, and when you add a purpose or service', text: 'Keep a record of processing activities: purposes, data, recipients, transfers, retention and security. Generate it from these answers and keep it current.' }],
  },
  {
    id: 'GDPR-33',
    law: 'gdpr',
    citation: 'GDPR Art. 33(1), (5); Art. 34',
    covers: ['GDPR-34'],
    tasks: () => [{ id: 'breach-log', due: 'ongoing', cadence: 'for every breach', text: 'Record every personal data breach in a breach log; notify the supervisory authority within 72 hours unless it is unlikely to harm anyone, and tell affected people when the risk is high.' }],
  },
  {
    id: 'GDPR-35',
    law: 'gdpr',
    citation: 'GDPR Art. 35',
    tasks: (f) => (highRisk(f) ? [{ id: 'dpia', due: 'publish', text: 'Carry out a data protection impact assessment (DPIA) before launch: you process sensitive or location data, profile people, make automated decisions or serve children.' }] : []),
  },
  {
    id: 'GDPR-46',
    law: 'gdpr',
    citation: 'GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914',
    covers: ['GDPR-44'],
    tasks: (f) =>
      f.services
        .filter((s) => outsideEeaUk(s) && s.safeguard === 'scc')
        .map((s) => ({ id: `transfer-assessment-${s.id}`, due: 'contracts', text: `Check that the 2021 standard contractual clauses are in ${s.name}'s contract and document a transfer impact assessment for ${countryName(s.location!)}.` })),
  },
  {
    id: 'GDPR-15',
    law: 'gdpr',
    citation: 'GDPR Art. 12(2)–(3); Art. 15–20',
    covers: ['GDPR-12-2', 'GDPR-16', 'GDPR-17', 'GDPR-18', 'GDPR-19', 'GDPR-20'],
    tasks: () => [
      { id: 'rights-request-workflow', due: 'engineering', text: 'Set up a way to log privacy requests and track the one-month deadline; answer electronically when the request came that way.' },
      { id: 'rights-data-export', due: 'engineering', text: 'Build an export of a person\'s data in a machine-readable format (JSON or CSV) for access and portability requests.' },
      { id: 'rights-deletion-pipeline', due: 'engineering', text: 'Make deletion and correction reach your backups and your service providers, and let people restrict processing of their data.' },
    ],
  },
  {
    id: 'GDPR-13-2-c',
    law: 'gdpr',
    citation: 'GDPR Art. 7(1), (3); Art. 13(2)(c)',
    tasks: (f) =>
      f.purposes.some((p) => p.basis === 'consent')
        ? [{ id: 'consent-records', due: 'engineering', text: 'Record each consent (who, when, what they were told) and let people withdraw it as easily as they gave it.' }]
        : [],
  },
  {
    id: 'GDPR-22',
    law: 'gdpr',
    citation: 'GDPR Art. 22(3)',
    tasks: (f) =>
      f.ai.automatedDecisions === true
        ? [{ id: 'human-review-automated-decisions', due: 'engineering', text: 'Let people ask for a person to review an automated decision, give their view and contest it.' }]
        : [],
  },
  {
    id: 'GDPR-14-3',
    law: 'gdpr',
    citation: 'GDPR Art. 14(3)',
    covers: ['GDPR-14-1', 'GDPR-14-2'],
    tasks: (f) =>
      // People who are not users and get only the public notice (Art. 14(5)(b)) have the GDPR-14-5 task instead.
      f.data.some((d) => d.sources.some((s) => INDIRECT.has(s)) && !(d.id === 'non-users' && f.nonUsers.notice === 'public-only')) ||
      (f.data.some((d) => d.id === 'non-users') && f.nonUsers.notice !== 'public-only')
        ? [{ id: 'notify-indirect-data-subjects', due: 'engineering', text: 'When you get data about someone from another source (other users, partners, public sources), tell them within a month, or at your first message to them, what you hold and where it came from.' }]
        : [],
  },
  {
    id: 'GDPR-26',
    law: 'gdpr',
    citation: 'GDPR Art. 26(1)–(2)',
    tasks: (f) =>
      f.services
        .filter((s) => s.role === 'third-party')
        .map((s) => ({ id: `check-joint-control-${s.id}`, due: 'contracts', text: `Check whether you and ${s.name} jointly decide why and how data is collected (e.g. a pixel or social plugin). If so, sign a joint-controller arrangement and summarise it in the policy.` })),
  },
];
