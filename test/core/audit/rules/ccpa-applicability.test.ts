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

describe('advertising SDKs while the answers deny selling and sharing', () => {
  const admob = (o: Record<string, unknown> = {}) => {
    const base = factsWith({}).answers;
    return {
      'services.used': [...(base['services.used'] as string[]), 'google-admob'],
      'services.details': {
        ...(base['services.details'] as object),
        'google-admob': { role: 'third-party', purposes: ['advertising'], data: ['device', 'usage'], location: 'US', safeguard: 'dpf' },
      },
      ...o,
    };
  };
  ruleCases([
    ['C-01', 'error', admob(neither), admob({ 'sharing.sells': false, 'sharing.shares': true })],
    ['US-ST-OPTOUT', 'error', admob(neither), admob({ 'sharing.sells': false, 'sharing.shares': true })],
  ]);

  test('the finding names the SDK and the data it receives', () => {
    const [hit] = findingsOf(admob(neither), 'C-01');
    expect(hit!.message).toContain('Google AdMob (Google Mobile Ads SDK), which receives device and network identifiers, usage data');
  });

  test('the policy does not say "we do not sell or share" while an ad SDK is declared', async () => {
    const { renderPolicy } = await import('../../../../source/core/render/policy.js');
    const clean = renderPolicy(factsWith(neither), { lastUpdated: '2026-11-23' });
    expect(clean).toContain('We do not sell your personal information, which means giving it to another company for money or other value.');
    expect(clean).toMatch(/^\| \*\*Identifiers\*\* \|.* \| No \|$/m);
    expect(clean).toContain('We do not sell personal data, and we do not use it for targeted advertising.');
    const withAds = renderPolicy(factsWith(admob(neither)), { lastUpdated: '2026-11-23' });
    expect(withAds).not.toContain('We do not sell your personal information');
    expect(withAds).not.toContain('we do not sell your personal information');
    expect(withAds).not.toContain('We do not sell personal data, and we do not use it for targeted advertising.');
    expect(withAds).not.toMatch(/ \| No \|$/m);
  });

  test('the selling question no longer suggests ad SDKs are not sales', () => {
    const q = loadQuestionBank().byId.get('sharing.sells')!;
    expect(q.hint).not.toMatch(/not selling/);
    expect(q.hint).toMatch(/value/);
  });
});

describe('web presence of a mobile-first product (§1798.130(a)(1)(B); 11 CCR §7026(a))', () => {
  const mobileWithSite = { 'product.kinds': ['mobile'], 'product.url': 'https://app.example', 'org.contactForm': undefined, 'rights.methods': ['email', 'in-app', 'phone'] };
  ruleCases([
    ['C-08', 'error', mobileWithSite, { ...mobileWithSite, 'rights.methods': ['email', 'web-form', 'phone'] }],
    ['REG-7026-a', 'error', { ...mobileWithSite, 'sharing.shares': true, 'ccpa.optOutMethod': 'links' }, { ...mobileWithSite, 'sharing.shares': true, 'ccpa.optOutMethod': 'links', 'org.contactForm': 'https://app.example/privacy-request' }],
  ]);

  test('a mobile app with no web address is not asked for a web form', () => {
    expect(findingsOf({ ...mobileWithSite, 'product.url': undefined, 'sharing.shares': true, 'ccpa.optOutMethod': 'links' }, 'REG-7026-a')).toEqual([]);
    expect(findingsOf({ ...mobileWithSite, 'product.url': undefined }, 'C-08').filter((f) => f.message.includes('website'))).toEqual([]);
  });
});
