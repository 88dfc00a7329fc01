// Other US state comprehensive privacy laws (VA, CO, CT, UT, TX, OR and others), reference §8.
import type { PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';
import { STATE_LAWS, stateLaw, type StateLaw } from '../../facts/us-state-laws.js';
import { adTech, deniesSaleAndSharing } from '../../facts/ad-tech.js';
import { adTechReceives, collectsOnline, hasMinors, sellsOrShares } from './ccpa.js';

const list = (items: string[]): string => items.join(', ');
const inState = (f: PolicyFacts, ...states: string[]): string[] => states.filter((s) => f.usStates.includes(s));

const codesWhere = (pred: (law: StateLaw) => boolean) => STATE_LAWS.filter(pred).map((l) => l.code);
/** States whose law requires an appeal process (Utah has none). */
const APPEAL_STATES = codesWhere((l) => l.appeal);
/** States that require honouring universal opt-out mechanisms, per the reference: verified, and not verified. */
const UOOM_VERIFIED = codesWhere((l) => l.uoom === 'verified');
const UOOM_UNVERIFIED = codesWhere((l) => l.uoom === 'unverified');
/** States that require opt-in consent for sensitive data (Utah and Iowa: notice and opt-out; Maryland: strictly necessary only). */
const SENSITIVE_OPT_IN = codesWhere((l) => l.sensitive === 'opt-in');
const names = (codes: string[]) => codes.map((c) => stateLaw(c)?.name ?? c);
const CT_2026 = '2026-07-01';

/** Sensitive data under the state laws: the sensitive categories, precise location, and a known child's data. */
const sensitiveCollected = (f: PolicyFacts): boolean =>
  f.sensitive.length > 0 || f.data.some((d) => d.id === 'location-precise') || f.children.audience === 'children' || f.children.audience === 'mixed';
/** Companies that buy or receive data for their own purposes: where a sale happens. */
export const buyers = (f: PolicyFacts): string[] => f.services.filter((s) => s.role === 'third-party' || s.sellingOrSharing === true).map((s) => s.name);
const optOutTriggered = (f: PolicyFacts): boolean => sellsOrShares(f) || f.ai.profiling === true;

const uoomAction: Action = {
  id: 'us-honour-uoom',
  due: 'engineering',
  text: 'Honour universal opt-out signals (Global Privacy Control) as an opt-out of sale and targeted advertising for residents of every state that requires it (Colorado and Oregon for certain; Connecticut, Texas, Montana, New Hampshire, Nebraska, Delaware, New Jersey, Maryland and Minnesota are reported to), with the same pipeline as for California.',
};

const appeals: Rule = {
  id: 'C-08-appeal',
  law: 'us-states',
  severity: 'error',
  citation: 'Va. Code §59.1-578(C)(3); C.R.S. §6-1-1308(1)(a)(III); Conn. Gen. Stat. §42-520(c)(3); Tex. Bus. & Com. Code §541.102(a)(3); ORS 646A.578(4)',
  fix: ['rights.appeals'],
  check(f) {
    const states = inState(f, ...APPEAL_STATES);
    const text = f.rights.appeals?.trim();
    if (states.length === 0 || text === undefined || !/^(none|no|n\/?a|-|we do not|there is no)\b/i.test(text)) return null;
    return `You offer no way to appeal a refused request, but the laws of ${list(names(states))} require an appeal process described in the policy. Describe how people appeal and how fast you decide.`;
  },
};

const uoomVerified: Rule = {
  id: 'US-ST-UOOM',
  law: 'us-states',
  severity: 'error',
  citation: 'C.R.S. §6-1-1306(1)(a)(IV); Oregon Consumer Privacy Act (from 1 Jan 2026)',
  fix: ['cookies.gpc'],
  action: uoomAction,
  check(f) {
    const states = inState(f, ...UOOM_VERIFIED);
    if (states.length === 0 || !sellsOrShares(f) || f.cookies.gpc === 'honoured') return null;
    return `You sell personal data or use it for targeted advertising, but do not honour Global Privacy Control. ${list(names(states))} require you to treat universal opt-out signals as an opt-out.`;
  },
};

const uoomUnverified: Rule = {
  id: 'US-ST-UOOM-other',
  law: 'us-states',
  severity: 'warning',
  unverified: true,
  citation: 'Conn. Gen. Stat. §42-520; Tex. Bus. & Com. Code ch. 541; other state laws (US-ST-UOOM)',
  fix: ['cookies.gpc'],
  action: uoomAction,
  check(f) {
    const states = inState(f, ...UOOM_UNVERIFIED);
    if (states.length === 0 || !sellsOrShares(f) || f.cookies.gpc === 'honoured') return null;
    return `You sell personal data or use it for targeted advertising, and do not honour Global Privacy Control. ${list(names(states))} are reported to require honouring universal opt-out signals; check the current statutes and dates.`;
  },
};

const texasNotice: Rule = {
  id: 'C-12-texas',
  law: 'us-states',
  severity: 'warning',
  citation: 'Tex. Bus. & Com. Code §541.102(b)–(c)',
  covers: ['US-ST-TX-NOTICE'],
  fix: ['texas.sellsSensitive', 'data.sensitive'],
  check(f) {
    if (!f.usStates.includes('TX') || f.sells !== true || !sensitiveCollected(f) || f.answers['texas.sellsSensitive'] !== 'none') return null;
    return 'You sell personal data and collect sensitive data, but say none of what you sell is sensitive. Check it: if any is, Texas requires the exact sentence "NOTICE: We may sell your sensitive personal data." in the policy.';
  },
};

const texasBiometric: Rule = {
  id: 'C-12-biometric',
  law: 'us-states',
  severity: 'error',
  citation: 'Tex. Bus. & Com. Code §541.102(c)',
  fix: ['texas.sellsSensitive', 'data.sensitive'],
  check(f) {
    const answer = f.answers['texas.sellsSensitive'];
    if (!f.usStates.includes('TX') || (answer !== 'biometric' && answer !== 'both') || f.sensitive.some((s) => s.id === 'biometric')) return null;
    return 'You say you sell biometric data, but biometric data is not among the sensitive data you collect. Correct one of the answers: the Texas biometric NOTICE sentence must be true.';
  },
};

const connecticutMinors: Rule = {
  id: 'US-ST-CT-2026',
  law: 'us-states',
  severity: 'error',
  citation: 'Conn. Gen. Stat. §42-515 et seq., as amended by SB 1295 / PA 25-113 (from 1 Jul 2026)',
  fix: ['sharing.sells', 'sharing.shares', 'audience.children', 'audience.knowsUnder16'],
  action: { id: 'ct-no-ads-to-minors', due: 'engineering', text: 'Turn off targeted advertising and sale of data for users under 18 in Connecticut.' },
  check(f) {
    if (!f.usStates.includes('CT') || f.today < CT_2026 || !sellsOrShares(f) || !hasMinors(f)) return null;
    return 'From 1 July 2026 Connecticut forbids targeted advertising to, and selling the data of, people under 18, and your users include minors. Turn these off for minors.';
  },
};

const coloradoPurposes: Rule = {
  id: 'US-ST-CO-RULES',
  law: 'us-states',
  severity: 'warning',
  citation: '4 CCR 904-3, Rule 6.03',
  fix: ['data.details', 'purposes.list'],
  check(f) {
    if (!f.usStates.includes('CO')) return null;
    const used = new Set(f.data.flatMap((d) => d.purposes));
    const orphans = f.purposes.filter((p) => !used.has(p.id)).map((p) => p.label);
    if (orphans.length === 0) return null;
    return `No kind of data is used for: ${list(orphans)}. Colorado requires the policy to show which categories are used for each purpose; tick the purpose on the data it uses, or remove it.`;
  },
};

const onlineRequests: Rule = {
  id: 'US-ST-METHOD',
  law: 'us-states',
  severity: 'error',
  citation: 'Tex. Bus. & Com. Code §541.102(a)(6); ORS 646A.578(4)(i), (5)',
  fix: ['rights.methods'],
  check(f) {
    if (!collectsOnline(f) || f.rights.methods.length === 0 || f.rights.methods.some((m) => m === 'email' || m === 'web-form' || m === 'in-app')) return null;
    return 'People use your product online but can only make privacy requests by phone or post. State laws require methods that fit how people normally deal with you: add email, a web form or in-product settings.';
  },
};

/** An advertising SDK while the answers deny sale and targeted advertising (the state-law twin of C-01). */
const adTechDenied: Rule = {
  id: 'US-ST-OPTOUT',
  law: 'us-states',
  severity: 'error',
  citation: 'Va. Code §59.1-575 ("sale", "targeted advertising"), §59.1-578(D); C.R.S. §6-1-1308(1)(b); ORS 646A.578(4)(h)',
  fix: ['sharing.sells', 'sharing.shares', 'services.used'],
  check(f) {
    if (!deniesSaleAndSharing(f) || adTech(f).length === 0) return null;
    return `You answered that you neither sell personal data nor use it for targeted advertising, but you use ${adTechReceives(f)}. Showing ads based on activity across other companies' apps and sites is targeted advertising under the state laws, and the policy must say so and offer an opt-out. Answer the selling and sharing questions again.`;
  },
};

/** Maryland: consent does not lift its limits (Md. Com. Law §14-4707). */
const maryland: Rule = {
  id: 'C-34',
  law: 'us-states',
  severity: 'error',
  citation: 'Md. Code, Com. Law §14-4707(a)(1), (2), (4), (5), (b)(1)(i)',
  covers: ['US-ST-MD'],
  fix: ['sharing.sells', 'sharing.shares', 'data.details', 'audience.knowsUnder16'],
  check(f) {
    if (!f.usStates.includes('MD')) return null;
    const out: string[] = [];
    if (f.sells === true && sensitiveCollected(f))
      out.push('You sell personal data and collect sensitive data, and Maryland\'s law applies. Maryland forbids selling sensitive data, even with consent: make sure none of what you sell is sensitive.');
    if (sellsOrShares(f) && hasMinors(f))
      out.push('Maryland forbids targeted advertising to, and selling the data of, consumers you know or should know are under 18, even with consent. Turn these off for minors in Maryland.');
    const location = f.data.find((d) => d.id === 'location-precise');
    if (location?.purposes.some((p) => p === 'advertising' || p === 'marketing'))
      out.push('You use precise location for advertising or marketing, and Maryland\'s law applies. Maryland allows sensitive data only where strictly necessary for the product the consumer asked for: stop this use for Maryland residents.');
    return out;
  },
};

/** Rhode Island §6-48.1-3: a seller names the third parties it sells to, with no volume threshold. */
const rhodeIslandBuyers: Rule = {
  id: 'C-33',
  law: 'general',
  severity: 'error',
  citation: 'R.I. Gen. Laws §6-48.1-3(a)(2); ORS 646A.574(1)(a)(B); Minn. Stat. §325M.14(h)',
  covers: ['US-ST-RI'],
  fix: ['services.details', 'sharing.sells'],
  check(f) {
    const states = f.answers['audience.usStates'];
    if (!Array.isArray(states) || !states.includes('RI') || f.sells !== true || buyers(f).length > 0) return null;
    return 'You sell personal data and have Rhode Island customers. Rhode Island requires the policy to name every third party to which you have sold or may sell personally identifiable information, whatever your size. Mark the services that buy it as third parties, so the policy can name them.';
  },
};

export const usStatesRules: Rule[] = [
  adTechDenied,
  appeals,
  uoomVerified,
  uoomUnverified,
  texasNotice,
  texasBiometric,
  connecticutMinors,
  coloradoPurposes,
  onlineRequests,
  maryland,
  rhodeIslandBuyers,
];

/** The request deadlines and free requests of the states that apply, from STATE_LAWS. */
function requestWorkflowText(f: PolicyFacts): string {
  const laws = f.usStates.map(stateLaw).filter((l): l is StateLaw => !!l);
  const longer = laws.filter((l) => l.responseDays !== 45).map((l) => `${l.name}: ${l.responseDays} days`);
  const twice = laws.filter((l) => l.freeRequests === 2).map((l) => l.name);
  return [
    `Answer state privacy requests within 45 days${longer.length > 0 ? ` (${longer.join('; ')})` : ''}, with one 45-day extension when you tell the person why.`,
    twice.length > 0
      ? `Answer at least two requests per person every 12 months free of charge in ${list(twice)} (simplest: two free requests everywhere).`
      : 'Answer requests free of charge (at least once every 12 months; several states were not checked, so the simplest safe rule is two free requests a year).',
    'Run appeals: someone else reviews a refusal and decides within the state deadline, pointing to the Attorney General if still refused.',
  ].join(' ');
}

const appealTasks: Obligation = {
  id: 'US-ST-RIGHTS',
  law: 'us-states',
  citation: 'Va. Code §59.1-577, §59.1-578(C); C.R.S. §6-1-1306; Conn. Gen. Stat. §42-518; Tex. Bus. & Com. Code §541.052–.053; ORS 646A.576',
  covers: ['US-ST-DEADLINE', 'US-ST-FREE', 'C-32', 'C-46'],
  tasks: (f) =>
    inState(f, ...APPEAL_STATES).length > 0
      ? [
          {
            id: 'us-appeal-workflow',
            due: 'engineering',
            text: requestWorkflowText(f),
          },
        ]
      : [],
};

const optOutTasks: Obligation = {
  id: 'US-ST-OPTOUT',
  law: 'us-states',
  citation: 'Va. Code §59.1-578(D); C.R.S. §6-1-1308(1)(b)–(c); Conn. Gen. Stat. §42-520(d); Utah Code §13-61-302(1)(b); ORS 646A.578(4)(h)',
  tasks: (f) =>
    optOutTriggered(f)
      ? [
          {
            id: 'us-optout-link',
            due: 'publish',
            text: 'Add a clear opt-out link for sale, targeted advertising and profiling (one link can also serve California), and say in the policy that you do these things and how to opt out.',
          },
        ]
      : [],
};

const uoomTasks: Obligation = {
  id: 'US-ST-UOOM',
  law: 'us-states',
  citation: 'C.R.S. §6-1-1306(1)(a)(IV); Oregon Consumer Privacy Act (from 1 Jan 2026)',
  tasks: (f) => (sellsOrShares(f) && inState(f, ...UOOM_VERIFIED, ...UOOM_UNVERIFIED).length > 0 ? [uoomAction] : []),
};

const sensitiveConsent: Obligation = {
  id: 'US-ST-SENS',
  law: 'us-states',
  citation: 'Va. Code §59.1-578(A)(5); C.R.S. §6-1-1308(7); Conn. Gen. Stat. §42-520(a)(4); Tex. Bus. & Com. Code §541.101(b)(4); ORS 646A.578(2)(b)',
  tasks: (f) =>
    sensitiveCollected(f) && inState(f, ...SENSITIVE_OPT_IN).length > 0
      ? [
          {
            id: 'us-sensitive-consent',
            due: 'engineering',
            text: 'Ask for opt-in consent before processing sensitive data (health, precise location, biometrics and the like) and keep a record of it; follow COPPA for known children.',
          },
        ]
      : [],
};

const contractsAndAssessments: Obligation = {
  id: 'US-ST-DPA',
  law: 'us-states',
  citation: 'Va. Code §59.1-579, §59.1-580; C.R.S. §6-1-1305; ORS 646A.581, 646A.586',
  tasks: (f) => [
    {
      id: 'us-processor-contracts',
      due: 'contracts',
      text: 'Make sure each processor contract has the state-law terms: instructions, confidentiality, deletion or return, subprocessor flow-down and audits.',
    },
    ...(sellsOrShares(f) || sensitiveCollected(f) || f.ai.profiling === true
      ? [
          {
            id: 'us-data-protection-assessment',
            due: 'ongoing' as const,
            cadence: 'before each new high-risk use, and when it changes',
            text: 'Write a data protection assessment for targeted advertising, sale, sensitive data or risky profiling, weighing benefits against risks to people.',
          },
        ]
      : []),
  ],
};

const namedRecipients: Obligation = {
  id: 'US-ST-OR-LIST',
  law: 'us-states',
  citation: 'ORS 646A.574(1)(a)(B); Minn. Stat. §325M.14(h)',
  covers: ['US-ST-MN'],
  tasks: (f) => {
    const states = f.usStates.filter((c) => stateLaw(c)?.specificThirdParties);
    return states.length > 0
      ? [
          {
            id: 'us-named-recipients',
            due: 'engineering',
            text: `Keep a register of the named third parties (not just categories) that receive personal data, able to answer for one person or for everyone: ${list(names(states))} residents may ask for that list.`,
          },
        ]
      : [];
  },
};

export const usStatesObligations: Obligation[] = [namedRecipients, appealTasks, optOutTasks, uoomTasks, sensitiveConsent, contractsAndAssessments];
