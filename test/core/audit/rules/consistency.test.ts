import { describe, expect, test } from 'vitest';
import { consistencyRules } from '../../../../source/core/audit/rules/consistency.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { answersOf, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditWith as audit, findingsOf as findings, ruleCases, type Overrides } from '../../../helpers/rule-cases.js';

const saas = answersOf(loadAnswersFixture('saas')) as Record<string, unknown>;
function record(question: string, item: string, fields: Overrides): Overrides {
  const current = (saas[question] ?? {}) as Record<string, Overrides>;
  return { [question]: { ...current, [item]: { ...current[item], ...fields } } };
}
/** The fixture plus one more service, with its details. */
function withService(id: string, details: Overrides, question = 'services.used'): Overrides {
  return {
    [question]: [...((saas[question] as string[] | undefined) ?? []), id],
    'services.details': { ...(saas['services.details'] as object), [id]: details },
  };
}
/** The fixture's services, all on one transfer safeguard. */
const allOn = (safeguard: string) =>
  Object.fromEntries(Object.entries(saas['services.details'] as Record<string, Overrides>).map(([id, d]) => [id, { ...d, safeguard }]));
const US_DPF = { role: 'processor', purposes: ['payments'], data: ['identity'], location: 'US', safeguard: 'dpf', dpa: 'signed' };
const NO_EUROPE = { 'audience.regions': ['california', 'us-other', 'canada'] };
const HEALTH = (condition: string) => ({
  'data.sensitive': ['health'],
  'data.sensitiveDetails': { health: { purpose: 'Symptom diary', condition, infers: false } },
});
const QUEBEC_PROFILING = { 'audience.regions': ['quebec'], 'ai.profiling': true };

const cases: [string, Severity, Overrides, Overrides][] = [
  // Paddle is in the catalog as not DPF-certified.
  ['C-02', 'error', withService('paddle', US_DPF), withService('paddle', { ...US_DPF, safeguard: 'scc' })],
  ['C-02-unknown', 'warning', withService('Acme Mailer', US_DPF, 'services.custom'), { 'services.details': allOn('scc') }],
  ['C-03', 'error', record('purposes.details', 'account', { basis: 'consent' }), {}],
  ['C-04', 'error', record('data.details', 'usage', { retention: 'As long as necessary' }), {}],
  ['C-06', 'warning', { 'audience.knowsUnder16': true }, {}],
  ['C-06', 'warning', { 'audience.minimumAge': 10 }, { 'audience.minimumAge': 13 }],
  ['C-07', 'error', record('purposes.details', 'improvement', { basis: 'legitimate-interests', interest: 'Improving and developing the product' }), {}],
  // a listed use that no data is answered for: the policy's table showed "Meet legal duties | —" (canada-quebec, kids-edu)
  ['C-PURPOSE-DATA', 'warning', { 'purposes.list': [...(saas['purposes.list'] as string[]), 'personalisation'] }, {}],
  // brazil-ecommerce chose a web form with no address: the policy offered email alone
  ['C-08-channel', 'warning', { 'rights.methods': ['email', 'web-form'], 'org.contactForm': undefined }, { 'rights.methods': ['email', 'web-form'], 'org.contactForm': 'https://example.com/privacy-request' }],
  ['C-09', 'error', record('services.details', 'sentry', { safeguard: 'none' }), { ...NO_EUROPE, ...record('services.details', 'sentry', { safeguard: 'none' }) }],
  ['C-10', 'error', { ...withService('google-analytics', { ...US_DPF, purposes: ['analytics'] }), 'cookies.kinds': ['essential'] }, withService('google-analytics', { ...US_DPF, purposes: ['analytics'] })],
  ['C-12', 'error', HEALTH('not-applicable'), HEALTH('explicit-consent')],
  ['C-13', 'warning', { 'ai.profiling': true }, {}],
  ['C-17', 'warning', { 'product.kinds': ['webapp'], 'product.accountDeletion': ['email'] }, { 'product.kinds': ['webapp'] }],
  ['C-18', 'warning', { 'purposes.list': [...(saas['purposes.list'] as string[]), 'personalisation'] }, {}],
  ['C-19', 'warning', { 'rights.verification': 'Our systems are 100% secure, so we just ask for your email.' }, {}],
  ['C-22', 'error', { 'ai.training': 'opt-out' }, {}],
  ['C-23', 'error', { 'marketing.emails': 'everyone' }, { ...NO_EUROPE, 'marketing.emails': 'everyone' }],
  ['C-24', 'error', record('services.details', 'posthog', { dpa: 'not-signed' }), {}],
  ['C-25', 'error', { ...QUEBEC_PROFILING, 'intl.quebecDefaults': false }, { ...QUEBEC_PROFILING, 'intl.quebecDefaults': true }],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['sign-missing-dpas', 'contracts', record('services.details', 'posthog', { dpa: 'not-signed' }), {}],
  ['quebec-functions-off-by-default', 'engineering', { ...QUEBEC_PROFILING, 'intl.quebecDefaults': false }, { 'ai.profiling': true }],
];

describe('consistency checks', () => {
  ruleCases(cases);

  test('a per-item finding names the item', () => {
    expect(findings(record('services.details', 'posthog', { dpa: 'not-signed' }), 'C-24')[0]?.message).toContain('PostHog');
  });

  test('the example SaaS answers raise no consistency errors', () => {
    const ids = new Set(consistencyRules.map((r) => r.id));
    expect(audit({}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

describe('consistency checklist tasks', () => {
  test.each(tasks)('%s is a %s task when the answers show the duty unmet', (id, due, applies) => {
    expect(audit(applies).tasks.find((t) => t.id === id)?.due).toBe(due);
  });

  test.each(tasks)('%s is absent otherwise', (id, _due, _applies, absent) => {
    expect(audit(absent).tasks.find((t) => t.id === id)).toBeUndefined();
  });
});
