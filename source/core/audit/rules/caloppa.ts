// California: CalOPPA (Cal. Bus. & Prof. Code §22575–22579), reference §6, and the smaller
// California statutes that bind any site with California users (Shine the Light, minors' erasure, Delete Act).
import type { PolicyFacts } from '../../facts/types.js';
import type { Obligation, Rule } from '../types.js';
import { adTechNames, hasMinors } from './ccpa.js';

const list = (items: string[]): string => items.join(', ');

/** Declared services whose SDK sets advertising or cross-site tracking cookies. */
const crossSiteTrackers = (f: PolicyFacts): string[] => f.services.filter((s) => s.cookieKind === 'advertising').map((s) => s.name);

const dntStatement: Rule = {
  id: 'CALOPPA-b5',
  law: 'caloppa',
  severity: 'error',
  citation: 'Cal. Bus. & Prof. Code §22575(b)(5)',
  fix: ['cookies.dnt', 'sharing.shares', 'cookies.kinds'],
  check(f) {
    if (f.cookies.dnt !== 'no-tracking') return null;
    const reasons = [
      ...(f.shares === true ? ['you share data for cross-context behavioural advertising'] : []),
      ...(f.cookies.kinds.includes('advertising') ? ['you use advertising or cross-site tracking cookies'] : []),
      ...adTechNames(f).map((name) => `you use ${name}`),
    ];
    if (reasons.length === 0) return null;
    return `You answered that you do not track people across other sites, but ${list(reasons)}. The policy's answer to "Do Not Track" must be true: change the answer, or remove the tracking.`;
  },
};

const otherPartiesTrack: Rule = {
  id: 'CALOPPA-b6',
  law: 'caloppa',
  severity: 'error',
  citation: 'Cal. Bus. & Prof. Code §22575(b)(6)',
  fix: ['cookies.kinds', 'services.used'],
  check(f) {
    const names = crossSiteTrackers(f);
    if (names.length === 0 || f.cookies.kinds.includes('advertising')) return null;
    return `${list(names)} can collect data about people's activity across other sites, but you did not tick advertising or cross-site tracking cookies, so the policy would not say that other parties track people. Tick that kind of cookie.`;
  },
};

const effectiveDate: Rule = {
  id: 'CALOPPA-b4',
  law: 'caloppa',
  severity: 'warning',
  citation: 'Cal. Bus. & Prof. Code §22575(b)(4)',
  fix: ['policy.effectiveDate'],
  check(f) {
    if (!f.effectiveDate || f.effectiveDate <= f.today) return null;
    return `The policy takes effect on ${f.effectiveDate}, after today. Until then the policy in force must stay posted; publish this one on that date, or use today's date.`;
  },
};

const materialChanges: Rule = {
  id: 'C-05',
  law: 'caloppa',
  severity: 'warning',
  citation: 'Cal. Bus. & Prof. Code §22575(b)(3)',
  covers: ['CALOPPA-b3'],
  fix: ['changes.notify'],
  check(f) {
    const notify = f.changes.notify;
    if (notify.length === 0 || notify.some((n) => n !== 'date')) return null;
    return 'You would tell people about material changes only by changing the date on the policy, which amounts to "continued use means acceptance". Tell them directly too: by email or a notice in the product or on the website.';
  },
};

const undeclaredServices: Rule = {
  id: 'C-15',
  law: 'general',
  severity: 'error',
  citation: 'Cal. Bus. & Prof. Code §22575(b)(1), (b)(6); GDPR Art. 13(1)(e); FTC Act §5',
  fix: ['services.used'],
  check(f) {
    const declared = new Set(f.services.map((s) => s.id));
    // A declared parent covers its children: "AWS" declares a detected Amazon S3.
    const covered = (d: (typeof f.detected)[number]) => [d.id, ...(d.parents ?? [])].some((id) => declared.has(id));
    const missing = f.detected.filter((d) => !covered(d) && !f.dismissed.includes(d.id));
    if (missing.length === 0) return null;
    return `Your code uses ${list(missing.map((d) => `${d.name} (${d.where})`))}, but the answers neither declare nor dismiss it. A policy that leaves out a service that receives data is misleading: add it to the services, or dismiss it with a reason.`;
  },
};

const dataBroker: Rule = {
  id: 'CA-DELETE-ACT',
  law: 'caloppa',
  severity: 'warning',
  unverified: true,
  citation: 'Cal. Civ. Code §1798.99.80 et seq.',
  fix: ['sharing.sells', 'data.details'],
  check(f) {
    const indirect = f.data.some((d) => d.sources.some((s) => s === 'partners' || s === 'public'));
    if (f.sells !== true || !indirect) return null;
    return 'You sell personal data and get some of it from partners or public sources. If you sell data about people you have no direct relationship with, you may be a data broker that must register with the CPPA and process deletion requests from its DROP system; check the current dates.';
  },
};

export const caloppaRules: Rule[] = [dntStatement, otherPartiesTrack, effectiveDate, materialChanges, undeclaredServices, dataBroker];

const postPolicy: Obligation = {
  id: 'CALOPPA-APPLY',
  law: 'caloppa',
  citation: 'Cal. Bus. & Prof. Code §22575(a), §22577(b); 11 CCR §7011(d)',
  covers: ['REG-7011-POST'],
  tasks: (f) => [
    {
      id: 'caloppa-privacy-link',
      due: 'publish',
      text: f.product.kinds.includes('mobile')
        ? 'Link the policy conspicuously, using the word "Privacy", from your homepage, the app store listings and inside the app (e.g. the settings menu).'
        : 'Link the policy conspicuously, using the word "Privacy", from your homepage footer.',
    },
  ],
};

const keepTrue: Obligation = {
  id: 'CALOPPA-PEN',
  law: 'caloppa',
  citation: 'Cal. Bus. & Prof. Code §22576',
  tasks: () => [
    {
      id: 'caloppa-policy-matches-practice',
      due: 'ongoing',
      cadence: 'on every release',
      text: 'Run privacy-wizard check in CI so that a new SDK or a changed practice updates the policy before it ships.',
    },
  ],
};

const shineTheLight: Obligation = {
  id: 'CA-STL',
  law: 'caloppa',
  citation: 'Cal. Civ. Code §1798.83',
  tasks: (f) =>
    f.sells === true
      ? [
          {
            id: 'ca-shine-the-light',
            due: 'engineering',
            text: 'If you give customers\' personal data to third parties for their own direct marketing, answer "Shine the Light" requests (what was disclosed, to whom), or offer an opt-out of such disclosures described in the policy.',
          },
        ]
      : [],
};

const minorErasure: Obligation = {
  id: 'CA-MINOR-ERASE',
  law: 'caloppa',
  citation: 'Cal. Bus. & Prof. Code §22580–22581',
  tasks: (f) =>
    hasMinors(f) && f.data.some((d) => d.id === 'content' || d.id === 'communications')
      ? [
          {
            id: 'ca-minor-content-removal',
            due: 'engineering',
            text: 'Let registered users under 18 remove content they posted, and explain how in the policy.',
          },
        ]
      : [],
};

export const caloppaObligations: Obligation[] = [postPolicy, keepTrue, shineTheLight, minorErasure];
