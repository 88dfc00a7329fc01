import { describe, expect, test } from 'vitest';
import { cppaRegsRules } from '../../../../source/core/audit/rules/cppa-regs.js';
import type { PolicyFacts, ServiceFacts } from '../../../../source/core/facts/types.js';
import { answersOf, factsFrom, factsWith, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditFactsOf as audit, findingsOf, ruleCases, severitiesOf as severities, taskCases, taskIn as taskOf } from '../../../helpers/rule-cases.js';


const notCcpa = { 'audience.ccpaThresholds': [] };
const adService = (): ServiceFacts => ({
  id: 'meta-pixel',
  name: 'Meta Pixel',
  fromCatalog: true,
  category: 'advertising',
  role: 'third-party',
  purposes: ['advertising'],
  data: ['device', 'usage'],
  sellingOrSharing: true,
  cookieKind: 'advertising',
});
const withAdService = (overrides: Record<string, unknown> = {}): PolicyFacts => {
  const f = factsWith(overrides);
  f.services.push(adService());
  return f;
};
const saas = () => answersOf(loadAnswersFixture('saas'));

describe('CPPA regulation rules', () => {
  test('the example SaaS answers raise no errors or warnings from them', () => {
    const ids = new Set(cppaRegsRules.map((r) => r.id));
    const own = audit(factsWith({})).findings.filter((x) => ids.has(x.ruleId) && x.severity !== 'info');
    expect(own).toEqual([]);
  });

  test('REG-7011-e1-A: a service receiving a category you do not list is an error', () => {
    const details = saas()['services.details'] as Record<string, Record<string, unknown>>;
    details.stripe!.data = ['identity', 'payment', 'demographic'];
    expect(severities(factsWith({ 'services.details': details }), 'REG-7011-e1-A')).toEqual(['error']);
    expect(severities(factsWith({}), 'REG-7011-e1-A')).toEqual([]);
  });

  test('REG-7011-e1-D/E/F: selling with no third party recipient is an error; with one it is not', () => {
    expect(severities(factsWith({ 'sharing.sells': true }), 'REG-7011-e1-D/E/F')).toEqual(['error']);
    expect(severities(withAdService({ 'sharing.sells': true }), 'REG-7011-e1-D/E/F')).toEqual([]);
    expect(severities(factsWith({ 'sharing.sells': true, ...notCcpa }), 'REG-7011-e1-D/E/F')).toEqual([]);
  });

  test('REG-7012-c: no notice at collection is an error with the task; a notice is fine', () => {
    const f = factsWith({ 'ccpa.noticeAtCollection': false });
    expect(severities(f, 'REG-7012-c')).toEqual(['error']);
    expect(severities(factsWith({ 'ccpa.noticeAtCollection': true }), 'REG-7012-c')).toEqual([]);
  });

  test('REG-7012-g is UNVERIFIED: third-party collectors give only info', () => {
    expect(severities(withAdService({ 'sharing.shares': true }), 'REG-7012-g')).toEqual(['info']);
    expect(severities(factsWith({}), 'REG-7012-g')).toEqual([]);
  });

  test('REG-7025-b-c1: selling or sharing without honouring GPC is an error', () => {
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'not-yet' }), 'REG-7025-b-c1')).toEqual(['error']);
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'not-applicable' }), 'REG-7025-b-c1')).toEqual(['error']);
    expect(taskOf(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'not-yet' }), 'ccpa-honour-gpc')?.due).toBe('engineering');
  });

  test('REG-7025-b-c1: no finding when GPC is honoured or nothing is sold or shared', () => {
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'honoured' }), 'REG-7025-b-c1')).toEqual([]);
    expect(severities(factsWith({ 'cookies.gpc': 'not-yet' }), 'REG-7025-b-c1')).toEqual([]);
  });

  test('REG-7025-c3 is UNVERIFIED: GPC with a financial incentive gives only info', () => {
    const f = factsWith({ 'cookies.gpc': 'honoured', 'sharing.financialIncentive': true, 'ccpa.incentiveNotice': 'https://x.example/n' });
    expect(severities(f, 'REG-7025-c3')).toEqual(['info']);
    expect(severities(factsWith({ 'cookies.gpc': 'honoured' }), 'REG-7025-c3')).toEqual([]);
  });

  test('C-21: refusing authorised agents is an error', () => {
    expect(severities(factsWith({ 'rights.agents': false }), 'C-21')).toEqual(['error']);
    expect(severities(factsWith({}), 'C-21')).toEqual([]);
  });

  test('C-12-cpra: precise location used for advertising is a warning; for the service it is not', () => {
    const details = saas()['data.details'] as Record<string, Record<string, unknown>>;
    const categories = [...(saas()['data.categories'] as string[]), 'location-precise'];
    const withLocation = (purposes: string[]) => ({
      'data.categories': categories,
      'data.details': { ...details, 'location-precise': { sources: ['automatic'], required: 'optional', purposes, retention: '30 days' } },
    });
    expect(severities(factsWith(withLocation(['provide-service', 'marketing'])), 'C-12-cpra')).toEqual(['warning']);
    expect(severities(factsWith(withLocation(['provide-service'])), 'C-12-cpra')).toEqual([]);
  });
});

describe('CPPA regulation obligations', () => {
  test('REG-7025-c6: sellers and sharers show the GPC status from 1 January 2026', () => {
    const answers = { ...saas(), 'sharing.shares': true };
    expect(taskOf(factsFrom(answers), 'ccpa-gpc-status')?.due).toBe('engineering');
    expect(taskOf(factsFrom(answers, '2025-12-31'), 'ccpa-gpc-status')).toBeUndefined();
    expect(taskOf(factsWith({}), 'ccpa-gpc-status')).toBeUndefined();
  });

  test('C-11: a promise to honour GPC or DNT becomes a test task', () => {
    expect(taskOf(factsWith({ 'cookies.gpc': 'honoured' }), 'test-gpc-handling')?.due).toBe('engineering');
    expect(taskOf(factsWith({ 'cookies.dnt': 'honoured' }), 'test-dnt-handling')?.due).toBe('engineering');
    expect(taskOf(factsWith({}), 'test-gpc-handling')).toBeUndefined();
    expect(taskOf(factsWith({}), 'test-dnt-handling')).toBeUndefined();
  });

  test('REG-7050-7053: one contract task per service, only under the CCPA', () => {
    const stripe = taskOf(factsWith({}), 'ccpa-contract-stripe');
    expect(stripe?.due).toBe('contracts');
    expect(stripe?.text).toContain('§7051');
    expect(taskOf(factsWith({}), 'ccpa-contract-openai')?.due).toBe('contracts');
    expect(taskOf(factsWith(notCcpa), 'ccpa-contract-stripe')).toBeUndefined();
  });

  test('REG-7012-c, REG-7003, REG-7101: notice at collection, accessibility and request records', () => {
    const f = factsWith({});
    expect(taskOf(f, 'ccpa-notice-at-collection')?.due).toBe('publish');
    expect(taskOf(f, 'ccpa-accessible-notices')?.due).toBe('publish');
    expect(taskOf(f, 'ccpa-request-records')?.due).toBe('ongoing');
    for (const id of ['ccpa-notice-at-collection', 'ccpa-accessible-notices', 'ccpa-request-records']) expect(taskOf(factsWith(notCcpa), id), id).toBeUndefined();
  });

  test('REG-7011-e5: 10 million consumers adds yearly metrics', () => {
    const task = taskOf(factsWith({ 'ccpa.largeVolume': true }), 'ccpa-request-metrics');
    expect(task?.due).toBe('ongoing');
    expect(task?.cadence).toBe('every year by 1 July');
    expect(taskOf(factsWith({}), 'ccpa-request-metrics')).toBeUndefined();
  });

  test('REG-ADMT: automated decisions add the ADMT notice and opt-out', () => {
    expect(taskOf(factsWith({ 'ai.automatedDecisions': true, 'ai.logic': 'Fraud score' }), 'ccpa-admt-notice')?.due).toBe('engineering');
    expect(taskOf(factsWith({}), 'ccpa-admt-notice')).toBeUndefined();
    expect(taskOf(factsWith({ 'ai.automatedDecisions': true, 'ai.logic': 'Fraud score', ...notCcpa }), 'ccpa-admt-notice')).toBeUndefined();
  });
});

describe('CCPA risk assessments (11 CCR §7150)', () => {
  ruleCases([
    ['REG-7150', 'warning', { 'ccpa.riskAssessmentDate': undefined }, {}],
    ['REG-7150', 'warning', { 'ccpa.riskAssessmentDate': '2023-01-10' }, { 'ccpa.riskAssessmentDate': '2025-12-01' }],
  ]);
  taskCases([
    ['ccpa-risk-assessment', 'ongoing', {}, { 'data.categories': ['identity', 'contact', 'usage'], 'audience.ccpaThresholds': ['revenue'] }],
  ]);

  test('REG-7150 names each trigger found in the answers', () => {
    const [hit] = findingsOf({ 'ccpa.riskAssessmentDate': undefined, 'sharing.shares': true }, 'REG-7150');
    expect(hit!.message).toContain('selling or sharing');
    expect(hit!.message).toContain('account log-in and password');
  });
});
