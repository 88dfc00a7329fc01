// The GDPR rules about the breach commitment, own locations abroad, people who are not users and a
// self-hosted edition, each both ways, on the two example products that answer those questions.
import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../../source/core/audit/rules/index.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { NOT_SURE } from '../../../../source/core/questions/types.js';
import { answersOf, factsWith, loadAnswersFixture } from '../../../helpers/facts.js';
import type { Overrides } from '../../../helpers/rule-cases.js';

const bank = loadQuestionBank();
const audit = (fixture: string, o: Overrides) => runAudit(factsWith(o, fixture), rules, obligations, bank);
const findings = (fixture: string, o: Overrides, id: string) => audit(fixture, o).findings.filter((f) => f.ruleId === id);
const answer = (fixture: string, id: string) => answersOf(loadAnswersFixture(fixture))[id] as Record<string, Record<string, unknown>>;
const own = (fields: Record<string, unknown>) => ({ 'transfers.ownDetails': { ...answer('selfhosted-devtool', 'transfers.ownDetails'), PH: { ...answer('selfhosted-devtool', 'transfers.ownDetails').PH, ...fields } } });
const nonUserRow = (fields: Record<string, unknown>) => ({ 'data.details': { ...answer('calling-app', 'data.details'), 'non-users': { ...answer('calling-app', 'data.details')['non-users'], ...fields } } });

const DEV = 'selfhosted-devtool';
const CALL = 'calling-app';

// [rule id, fixture, severity, answers that trigger it, answers that do not]
const cases: [string, string, Severity, Overrides, Overrides][] = [
  ['C-45', DEV, 'warning', { 'security.breachNoticeHours': 96 }, { 'security.breachNoticeHours': 72 }],
  ['C-45', DEV, 'warning', { 'security.breachNoticeHours': 0.5 }, { 'security.breachNoticeHours': undefined }],
  ['GDPR-44-OWN', DEV, 'error', own({ safeguard: 'uk-addendum' }), {}],
  ['GDPR-44-OWN', DEV, 'error', own({ ukSafeguard: 'uk-adequacy' }), own({ entity: 'same' })],
  ['GDPR-44-OWN', DEV, 'error', { 'transfers.copyHow': undefined }, { 'transfers.copyHow': undefined, ...own({ safeguard: 'derogation', ukSafeguard: 'derogation' }) }],
  ['GDPR-14-2', CALL, 'error', nonUserRow({ sources: ['user', 'other-users'] }), {}],
  ['GDPR-14-1', CALL, 'error', { 'nonUsers.basis': 'contract' }, {}],
  ['GDPR-14-5', CALL, 'warning', {}, { 'nonUsers.notice': 'first-message' }],
  ['GDPR-ROLE-DUAL', DEV, 'warning', { 'product.selfHosted': 'only' }, {}],
  ['OWN-COUNTRY-CODE', DEV, 'error', { 'transfers.ownCountries': ['PH', 'Canada'] }, { 'transfers.ownCountries': ['PH', ' ca '] }],
  ['SELF-HOSTED-DATA', DEV, 'warning', { 'data.categories': ['identity', 'contact', 'account', 'usage'] }, {}],
];

describe('GDPR notice rules', () => {
  test.each(cases)('%s fires on %s when the answers call for it', (id, fixture, severity, trigger) => {
    const hits = findings(fixture, trigger, id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe(severity);
  });
  test.each(cases)('%s stays quiet on %s when the answers are fine', (id, fixture, _s, _t, clean) => {
    expect(findings(fixture, clean, id)).toEqual([]);
  });

  test('the two example products raise no errors from these rules', () => {
    const ids = new Set(cases.map((c) => c[0]));
    for (const fixture of [DEV, CALL]) expect(audit(fixture, {}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });

  test('an own-location safeguard answered "Not sure yet" is left to the generic finding', () => {
    const a = audit(DEV, own({ safeguard: NOT_SURE }));
    expect(a.findings.filter((f) => f.ruleId === 'GDPR-44-OWN')).toEqual([]);
    expect(a.findings.find((f) => f.ruleId === 'NOT-SURE' && f.cell?.item === 'PH')?.cell).toEqual({ item: 'PH', field: 'safeguard' });
  });

  test('none of them runs where the GDPR does not apply', () => {
    const ids = new Set(cases.map((c) => c[0]).filter((id) => id !== 'OWN-COUNTRY-CODE'));
    const noGdpr = { 'audience.regions': ['california'], 'security.breachNoticeHours': 96, 'product.selfHosted': 'only' };
    expect(audit(DEV, noGdpr).findings.filter((f) => ids.has(f.ruleId))).toEqual([]);
    expect(audit(CALL, { 'audience.regions': ['california'], ...nonUserRow({ sources: ['user'] }) }).findings.filter((f) => ids.has(f.ruleId))).toEqual([]);
  });
});

// [task id, fixture, due, answers where it is due, answers where it is absent]
const tasks: [string, string, Due, Overrides, Overrides][] = [
  ['breach-notice-commitment', DEV, 'engineering', {}, { 'security.breachNotice': NOT_SURE }],
  ['group-transfer-agreement-ph', DEV, 'contracts', {}, own({ entity: 'same' })],
  ['document-art14-exemption', CALL, 'publish', {}, { 'nonUsers.notice': 'within-month' }],
];

describe('GDPR notice tasks', () => {
  test.each(tasks)('%s is a %s task when the duty applies', (id, fixture, due, applies) => {
    const task = audit(fixture, applies).tasks.find((t) => t.id === id);
    expect(task?.due).toBe(due);
    expect(task?.text.length).toBeGreaterThan(20);
  });
  test.each(tasks)('%s is absent otherwise', (id, fixture, _due, _applies, absent) => {
    expect(audit(fixture, absent).tasks.find((t) => t.id === id)).toBeUndefined();
  });

  test('the breach task repeats the hours the policy promises, and only those', () => {
    expect(audit(DEV, {}).tasks.find((t) => t.id === 'breach-notice-commitment')?.text).toMatch(/every person .* within 48 hours/);
    expect(audit(CALL, {}).tasks.find((t) => t.id === 'breach-notice-commitment')?.text).toMatch(/whenever the law requires it, without undue delay/);
  });
});

describe('the Art. 14(3) task and the Art. 14(5)(b) exemption', () => {
  // Only the non-users row comes from someone else (the example's contact details and content also come from other users).
  const details = answer(CALL, 'data.details');
  const ownOnly = { 'data.details': { ...details, contact: { ...details.contact, sources: ['user'] }, content: { ...details.content, sources: ['user'] } } };
  test('a public notice only replaces "tell them within a month" with documenting the exemption', () => {
    const tasks = audit(CALL, ownOnly).tasks.map((t) => t.id);
    expect(tasks).toContain('document-art14-exemption');
    expect(tasks).not.toContain('notify-indirect-data-subjects');
    expect(audit(CALL, { ...ownOnly, 'nonUsers.notice': 'first-message' }).tasks.map((t) => t.id)).toContain('notify-indirect-data-subjects');
  });
  test('other data from other sources still gets the notify task', () => {
    const withPartners = { 'data.details': { ...ownOnly['data.details'], identity: { ...details.identity, sources: ['partners'] } }, 'data.otherSources': 'Google sign-in' };
    expect(audit(CALL, withPartners).tasks.map((t) => t.id)).toContain('notify-indirect-data-subjects');
  });
});
