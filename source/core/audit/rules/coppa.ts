// COPPA: 15 U.S.C. §6501–6506 and 16 CFR Part 312 as amended in 2025 (compliance date 22 Apr 2026), reference §7.
import { isIndefinite } from '../../facts/retention.js';
import type { PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';

const list = (items: string[]): string => items.join(', ');

/** Service categories whose SDKs track or profile users. */
const TRACKING_CATEGORIES = ['advertising', 'analytics', 'product-analytics', 'session-replay'];

/** Advertising and analytics SDKs, declared or detected, in a product for children. */
function trackingSdks(f: PolicyFacts): string[] {
  const declared = f.services.filter((s) => s.sellingOrSharing === true || TRACKING_CATEGORIES.includes(s.category ?? '')).map((s) => s.name);
  const detected = f.detected
    .filter((d) => !f.dismissed.includes(d.id) && (d.sellingOrSharing === true || TRACKING_CATEGORIES.includes(d.category ?? '')))
    .map((d) => d.name);
  return [...new Set([...declared, ...detected])];
}

/** Children's data goes to third parties in a way that is not integral to the service (§312.5(a)(2) needs separate consent). */
const disclosesNotIntegral = (f: PolicyFacts): boolean => {
  const answer = f.answers['coppa.thirdPartyDisclosure'];
  return answer === 'separate-consent' || answer === 'without-separate-consent';
};

/** The data categories collected from children: the coppa.childData answer, or every category while it is open. */
export const childDataOf = (f: PolicyFacts) => {
  const answer = f.answers['coppa.childData'];
  return Array.isArray(answer) ? f.data.filter((d) => answer.includes(d.id)) : f.data;
};

const vpcAction: Action = {
  id: 'coppa-parental-consent',
  due: 'engineering',
  text: 'Build verifiable parental consent (e.g. card transaction, signed form, call, ID check) before collecting children\'s personal data.',
};

const separateConsentAction: Action = {
  id: 'coppa-separate-disclosure-consent',
  due: 'engineering',
  text: 'Add a separate parental consent for disclosing children\'s data to third parties, apart from the consent to collect and use it.',
};


const trackersForChildren: Rule = {
  id: 'C-16',
  law: 'coppa',
  severity: 'error',
  citation: '16 CFR §312.5(a)(2); 16 CFR §312.4(d)',
  fix: ['services.used', 'cookies.kinds', 'coppa.thirdPartyDisclosure'],
  action: {
    id: 'coppa-remove-tracking',
    due: 'engineering',
    text: 'Remove behavioural advertising and analytics SDKs from the parts of the product used by children, or get separate verifiable parental consent and name them in the children\'s notices.',
  },
  check(f) {
    const out: string[] = [];
    const sdks = trackingSdks(f);
    if (sdks.length > 0)
      out.push(`The product is for children but uses advertising or analytics services (${list(sdks)}). COPPA needs verifiable parental consent for these, a separate consent for disclosure to third parties, and the children's notice must name them. Remove them from the children's experience or get that consent.`);
    if (f.cookies.kinds.includes('advertising'))
      out.push('The product is for children but uses advertising or cross-site tracking cookies. Behavioural advertising to children needs separate verifiable parental consent under COPPA; remove them or get that consent.');
    return out;
  },
};

const separateConsent: Rule = {
  id: 'COPPA-5',
  law: 'coppa',
  severity: 'error',
  citation: '16 CFR §312.5(a)(2)',
  fix: ['coppa.thirdPartyDisclosure'],
  action: separateConsentAction,
  check(f) {
    if (f.answers['coppa.thirdPartyDisclosure'] !== 'without-separate-consent') return null;
    return 'You disclose children\'s personal data to third parties under the same consent as collection. Since 2025 COPPA requires a separate parental consent for that disclosure unless it is integral to the service.';
  },
};

const parentalConsent: Rule = {
  id: 'COPPA-5-vpc',
  law: 'coppa',
  severity: 'error',
  citation: '16 CFR §312.5(a)(1)',
  fix: ['coppa.consentMethod'],
  action: vpcAction,
  check(f) {
    if (f.answers['coppa.consentMethod'] !== 'none') return null;
    return 'You do not ask parents for consent. COPPA requires verifiable parental consent before you collect, use or disclose a child\'s personal information; choose a method and build it.';
  },
};

const noIndefiniteRetention: Rule = {
  id: 'COPPA-10',
  law: 'coppa',
  severity: 'error',
  citation: '16 CFR §312.10',
  fix: ['data.details'],
  covers: ['C-36'],
  check(f) {
    const forever = childDataOf(f).filter((d) => d.retention !== undefined && isIndefinite(d.retention));
    if (forever.length === 0) return null;
    return `You keep some children's data with no deletion timeframe (${list(forever.map((d) => `${d.label}: "${d.retention}"`))}). "Until the parent deletes it" or "while the account exists" is indefinite retention, which COPPA forbids: keep it only as long as reasonably necessary and set a timeframe, e.g. "deleted after 12 months without use".`;
  },
};

const voiceRecordings: Rule = {
  id: 'COPPA-4-d-4',
  law: 'coppa',
  severity: 'warning',
  unverified: true,
  citation: '16 CFR §312.4(d)',
  fix: ['data.categories'],
  check(f) {
    if (!f.data.some((d) => d.id === 'audio-visual')) return null;
    return 'You collect audio or video. If you collect a child\'s voice only to answer a request without parental consent, the notice should say how it is used and that it is deleted right after; check the 2025 text of §312.4(d).';
  },
};

const consentWithoutDisclosure: Rule = {
  id: 'COPPA-4-d-5',
  law: 'coppa',
  severity: 'warning',
  unverified: true,
  citation: '16 CFR §312.4(d)',
  fix: ['coppa.thirdPartyDisclosure'],
  check(f) {
    if (!disclosesNotIntegral(f)) return null;
    return 'You disclose children\'s data to third parties where it is not integral to the service. The direct notice to parents must tell them they can consent to collection and use without consenting to that disclosure (16 CFR §312.4(c)(1)(iv)).';
  },
};

/** §312.2: a provider of internal operations may use children's data for nothing else; an ad or tracking SDK is a third party. */
const internalOperationsProviders: Rule = {
  id: 'C-35',
  law: 'coppa',
  severity: 'error',
  citation: '16 CFR §312.2 ("third party", "support for the internal operations"); §312.4(d)(2)–(3)',
  covers: ['COPPA-2-3P'],
  fix: ['services.details', 'coppa.thirdPartyDisclosure', 'coppa.thirdParties'],
  check(f) {
    const out: string[] = [];
    const children = new Set(childDataOf(f).map((d) => d.id));
    const tracking = f.services.filter(
      (s) => s.role === 'processor' && s.data.some((d) => children.has(d)) && (s.sellingOrSharing === true || s.category === 'advertising' || s.purposes.includes('advertising')),
    );
    for (const s of tracking)
      out.push(`${s.name} is marked as working only for you, but it is used for advertising or uses the data for its own purposes. Under COPPA a provider of internal operations may not use children's data for anything else, including behavioural advertising or profiling: ${s.name} is a third party. Mark it as one and name it in the children's notice, or remove it.`);
    const named = typeof f.answers['coppa.thirdParties'] === 'string' ? (f.answers['coppa.thirdParties'] as string).toLowerCase() : '';
    const providers = f.services.filter((s) => s.role === 'processor' && !tracking.includes(s) && [s.name, s.id, s.name.replace(/\s*\(.*\)$/, '')].some((n) => named.includes(n.toLowerCase())));
    if (providers.length > 0)
      out.push(`You list ${list(providers.map((s) => s.name))} as third parties that receive children's data, but you marked ${providers.length === 1 ? 'it' : 'them'} as service providers. If they only support your internal operations (hosting, crash reports, security) and use the data for nothing else, COPPA does not count them as third parties: answer "No" to the third-party question (the notice lists them as service providers).`);
    return out;
  },
};

export const coppaRules: Rule[] = [internalOperationsProviders, trackersForChildren, separateConsent, parentalConsent, noIndefiniteRetention, voiceRecordings, consentWithoutDisclosure];

const task = (id: string, due: Action['due'], text: string, cadence?: string): Action => (cadence ? { id, due, text, cadence } : { id, due, text });

const ageScreen: Obligation = {
  id: 'COPPA-APPLY',
  law: 'coppa',
  citation: '16 CFR §312.2–312.3',
  tasks: (f) =>
    f.children.audience === 'mixed'
      ? [task('coppa-age-screen', 'engineering', 'Ask users\' age in a neutral way (no default age, no hint that a younger age blocks access) and treat under-13s under COPPA.')]
      : [],
};

const noticeLinks: Obligation = {
  id: 'COPPA-4-d-PLACE',
  law: 'coppa',
  citation: '16 CFR §312.4(d)',
  tasks: () => [
    task('coppa-notice-links', 'publish', 'Link the children\'s privacy notice prominently from the home or landing screen and from every place where children\'s data is collected.'),
  ],
};

const directNotice: Obligation = {
  id: 'COPPA-4-c',
  law: 'coppa',
  citation: '16 CFR §312.4(b)–(c)',
  tasks: () => [
    task('coppa-direct-notice', 'publish', 'Send parents a direct notice before collecting their child\'s data: what you collect, the third parties or their categories and purposes, how to consent, and a link to the online notice.'),
  ],
};

const consentFlows: Obligation = {
  id: 'COPPA-5',
  law: 'coppa',
  citation: '16 CFR §312.5(a)',
  tasks: (f) => [vpcAction, ...(disclosesNotIntegral(f) ? [separateConsentAction] : [])],
};

const parentAccess: Obligation = {
  id: 'COPPA-4-d-6',
  law: 'coppa',
  // the parent's rights are §312.6(a); the notice says how to use them (§312.4(d)(5))
  citation: '16 CFR §312.6(a); §312.4(d)(5)',
  covers: ['COPPA-6'],
  tasks: () => [task('coppa-parent-review', 'engineering', 'Let parents see and delete their child\'s data and refuse further collection, and describe how in the notice.')],
};

const securityProgram: Obligation = {
  id: 'COPPA-8',
  law: 'coppa',
  citation: '16 CFR §312.8',
  tasks: () => [
    task('coppa-security-program', 'engineering', 'Write and run an information security program for children\'s data (a responsible person, yearly risk assessment, safeguards, testing).'),
    task('coppa-third-party-assurances', 'contracts', 'Get written assurances from every service that receives children\'s data that it keeps the data secure.'),
  ],
};

const retentionPolicy: Obligation = {
  id: 'COPPA-10',
  law: 'coppa',
  citation: '16 CFR §312.10',
  tasks: () => [
    task('coppa-retention-policy', 'publish', 'Write a retention policy for children\'s data (purposes, business need, deletion timeframe) and publish it in the children\'s notice.'),
    task('coppa-deletion-jobs', 'engineering', 'Delete children\'s data automatically when its retention period ends.'),
  ],
};

const minimiseCollection: Obligation = {
  id: 'COPPA-7',
  law: 'coppa',
  citation: '16 CFR §312.7',
  tasks: () => [task('coppa-minimise-collection', 'engineering', 'Check that no game, prize or feature asks a child for more personal data than it needs.')],
};

const internalOperations: Obligation = {
  id: 'COPPA-4-d-3',
  law: 'coppa',
  citation: '16 CFR §312.4(d); §312.5(c)(7)',
  tasks: (f) =>
    f.cookies.kinds.includes('analytics') || trackingSdks(f).length > 0
      ? [
          task(
            'coppa-internal-operations',
            'publish',
            'If you collect persistent identifiers from children without consent to support internal operations, list those operations in the notice and the measures that stop the identifiers being used to contact a child or for behavioural advertising.',
          ),
        ]
      : [],
};

export const coppaObligations: Obligation[] = [
  ageScreen,
  noticeLinks,
  directNotice,
  consentFlows,
  parentAccess,
  securityProgram,
  retentionPolicy,
  minimiseCollection,
  internalOperations,
];
