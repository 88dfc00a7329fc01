// CCPA threshold (B) counts personal information bought, sold or shared (Cal. Civ. Code §1798.140(d)(1)(B)).
import { describe, expect, test } from 'vitest';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { factsWith } from '../../../helpers/facts.js';
import { findingsOf, ruleCases, type RuleCase } from '../../../helpers/rule-cases.js';

const neither = { 'sharing.sells': false, 'sharing.shares': false };
const cases: RuleCase[] = [
  ['CCPA-APPLY', 'warning', { 'audience.ccpaThresholds': ['volume'], ...neither }, { 'audience.ccpaThresholds': ['volume'], 'sharing.shares': true }],
  ['C-28', 'warning', { 'audience.ccpaThresholds': [], 'sharing.shares': true }, { 'audience.ccpaThresholds': ['volume'], 'sharing.shares': true }],
];

describe('CCPA applicability', () => {
  ruleCases(cases);

  test('the threshold choice names buying, selling or sharing, not mere collection', () => {
    const q = loadQuestionBank().byId.get('audience.ccpaThresholds')!;
    const volume = q.choices!.find((c) => c.value === 'volume')!;
    expect(volume.label).toMatch(/buys, sells or shares/i);
    expect(q.help).toMatch(/neither sells nor shares/);
  });

  test('C-28: an ad SDK for California users below the volume test is a warning, also when the CCPA does not apply', () => {
    const f = { 'audience.ccpaThresholds': [], 'services.used': ['stripe', 'google-admob'], ...neither };
    expect(factsWith(f).laws.ccpa.applies).toBe(false);
    const hits = findingsOf(f, 'C-28');
    expect(hits.map((h) => h.severity)).toEqual(['warning']);
    expect(hits[0]!.message).toContain('Google AdMob');
    expect(findingsOf({ ...f, 'audience.regions': ['eea'] }, 'C-28')).toEqual([]);
  });

  test('the applicability reason repeats the corrected test', () => {
    expect(factsWith({ 'audience.ccpaThresholds': ['volume'], 'sharing.shares': true }).laws.ccpa.reason).toContain('buy, sell or share');
  });
});
