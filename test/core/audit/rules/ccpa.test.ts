import { describe, expect, test } from 'vitest';
import { ccpaRules } from '../../../../source/core/audit/rules/ccpa.js';
import type { ServiceFacts } from '../../../../source/core/facts/types.js';
import { answersOf, factsWith, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditFactsOf as audit, severitiesOf as severities, messagesOf as messages, taskIn as taskOf } from '../../../helpers/rule-cases.js';


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
const saasDetails = () => answersOf(loadAnswersFixture('saas'))['data.details'] as Record<string, Record<string, unknown>>;

describe('CCPA rules', () => {
  test('the example SaaS answers raise no errors or warnings from them', () => {
    const ids = new Set(ccpaRules.map((r) => r.id));
    const own = audit(factsWith({})).findings.filter((x) => ids.has(x.ruleId));
    expect(own).toEqual([]);
  });

  test('CCPA-100-a-3: a category without retention is an error; not when the CCPA does not apply', () => {
    const details = saasDetails();
    delete details.usage!.retention;
    expect(severities(factsWith({ 'data.details': details }), 'CCPA-100-a-3')).toEqual(['error']);
    expect(messages(factsWith({ 'data.details': details }), 'CCPA-100-a-3')[0]).toContain('Usage data');
    expect(severities(factsWith({ 'data.details': details, ...notCcpa }), 'CCPA-100-a-3')).toEqual([]);
    expect(severities(factsWith({}), 'CCPA-100-a-3')).toEqual([]);
  });

  test('C-08: no toll-free number and not online-only is an error; online-only with email is fine', () => {
    const noPhone = { 'org.tollFree': undefined, 'rights.methods': ['email', 'web-form'] };
    expect(severities(factsWith(noPhone), 'C-08')).toEqual(['error']);
    expect(messages(factsWith(noPhone), 'C-08')[0]).toContain('toll-free');
    expect(severities(factsWith({ ...noPhone, 'ccpa.onlineOnly': true }), 'C-08')).toEqual([]);
  });

  test('C-08: a website that does not accept requests, and a single method, are errors', () => {
    const f = factsWith({ 'rights.methods': ['phone'], 'org.contactForm': undefined });
    const found = messages(f, 'C-08');
    expect(found.some((m) => m.includes('two or more'))).toBe(true);
    expect(found.some((m) => m.includes('website'))).toBe(true);
  });

  test('C-01: "we do not sell or share" with an ad-tech service or advertising cookies is an error', () => {
    const f = factsWith({});
    f.services.push(adService());
    expect(severities(f, 'C-01')).toEqual(['error']);
    expect(severities(factsWith({ 'cookies.kinds': ['essential', 'advertising'] }), 'C-01')).toEqual(['error']);
    const detected = { ...factsWith({}), detected: [{ id: 'tiktok-pixel', name: 'TikTok Pixel', where: 'index.html', sellingOrSharing: true }] };
    expect(messages(detected, 'C-01')[0]).toContain('TikTok Pixel');
  });

  test('C-01: no finding when sharing is declared, or a detection was dismissed', () => {
    const f = factsWith({ 'sharing.shares': true });
    f.services.push(adService());
    expect(severities(f, 'C-01')).toEqual([]);
    const dismissed = { ...factsWith({}), detected: [{ id: 'tiktok-pixel', name: 'TikTok Pixel', where: 'index.html', sellingOrSharing: true }], dismissed: ['tiktok-pixel'] };
    expect(severities(dismissed, 'C-01')).toEqual([]);
    expect(severities(factsWith({}), 'C-01')).toEqual([]);
  });

  test('CCPA-135: selling or sharing with no opt-out yet is an error with the link task', () => {
    const f = factsWith({ 'sharing.shares': true, 'ccpa.optOutMethod': 'not-yet', 'cookies.gpc': 'honoured' });
    expect(severities(f, 'CCPA-135')).toEqual(['error']);
    expect(audit(f).findings.find((x) => x.ruleId === 'CCPA-135')?.action?.id).toBe('ccpa-dnss-link');
    const frictionless = factsWith({ 'sharing.shares': true, 'ccpa.optOutMethod': 'frictionless', 'cookies.gpc': 'not-yet' });
    expect(messages(frictionless, 'CCPA-135')[0]).toContain('Global Privacy Control');
  });

  test('CCPA-135: links planned, or frictionless with GPC honoured, raise nothing', () => {
    expect(severities(factsWith({ 'sharing.shares': true, 'ccpa.optOutMethod': 'links' }), 'CCPA-135')).toEqual([]);
    expect(severities(factsWith({ 'sharing.shares': true, 'ccpa.optOutMethod': 'frictionless', 'cookies.gpc': 'honoured' }), 'CCPA-135')).toEqual([]);
  });

  test('C-14: a policy date older than 12 months is an error for a CCPA business', () => {
    expect(severities(factsWith({ 'policy.effectiveDate': '2025-11-22' }), 'C-14')).toEqual(['error']);
    expect(severities(factsWith({ 'policy.effectiveDate': '2025-11-23' }), 'C-14')).toEqual([]);
    expect(severities(factsWith({ 'policy.effectiveDate': '2025-01-01', ...notCcpa }), 'C-14')).toEqual([]);
  });

  test('C-20: a financial incentive without a notice is an error; with its address it is not', () => {
    expect(severities(factsWith({ 'sharing.financialIncentive': true }), 'C-20')).toEqual(['error']);
    expect(severities(factsWith({ 'sharing.financialIncentive': true, 'ccpa.incentiveNotice': 'https://brightnote.example/rewards' }), 'C-20')).toEqual([]);
    expect(severities(factsWith({}), 'C-20')).toEqual([]);
  });

  test('CCPA-100-e: no encryption at rest is a warning', () => {
    expect(severities(factsWith({ 'security.measures': ['tls', 'backups'] }), 'CCPA-100-e')).toEqual(['warning']);
    expect(severities(factsWith({}), 'CCPA-100-e')).toEqual([]);
  });
});

describe('CCPA obligations', () => {
  test('CCPA-135: selling or sharing adds the opt-out link and the 15-day propagation', () => {
    const f = factsWith({ 'sharing.sells': true });
    expect(taskOf(f, 'ccpa-dnss-link')?.due).toBe('publish');
    expect(taskOf(f, 'ccpa-optout-propagation')?.due).toBe('engineering');
    expect(taskOf(factsWith({}), 'ccpa-dnss-link')).toBeUndefined();
    expect(taskOf(factsWith({ 'sharing.sells': true, ...notCcpa }), 'ccpa-dnss-link')).toBeUndefined();
  });

  test('CCPA-121: sensitive data used to infer adds the "Limit" link', () => {
    const f = factsWith({
      'data.sensitive': ['health'],
      'data.sensitiveDetails': { health: { purpose: 'Wellness tips', condition: 'explicit-consent', infers: true } },
    });
    expect(taskOf(f, 'ccpa-limit-link')?.due).toBe('publish');
    expect(taskOf(factsWith({}), 'ccpa-limit-link')).toBeUndefined();
  });

  test('CCPA-120: selling or sharing with known under-16 users adds the opt-in flow', () => {
    expect(taskOf(factsWith({ 'sharing.shares': true, 'audience.knowsUnder16': true }), 'ccpa-under16-opt-in')?.due).toBe('engineering');
    expect(taskOf(factsWith({ 'sharing.shares': true }), 'ccpa-under16-opt-in')).toBeUndefined();
  });

  test('CCPA-130-a-2 and CCPA-130-a-5: request workflow and yearly review for every CCPA business', () => {
    expect(taskOf(factsWith({}), 'ccpa-request-workflow')?.due).toBe('engineering');
    const review = taskOf(factsWith({}), 'ccpa-annual-policy-review');
    expect(review?.due).toBe('ongoing');
    expect(review?.cadence).toBe('every 12 months');
    expect(taskOf(factsWith(notCcpa), 'ccpa-request-workflow')).toBeUndefined();
    expect(taskOf(factsWith(notCcpa), 'ccpa-annual-policy-review')).toBeUndefined();
  });

  test('CCPA-130-a-5-12m: practices that changed in the last 12 months are a warning; not when they did not, or without the CCPA', () => {
    expect(severities(factsWith({ 'ccpa.sameLast12Months': false }), 'CCPA-130-a-5-12m')).toEqual(['warning']);
    expect(severities(factsWith({ 'ccpa.sameLast12Months': true }), 'CCPA-130-a-5-12m')).toEqual([]);
    expect(severities(factsWith({ 'ccpa.sameLast12Months': false, ...notCcpa }), 'CCPA-130-a-5-12m')).toEqual([]);
  });
});
