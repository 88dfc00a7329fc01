// App Store Review Guidelines and Google Play's User Data policy: reference §14.
import type { PolicyFacts } from '../../facts/types.js';
import { openStoreQuestions } from '../../store-labels/open-questions.js';
import type { Action, Obligation, Rule } from '../types.js';

const childDirected = (f: PolicyFacts) => f.children.audience === 'mixed' || f.children.audience === 'children';
const TRACKING_CATEGORIES = new Set(['analytics', 'product-analytics', 'session-replay', 'advertising']);
const hasAccountsAndDeletionAnswer = (f: PolicyFacts) => f.product.accounts === true && f.product.deletion.length > 0;
const tracks = (f: PolicyFacts) => f.shares === true || f.cookies.kinds.includes('advertising') || f.services.some((s) => s.category === 'advertising');

function appleDeletion(f: PolicyFacts): string | null {
  return hasAccountsAndDeletionAnswer(f) && !f.product.deletion.includes('in-app')
    ? 'The iOS app lets people create an account, so Apple requires a way to delete the account from inside the app. Add a delete-account option in the app.'
    : null;
}

function playDeletion(f: PolicyFacts): string | null {
  if (!hasAccountsAndDeletionAnswer(f)) return null;
  const gaps = [f.product.deletion.includes('in-app') ? '' : 'inside the app', f.product.deletion.includes('web-form') ? '' : 'on a web page'].filter(Boolean);
  return gaps.length > 0
    ? `The Android app lets people create an account, so Google Play requires a way to request account deletion both inside the app and on the web. Add one ${gaps.join(' and ')}, and link the web page in the Data safety form.`
    : null;
}

function kidsTracking(f: PolicyFacts): string | null {
  if (!childDirected(f)) return null;
  const trackers = f.services.filter((s) => TRACKING_CATEGORIES.has(s.category ?? '')).map((s) => s.name);
  return trackers.length > 0 || f.cookies.kinds.includes('advertising')
    ? `The app is for children, but it uses third-party analytics or advertising${trackers.length > 0 ? ` (${trackers.join(', ')})` : ''}. Apple's Kids Category allows these only in narrow cases; remove them or check the exceptions.`
    : null;
}

/** SDKs that use the data for their own purposes (advertising, attribution, data sales). */
const ownPurposeSdks = (f: PolicyFacts) => f.services.filter((s) => s.sellingOrSharing === true || s.category === 'advertising');

/**
 * Google Play: an SDK that receives user data for its own purposes is "sharing" in the Data safety
 * form; the contradiction is marking it as acting only on the developer's instructions.
 */
function sdkRoleContradiction(f: PolicyFacts): string[] {
  return ownPurposeSdks(f)
    .filter((s) => s.role === 'processor')
    .map((s) => `You marked ${s.name} as acting only on your instructions, but it is an advertising or attribution SDK that uses the data it collects for its own purposes. Google Play's Data safety form counts that as sharing, and you are responsible for what the SDK collects. Mark it as a third party and declare its data as shared in the Data safety form.`);
}

const actions = {
  appleDelete: { id: 'in-app-account-deletion', due: 'engineering', text: 'Add account deletion inside the mobile app (not only by email or a support request).' },
  webDelete: { id: 'web-account-deletion-link', due: 'engineering', text: 'Add a web page where people can request deletion of their account and data, and link it in the Play Console.' },
} satisfies Record<string, Action>;

export const appStoresRules: Rule[] = [
  { id: 'APPLE-5.1.1-ii-v', law: 'apple', severity: 'error', citation: 'App Store Review Guideline 5.1.1(v)', fix: ['product.accountDeletion'], action: actions.appleDelete, check: appleDeletion },
  { id: 'GPLAY-DS-DEL', law: 'google-play', severity: 'error', citation: 'Google Play User Data policy (account deletion)', fix: ['product.accountDeletion'], action: actions.webDelete, check: playDeletion },
  { id: 'APPLE-KIDS', law: 'apple', severity: 'warning', citation: 'App Store Review Guidelines 1.3, 5.1.4', fix: ['services.used', 'cookies.kinds'], check: kidsTracking },
  { id: 'GPLAY-SDK', law: 'google-play', severity: 'warning', citation: 'Google Play User Data policy (third-party code); Play Console Help, Data safety section ("sharing")', covers: ['GPLAY-DS-SHARE'], fix: ['services.details'], check: sdkRoleContradiction },
];

export const appStoresObligations: Obligation[] = [
  {
    id: 'APPLE-5.1.1-i',
    law: 'apple',
    citation: 'App Store Review Guideline 5.1.1(i)',
    tasks: () => [{ id: 'app-store-privacy-link', due: 'publish', text: 'Add the privacy policy URL in App Store Connect and a link to it inside the app, easy to find.' }],
  },
  {
    id: 'APPLE-LABELS',
    law: 'apple',
    citation: 'App Store Connect App Privacy details; privacy manifests',
    tasks: () => [{ id: 'app-privacy-details', due: 'publish', text: 'Fill in the App Privacy details for the data you and your SDKs collect, matching the policy, and include a PrivacyInfo.xcprivacy manifest.' }],
  },
  {
    id: 'APPLE-LABELS-OPEN',
    law: 'apple',
    citation: 'App Store Connect App Privacy details; Apple, Describing data use in privacy manifests',
    tasks: (f) => [
      ...openStoreQuestions(f).filter((q) => q.store !== 'google').map((q) => ({ id: q.id, due: 'publish' as const, text: q.text })),
      ...(f.services.length > 0 ? [{ id: 'ios-sdk-manifests', due: 'engineering' as const, text: 'Use versions of your third-party iOS SDKs that ship their own privacy manifest (and, for SDKs on Apple\'s list of commonly used SDKs added as binaries, a signature); app-store-privacy.md lists the SDKs in your answers.' }] : []),
    ],
  },
  {
    id: 'APPLE-5.1.2',
    law: 'apple',
    citation: 'App Store Review Guideline 5.1.2(i); AppTrackingTransparency',
    tasks: (f) => (tracks(f) ? [{ id: 'att-prompt', due: 'engineering', text: 'Show Apple\'s App Tracking Transparency prompt before tracking people across other companies\' apps and sites, and track only if they allow it.' }] : []),
  },
  {
    id: 'GPLAY-PP',
    law: 'google-play',
    citation: 'Google Play User Data policy',
    tasks: () => [{ id: 'play-console-privacy-link', due: 'publish', text: 'Add the privacy policy URL in the Play Console and a link inside the app; it must be a public, non-geofenced web page (not a PDF) that names the app or developer.' }],
  },
  {
    id: 'GPLAY-DS-DEL-form',
    law: 'google-play',
    citation: 'Google Play Data safety section',
    tasks: () => [{ id: 'data-safety-form', due: 'publish', text: 'Fill in the Google Play Data safety form for the data you and your SDKs collect and share, matching the policy.' }],
  },
  {
    id: 'GPLAY-DS-OPEN',
    law: 'google-play',
    citation: 'Play Console Help, Data safety section',
    // Questions for both stores are listed once, under Apple's rule, when both apply.
    tasks: (f) =>
      openStoreQuestions(f)
        .filter((q) => q.store === 'google' || (q.store === 'both' && f.laws.apple.applies !== true))
        .map((q) => ({ id: q.id, due: 'publish' as const, text: q.text })),
  },
  {
    id: 'GPLAY-PD',
    law: 'google-play',
    citation: 'Google Play User Data policy (Prominent Disclosure and Consent)',
    tasks: (f) =>
      f.data.some((d) => d.id === 'location-precise') || f.sensitive.length > 0
        ? [{ id: 'prominent-disclosure', due: 'engineering', text: 'Show an in-app disclosure, during normal use, before collecting location or sensitive data that users may not expect, and ask for their agreement.' }]
        : [],
  },
  {
    id: 'GPLAY-ADID',
    law: 'google-play',
    citation: 'Google Play User Data policy (Advertising ID); Play Console Help, Data safety section',
    covers: ['C-42'],
    tasks: (f) => {
      const sdks = ownPurposeSdks(f).map((s) => s.name);
      if (sdks.length === 0) return [];
      return [
        {
          id: 'play-ad-id',
          due: 'publish',
          text: `Your app includes ${sdks.join(', ')}: declare the com.google.android.gms.permission.AD_ID permission (and answer the Play Console's advertising ID question), use the advertising ID only for ads and analytics, never link it to other device identifiers or personal data without explicit consent, and declare the data these SDKs collect as shared in the Data safety form.`,
        },
      ];
    },
  },
  {
    // the Apple twin of Google's Families task: kids-edu's checklist had Google's rules and not Apple's
    id: 'APPLE-KIDS',
    law: 'apple',
    citation: 'App Store Review Guidelines 1.3, 5.1.4',
    tasks: (f) =>
      childDirected(f)
        ? [{ id: 'apple-kids-category', due: 'publish', text: 'If the app is in the App Store\'s Kids Category: include no third-party analytics or advertising (only the narrow exceptions Apple allows), put a parental gate before links out of the app, purchases and requests for personal data, and follow COPPA and the other children\'s laws.' }]
        : [],
  },
  {
    id: 'GPLAY-FAM',
    law: 'google-play',
    citation: 'Google Play Families Policy',
    tasks: (f) =>
      childDirected(f)
        ? [{ id: 'google-families-policy', due: 'publish', text: 'Meet Google Play\'s Families requirements for apps aimed at children, and use only Families self-certified ad SDKs.' }]
        : [],
  },
];
