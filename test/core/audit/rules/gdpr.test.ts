import { describe, expect, test } from 'vitest';
import { gdprRules } from '../../../../source/core/audit/rules/gdpr.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { NOT_SURE } from '../../../../source/core/questions/types.js';
import { answersOf, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditWith as audit, findingsOf as findings, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';

const saas = answersOf(loadAnswersFixture('saas')) as Record<string, unknown>;
/** The fixture's per-item answer with some fields of one item replaced. */
function record(question: string, item: string, fields: Overrides): Overrides {
  const current = (saas[question] ?? {}) as Record<string, Overrides>;
  return { [question]: { ...current, [item]: { ...current[item], ...fields } } };
}
const NO_GDPR = { 'audience.regions': ['california'] };

// [rule id, severity, answers that trigger it, answers that do not]
const cases: [string, Severity, Overrides, Overrides][] = [
  // A B2B product's users are the customer's staff, not parties to its contract.
  ['C-38', 'error', { 'product.audienceType': 'b2b' }, { 'product.audienceType': 'both' }],
  ['C-38-BILLING', 'warning', { 'product.audienceType': 'b2b' }, { 'product.audienceType': 'both' }],
  ['GDPR-13-1-a', 'error', { 'org.euRepresentative': 'EU Rep Services B.V.' }, { 'org.euRepresentative': 'EU Rep Services B.V., eurep@example.eu' }],
  ['GDPR-13-1-a', 'error', { 'org.ukRepresentative': 'UK Rep Services Ltd' }, { 'org.ukRepresentative': 'UK Rep Services Ltd, 1 King Street, London' }],
  ['GDPR-13-1-c', 'error', { 'org.country': 'DE', 'audience.regions': ['california'] }, {}],
  ['GDPR-13-1-d', 'error', record('purposes.details', 'security', { basis: 'legitimate-interests', interest: 'our legitimate interests' }), {}],
  ['GDPR-13-1-f', 'error', record('services.details', 'aws', { location: 'IN', safeguard: 'adequacy' }), record('services.details', 'aws', { location: 'JP', safeguard: 'adequacy' })],
  ['GDPR-13-1-f-copy', 'error', { 'transfers.copyHow': undefined }, {}],
  ['GDPR-45-DPF', 'error', record('services.details', 'sentry', { location: 'IN', safeguard: 'dpf' }), {}],
  ['GDPR-49', 'warning', record('services.details', 'openai', { safeguard: 'derogation' }), {}],
  ['GDPR-12-3', 'error', { 'rights.responseTime': '45-days' }, {}],
  ['GDPR-13-3', 'warning', { 'changes.notify': ['date'] }, {}],
  ['GDPR-7-3', 'error', { 'cookies.consent': 'opt-out' }, {}],
  ['GDPR-8', 'warning', { 'audience.minimumAge': 13 }, {}],
  ['GDPR-27', 'error', { 'org.euRepresentative': undefined }, { 'org.euRepresentative': undefined, 'org.country': 'IE' }],
  ['GDPR-32', 'warning', { 'security.measures': ['at-rest', 'backups'] }, {}],
  ['GDPR-33', 'warning', { 'security.breachProcess': 'informal' }, {}],
];

// [task id, due group, answers where the law and the duty apply, answers where they do not]
const tasks: [string, Due, Overrides, Overrides][] = [
  ['sign-dpa-posthog', 'contracts', record('services.details', 'posthog', { dpa: 'not-signed' }), {}],
  ['offer-customer-dpa', 'contracts', {}, NO_GDPR],
  ['records-of-processing', 'ongoing', {}, NO_GDPR],
  ['breach-log', 'ongoing', {}, NO_GDPR],
  ['dpia', 'publish', { 'ai.profiling': true }, {}],
  ['transfer-assessment-openai', 'contracts', {}, NO_GDPR],
  ['rights-request-workflow', 'engineering', {}, NO_GDPR],
  ['rights-data-export', 'engineering', {}, NO_GDPR],
  ['consent-records', 'engineering', {}, NO_GDPR],
  ['human-review-automated-decisions', 'engineering', { 'ai.automatedDecisions': true, 'ai.logic': 'Fraud scores block sign-ups until reviewed.' }, {}],
  ['notify-indirect-data-subjects', 'engineering', {}, NO_GDPR],
  ['check-joint-control-posthog', 'contracts', record('services.details', 'posthog', { role: 'third-party' }), {}],
  ['appoint-eu-representative', 'publish', { 'org.euRepresentative': undefined }, {}],
];

describe('GDPR rules', () => {
  ruleCases(cases);

  test('no GDPR rule runs when the GDPR does not apply', () => {
    const ids = new Set(gdprRules.map((r) => r.id));
    expect(audit({ ...NO_GDPR, 'transfers.copyHow': undefined, 'rights.responseTime': '45-days' }).findings.filter((f) => ids.has(f.ruleId))).toEqual([]);
  });

  test('an EU representative answered "Not sure yet" is left to the generic finding', () => {
    expect(findings({ 'org.euRepresentative': NOT_SURE }, 'GDPR-27')).toEqual([]);
  });

  test('the example SaaS answers raise no GDPR errors', () => {
    const ids = new Set(gdprRules.map((r) => r.id));
    expect(audit({}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

describe('GDPR checklist tasks', () => {
  taskCases(tasks);

  test('ongoing tasks say how often', () => {
    expect(audit({}).tasks.find((t) => t.id === 'records-of-processing')?.cadence).toMatch(/12 months/);
  });
});

test('lia-employer-users is due for a product sold to people and to teams, not to people alone', () => {
  expect(audit({}).tasks.find((t) => t.id === 'lia-employer-users')?.due).toBe('publish');
  expect(audit({ 'product.audienceType': 'b2c' }).tasks.map((t) => t.id)).not.toContain('lia-employer-users');
});
