// COPPA: 15 U.S.C. §6501–6506 and 16 CFR Part 312 as amended in 2025 (compliance date 22 Apr 2026), reference §7.
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

const discloses = (f: PolicyFacts): boolean => {
  const answer = f.answers['coppa.thirdPartyDisclosure'];
  return answer === 'integral' || answer === 'separate-consent' || answer === 'without-separate-consent';
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

const INDEFINITE = /\b(indefinite(ly)?|forever|permanent(ly)?|no (time )?limit|never delete)/i;

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
  check(f) {
    const forever = f.data.filter((d) => d.retention !== undefined && INDEFINITE.test(d.retention)).map((d) => d.label);
    if (forever.length === 0) return null;
    return `You keep some data indefinitely (${list(forever)}). COPPA forbids keeping children's personal information indefinitely: set a deletion timeframe for each.`;
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
    if (!discloses(f)) return null;
    return 'You disclose children\'s data to third parties. The notice should tell parents they can consent to collection without consenting to that disclosure, unless it is integral to the service; check where the 2025 rule puts this.';
  },
};

export const coppaRules: Rule[] = [trackersForChildren, separateConsent, parentalConsent, noIndefiniteRetention, voiceRecordings, consentWithoutDisclosure];

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
  tasks: (f) => [vpcAction, ...(discloses(f) ? [separateConsentAction] : [])],
};

const parentAccess: Obligation = {
  id: 'COPPA-4-d-6',
  law: 'coppa',
  citation: '16 CFR §312.4(d)',
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
