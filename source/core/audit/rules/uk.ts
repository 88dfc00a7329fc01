// UK GDPR, Data Protection Act 2018, Data (Use and Access) Act 2025: reference §2.
// PECR's cookie and marketing rules sit with their EU twins in eprivacy.ts.
import type { PolicyFacts } from '../../facts/types.js';
import { safeguardCovers } from '../../facts/transfers.js';
import { NOT_SURE } from '../../questions/types.js';
import type { Action, Obligation, Rule } from '../types.js';
import { countryName } from '../../render/format.js';

const under18Audience = (f: PolicyFacts) => f.children.audience === 'teens' || f.children.audience === 'mixed' || f.children.audience === 'children';

function ukRepresentative(f: PolicyFacts): string | null {
  if (!f.org.country || f.org.country === 'GB' || f.org.ukRepresentative || f.unsure.includes('org.ukRepresentative')) return null;
  return 'You are not established in the UK but offer the product to people there, so you must appoint a UK representative (separate from any EU one) and name them in the policy. Appoint one and enter their name and contact.';
}

function ukChildConsent(f: PolicyFacts): string | null {
  if (!f.purposes.some((p) => p.basis === 'consent')) return null;
  const young = f.children.audience === 'mixed' || f.children.audience === 'children' || (f.children.minimumAge !== undefined && f.children.minimumAge < 13);
  return young
    ? 'You rely on consent and children under 13 may use the product. In the UK a parent must consent for under-13s; add an age check and a parental-consent step, or raise the minimum age to 13.'
    : null;
}

function childrensCodeDefaults(f: PolicyFacts): string | null {
  if (!under18Audience(f)) return null;
  const on = [f.ai.profiling === true ? 'profiling' : '', f.data.some((d) => d.id === 'location-precise') ? 'precise location' : ''].filter(Boolean);
  return on.length > 0
    ? `Under-18s in the UK are likely to use the product, and it uses ${on.join(' and ')}. The Children's Code expects these to be off by default for children; switch them off until a child turns them on.`
    : null;
}

/** UK data sent abroad on a tool that does not cover it (C-37; UK-XFER, UK-XFER-IDTA, UK-XFER-DPF). */
function ukTransferTool(f: PolicyFacts): string[] {
  return f.services.flatMap((s) => {
    const id = s.ukSafeguard;
    if (id === undefined || id === NOT_SURE || safeguardCovers(s, 'uk', id)) return [];
    const where = s.location ? countryName(s.location) : 'an unknown country';
    if (id === 'uk-extension')
      return [s.location?.toUpperCase() !== 'US'
        ? `${s.name} processes data in ${where}, but the UK Extension to the Data Privacy Framework covers only recipients in the US. Choose the safeguard that covers UK data going to ${where}.`
        : `You rely on the UK Extension to the Data Privacy Framework for ${s.name}, but ${s.entity ?? s.name} is not certified under the Data Privacy Framework. Use the UK IDTA or the UK Addendum instead.`];
    if (id === 'uk-adequacy') return [`${s.name} is in ${where}, which UK adequacy regulations do not cover. Choose the safeguard you actually use for UK data, such as the UK IDTA or the UK Addendum.`];
    if (id === 'none') return [`${s.name} processes data in ${where}, outside the UK, the EEA and Switzerland, but you answered that UK data is not transferred. Choose the safeguard you use for UK data.`];
    return [`The safeguard you chose for UK data going to ${s.name} does not cover a transfer to ${where}. Choose one that does.`];
  });
}

function noComplaintsProcess(f: PolicyFacts): string | null {
  return f.rights.complaints === false
    ? 'UK law (from 19 June 2026) requires you to take privacy complaints yourself: make it easy to complain (e.g. an online form), acknowledge within 30 days and tell the person the outcome. Set this up, then answer yes.'
    : null;
}

function duuaWording(f: PolicyFacts): string | null {
  const li = f.purposes.some((p) => p.basis === 'legitimate-interests');
  return li || f.ai.automatedDecisions === true
    ? 'The Data (Use and Access) Act 2025 changes the UK rules on legitimate interests and automated decisions. Check the UK wording of those parts of your policy against the current ICO guidance.'
    : null;
}

const actions = {
  ukRep: { id: 'appoint-uk-representative', due: 'publish', text: 'Appoint a representative in the UK (UK GDPR Art. 27) and add their name and contact to the policy.' },
  complaints: { id: 'set-up-complaints-process', due: 'engineering', text: 'Add a way to send you a privacy complaint (e.g. an online form), acknowledge it within 30 days and reply with the outcome.' },
  ukAge: { id: 'uk-age-gate', due: 'engineering', text: 'Add an age check and a parental-consent step for UK users under 13.' },
} satisfies Record<string, Action>;

export const ukRules: Rule[] = [
  { id: 'UK-27', law: 'uk-gdpr', severity: 'error', citation: 'UK GDPR Art. 27', fix: ['org.ukRepresentative'], action: actions.ukRep, check: ukRepresentative },
  { id: 'UK-8', law: 'uk-gdpr', severity: 'warning', citation: 'DPA 2018 s.9; UK GDPR Art. 8', fix: ['audience.children', 'audience.minimumAge', 'purposes.details'], action: actions.ukAge, check: ukChildConsent },
  { id: 'UK-AADC', law: 'uk-gdpr', severity: 'warning', citation: 'ICO Age Appropriate Design Code, standards 7, 10 and 12', fix: ['ai.profiling', 'data.categories'], check: childrensCodeDefaults },
  { id: 'UK-XFER', law: 'uk-gdpr', severity: 'error', citation: 'UK GDPR Art. 45-46; DPA 2018 s.119A; SI 2023/1028 reg. 3', covers: ['UK-XFER-IDTA', 'UK-XFER-DPF', 'C-37'], fix: ['services.details'], check: ukTransferTool },
  { id: 'UK-DUAA-COMPLAINT', law: 'uk-gdpr', severity: 'error', citation: 'DPA 2018 s.164A (inserted by DUAA 2025 s.103)', fix: ['rights.complaints'], action: actions.complaints, check: noComplaintsProcess },
  { id: 'UK-DUAA-GEN', law: 'uk-gdpr', severity: 'warning', unverified: true, citation: 'Data (Use and Access) Act 2025', fix: ['purposes.details', 'ai.automatedDecisions'], check: duuaWording },
];

export const ukObligations: Obligation[] = [
  {
    id: 'UK-FEE',
    law: 'uk-gdpr',
    citation: 'Data Protection (Charges and Information) Regulations 2018',
    tasks: (f) => (f.org.country === 'GB' ? [{ id: 'ico-data-protection-fee', due: 'ongoing', cadence: 'every 12 months', text: 'Pay the ICO data protection fee, unless you are exempt.' }] : []),
  },
  {
    id: 'UK-AADC-tasks',
    law: 'uk-gdpr',
    citation: 'ICO Age Appropriate Design Code, standards 4 and 7',
    covers: ['UK-AADC'],
    tasks: (f) =>
      under18Audience(f)
        ? [{ id: 'childrens-code-review', due: 'publish', text: 'Write a short child-friendly version of the privacy information and set high-privacy defaults for under-18s (UK Children\'s Code).' }]
        : [],
  },
  {
    id: 'UK-XFER-dpf',
    law: 'uk-gdpr',
    citation: 'Data Protection (Adequacy) (United States of America) Regulations 2023 (UK Extension to the DPF)',
    covers: ['UK-XFER'],
    tasks: (f) =>
      f.services
        .filter((s) => s.ukSafeguard === 'uk-extension' && s.location?.toUpperCase() === 'US')
        .map((s) => ({ id: `check-uk-extension-${s.id}`, due: 'contracts', text: `Check on the DPF List (dataprivacyframework.gov) that ${s.name} participates in the UK Extension; if not, use the UK IDTA or the UK Addendum for UK data.` })),
  },
  {
    id: 'UK-DUAA-COMPLAINT-handling',
    law: 'uk-gdpr',
    citation: 'DPA 2018 s.164A (inserted by DUAA 2025 s.103)',
    covers: ['UK-DUAA-COMPLAINT'],
    tasks: () => [{ id: 'acknowledge-complaints', due: 'ongoing', cadence: 'for every complaint', text: 'Acknowledge each privacy complaint within 30 days and reply without undue delay with the outcome.' }],
  },
];
