import { describe, expect, test } from 'vitest';
import { caloppaRules } from '../../../../source/core/audit/rules/caloppa.js';
import type { PolicyFacts, ServiceFacts } from '../../../../source/core/facts/types.js';
import { answersOf, factsWith, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditFactsOf as audit, severitiesOf as severities, taskIn as taskOf } from '../../../helpers/rule-cases.js';


const notCalifornia = { 'audience.regions': ['eea', 'uk', 'us-other', 'canada'] };
const videoEmbed = (): ServiceFacts => ({
  id: 'video-embed',
  name: 'Video Embed',
  fromCatalog: true,
  category: 'video-media',
  role: 'third-party',
  purposes: ['provide-service'],
  data: ['device', 'usage'],
  sellingOrSharing: true,
  cookieKind: 'advertising',
});
const withTracker = (overrides: Record<string, unknown> = {}): PolicyFacts => {
  const f = factsWith(overrides);
  f.services.push(videoEmbed());
  return f;
};
const detected = (f: PolicyFacts, dismissed: string[] = []): PolicyFacts => ({
  ...f,
  detected: [{ id: 'mixpanel', name: 'Mixpanel', where: 'package.json' }],
  dismissed,
});

describe('CalOPPA rules', () => {
  test('the example SaaS answers raise no errors or warnings from them', () => {
    const ids = new Set(caloppaRules.map((r) => r.id));
    const own = audit(factsWith({})).findings.filter((x) => ids.has(x.ruleId));
    expect(own).toEqual([]);
  });

  test('CALOPPA-b5: "we do not track across sites" with tracking is an error', () => {
    expect(severities(factsWith({ 'cookies.kinds': ['essential', 'advertising'], 'cookies.consent': 'opt-in' }), 'CALOPPA-b5')).toEqual(['error']);
    expect(severities(withTracker(), 'CALOPPA-b5')).toEqual(['error']);
    expect(severities(factsWith({ 'sharing.shares': true }), 'CALOPPA-b5')).toEqual(['error']);
  });

  test('CALOPPA-b5: a DNT answer that says you do not respond is consistent with tracking', () => {
    expect(severities(factsWith({ 'cookies.kinds': ['essential', 'advertising'], 'cookies.dnt': 'ignored' }), 'CALOPPA-b5')).toEqual([]);
    expect(severities(factsWith({}), 'CALOPPA-b5')).toEqual([]);
  });

  test('CALOPPA-b6: a service that tracks across sites without advertising cookies ticked is an error', () => {
    expect(severities(withTracker({ 'cookies.dnt': 'ignored' }), 'CALOPPA-b6')).toEqual(['error']);
    expect(severities(withTracker({ 'cookies.dnt': 'ignored', 'cookies.kinds': ['essential', 'analytics', 'advertising'] }), 'CALOPPA-b6')).toEqual([]);
    expect(severities(withTracker({ 'cookies.dnt': 'ignored', ...notCalifornia }), 'CALOPPA-b6')).toEqual([]);
  });

  test('CALOPPA-b4: an effective date in the future is a warning', () => {
    expect(severities(factsWith({ 'policy.effectiveDate': '2027-01-01' }), 'CALOPPA-b4')).toEqual(['warning']);
    expect(severities(factsWith({ 'policy.effectiveDate': '2026-11-23' }), 'CALOPPA-b4')).toEqual([]);
  });

  test('C-05: telling people of changes only by the date is a warning', () => {
    expect(severities(factsWith({ 'changes.notify': ['date'] }), 'C-05')).toEqual(['warning']);
    expect(severities(factsWith({ 'changes.notify': ['date', 'email'] }), 'C-05')).toEqual([]);
  });

  test('C-15: a detected service neither declared nor dismissed is an error, wherever the users are', () => {
    expect(severities(detected(factsWith({})), 'C-15')).toEqual(['error']);
    expect(severities(detected(factsWith({ 'audience.regions': ['eea'] })), 'C-15')).toEqual(['error']);
    expect(audit(detected(factsWith({}))).findings.find((x) => x.ruleId === 'C-15')?.message).toContain('Mixpanel (package.json)');
  });

  test('C-15: dismissed or declared detections raise nothing', () => {
    expect(severities(detected(factsWith({}), ['mixpanel']), 'C-15')).toEqual([]);
    const declared = { ...factsWith({}), detected: [{ id: 'stripe', name: 'Stripe', where: 'package.json' }] };
    expect(severities(declared, 'C-15')).toEqual([]);
  });

  test('CA-DELETE-ACT is UNVERIFIED: selling data from indirect sources gives only info', () => {
    const details = answersOf(loadAnswersFixture('saas'))['data.details'] as Record<string, Record<string, unknown>>;
    details.contact!.sources = ['user', 'partners'];
    const f = factsWith({ 'sharing.sells': true, 'data.details': details, 'data.otherSources': 'Partner lists' });
    expect(severities(f, 'CA-DELETE-ACT')).toEqual(['info']);
    expect(severities(factsWith({ 'sharing.sells': true }), 'CA-DELETE-ACT')).toEqual([]);
  });
});

describe('CalOPPA and California obligations', () => {
  test('CALOPPA-APPLY: a conspicuous "Privacy" link, in the app too for mobile apps', () => {
    const task = taskOf(factsWith({}), 'caloppa-privacy-link');
    expect(task?.due).toBe('publish');
    expect(task?.text).toContain('inside the app');
    expect(taskOf(factsWith({ 'product.kinds': ['webapp'] }), 'caloppa-privacy-link')?.text).not.toContain('inside the app');
    expect(taskOf(factsWith(notCalifornia), 'caloppa-privacy-link')).toBeUndefined();
  });

  test('CALOPPA-PEN: keep the policy true on every release', () => {
    const task = taskOf(factsWith({}), 'caloppa-policy-matches-practice');
    expect(task?.due).toBe('ongoing');
    expect(task?.cadence).toBe('on every release');
    expect(taskOf(factsWith(notCalifornia), 'caloppa-policy-matches-practice')).toBeUndefined();
  });

  test('CA-STL: selling adds Shine the Light handling', () => {
    expect(taskOf(factsWith({ 'sharing.sells': true }), 'ca-shine-the-light')?.due).toBe('engineering');
    expect(taskOf(factsWith({}), 'ca-shine-the-light')).toBeUndefined();
  });

  test('CA-MINOR-ERASE: minors who post content can remove it', () => {
    expect(taskOf(factsWith({ 'audience.children': 'teens' }), 'ca-minor-content-removal')?.due).toBe('engineering');
    expect(taskOf(factsWith({}), 'ca-minor-content-removal')).toBeUndefined();
  });
});
