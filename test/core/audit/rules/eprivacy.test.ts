import { describe, expect, test } from 'vitest';
import { eprivacyRules } from '../../../../source/core/audit/rules/eprivacy.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { auditWith as audit, findingsOf, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';
import { answersOf, loadAnswersFixture } from '../../../helpers/facts.js';

const NO_UK = { 'audience.regions': ['eea', 'california', 'us-other', 'canada'] };
const NO_EUROPE = { 'audience.regions': ['california', 'us-other', 'canada'] };
const SOFT_OPT_IN = { 'marketing.emails': 'customers', 'marketing.optOut': ['settings'] };
/** The SaaS services table with Intercom's "What are its cookies for?" answered. */
function withIntercomKind(kind: string) {
  const details = structuredClone(answersOf(loadAnswersFixture('saas'))['services.details']) as Record<string, Record<string, unknown>>;
  details.intercom!.cookieKind = kind;
  return details;
}

const cases: [string, Severity, Overrides, Overrides][] = [
  ['EP-5-3', 'error', { 'cookies.consent': 'opt-out' }, {}],
  ['EP-5-3', 'error', { 'cookies.consent': 'none' }, { 'cookies.consent': 'none', 'cookies.kinds': ['essential'] }],
  ['EP-5-3-uk', 'error', { 'cookies.consent': 'opt-out' }, { ...NO_UK, 'cookies.consent': 'opt-out' }],
  ['EP-13', 'error', SOFT_OPT_IN, {}],
  ['EP-13-uk', 'error', SOFT_OPT_IN, { ...NO_UK, ...SOFT_OPT_IN }],
  // PostHog (analytics cookies) serves "improving the product" on legitimate interests: fine only after cookie consent.
  ['C-40', 'error', { 'cookies.consent': 'opt-out' }, {}],
  ['C-40-uk', 'error', { 'cookies.consent': 'none' }, { ...NO_UK, 'cookies.consent': 'none' }],
  // Intercom sets cookies its vendor does not classify: a warning; without Intercom, none.
  ['EP-5-3-KIND', 'warning', {}, { 'services.used': ['stripe', 'sentry', 'posthog', 'aws'] }],
  // the UK twin speaks only where the EU rules do not apply; with both, one finding names both laws
  ['EP-5-3-KIND-uk', 'warning', { 'audience.regions': ['uk', 'california'] }, {}],
  // answered in the services table: quiet
  ['EP-5-3-KIND', 'warning', { 'services.details': withIntercomKind('not-sure') }, { 'services.details': withIntercomKind('preferences') }],
  // UNVERIFIED row: capped at info.
  ['UK-PECR-6', 'info', {}, { 'cookies.kinds': ['essential'] }],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['cookie-consent-banner', 'engineering', {}, { 'cookies.kinds': ['essential'], 'services.used': ['aws', 'sentry'] }],
  ['cookie-table', 'publish', {}, NO_EUROPE],
  ['unsubscribe-link', 'engineering', SOFT_OPT_IN, {}],
  ['classify-cookies-intercom', 'publish', {}, NO_EUROPE],
  ['classify-cookies-intercom', 'publish', { 'services.details': withIntercomKind('not-sure') }, { 'services.details': withIntercomKind('analytics') }],
];

describe('ePrivacy and PECR rules', () => {
  ruleCases(cases);

  test('UNVERIFIED rows never raise more than info', () => {
    const unverified = new Set(eprivacyRules.filter((r) => r.unverified).map((r) => r.id));
    const hits = audit({ 'cookies.consent': 'opt-out' }).findings.filter((f) => unverified.has(f.ruleId));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe('info');
  });

  test('EP-5-3-KIND is said once for EU and UK users, naming both laws', () => {
    const both = findingsOf({}, 'EP-5-3-KIND');
    expect(both[0]?.message).toContain('(ePrivacy Directive Art. 5(3); PECR reg. 6)');
    expect(both[0]?.citation).toContain('PECR reg. 6');
    expect(findingsOf({}, 'EP-5-3-KIND-uk')).toEqual([]);
    expect(findingsOf({ 'audience.regions': ['uk'] }, 'EP-5-3-KIND-uk')[0]?.message).toContain('(PECR reg. 6)');
    expect(findingsOf(NO_UK, 'EP-5-3-KIND')[0]?.citation).not.toContain('PECR');
  });

  test('EP-5-3-KIND says the policy promises consent first only where it does', () => {
    expect(findingsOf({}, 'EP-5-3-KIND')[0]?.message).toContain('as your policy says of non-essential cookies');
    expect(findingsOf({ 'cookies.consent': 'opt-out' }, 'EP-5-3-KIND')[0]?.message).not.toContain('as your policy says');
  });

  test('the example SaaS answers raise no cookie or marketing errors', () => {
    const ids = new Set(eprivacyRules.map((r) => r.id));
    expect(audit({}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

describe('ePrivacy checklist tasks', () => {
  taskCases(tasks);
});
