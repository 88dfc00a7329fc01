import { describe, expect, test } from 'vitest';
import { coppaRules } from '../../../../source/core/audit/rules/coppa.js';
import type { ServiceFacts } from '../../../../source/core/facts/types.js';
import { answersOf, factsWith, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditFactsOf as audit, severitiesOf as severities, taskIn as taskOf } from '../../../helpers/rule-cases.js';


/** The SaaS answers turned into a children's product with no tracking services or cookies. */
const forChildren = {
  'audience.children': 'children',
  'coppa.consentMethod': 'payment',
  'coppa.thirdPartyDisclosure': 'no',
  'coppa.publicPosting': false,
  'coppa.phone': '+1 800 555 0100',
  'coppa.childData': ['usage', 'device'],
  'services.used': ['stripe', 'aws'],
  'cookies.kinds': ['essential'],
};
const children = (overrides: Record<string, unknown> = {}) => factsWith({ ...forChildren, ...overrides });
const adSdk = (): ServiceFacts => ({
  id: 'ad-network',
  name: 'Ad Network SDK',
  fromCatalog: true,
  category: 'advertising',
  role: 'third-party',
  purposes: ['advertising'],
  data: ['device'],
  sellingOrSharing: true,
  cookieKind: 'advertising',
});
const saasDetails = () => answersOf(loadAnswersFixture('saas'))['data.details'] as Record<string, Record<string, unknown>>;

describe('COPPA rules', () => {
  test('a children\'s product with consent and no tracking raises no errors or warnings from them', () => {
    const ids = new Set(coppaRules.map((r) => r.id));
    expect(audit(children()).findings.filter((x) => ids.has(x.ruleId))).toEqual([]);
    expect(audit(factsWith({})).findings.filter((x) => ids.has(x.ruleId))).toEqual([]);
  });

  test('C-16: advertising or analytics SDKs in a children\'s product are an error', () => {
    const f = children();
    f.services.push(adSdk());
    expect(severities(f, 'C-16')).toEqual(['error']);
    expect(severities(children({ 'cookies.kinds': ['essential', 'advertising'], 'cookies.consent': 'opt-in' }), 'C-16')).toEqual(['error']);
    const detected = { ...children(), detected: [{ id: 'google-analytics', name: 'Google Analytics', where: 'index.html', category: 'analytics' }] };
    expect(severities(detected, 'C-16')).toEqual(['error']);
  });

  test('C-16: no finding without tracking SDKs, or when the product is not for children', () => {
    expect(severities(children(), 'C-16')).toEqual([]);
    const adult = factsWith({});
    adult.services.push(adSdk());
    expect(severities(adult, 'C-16')).toEqual([]);
  });

  test('COPPA-5: disclosing to third parties under the collection consent is an error', () => {
    const f = children({ 'coppa.thirdPartyDisclosure': 'without-separate-consent', 'coppa.thirdParties': 'Acme Games, matchmaking' });
    expect(severities(f, 'COPPA-5')).toEqual(['error']);
    expect(severities(children({ 'coppa.thirdPartyDisclosure': 'separate-consent', 'coppa.thirdParties': 'Acme Games, matchmaking' }), 'COPPA-5')).toEqual([]);
  });

  test('COPPA-5-vpc: no parental consent is an error', () => {
    expect(severities(children({ 'coppa.consentMethod': 'none' }), 'COPPA-5-vpc')).toEqual(['error']);
    expect(severities(children(), 'COPPA-5-vpc')).toEqual([]);
  });

  test('COPPA-10: keeping data indefinitely is an error in a children\'s product only', () => {
    const details = saasDetails();
    details.content!.retention = 'Indefinitely';
    expect(severities(children({ 'data.details': details, 'coppa.childData': ['content'] }), 'COPPA-10')).toEqual(['error']);
    expect(severities(factsWith({ 'data.details': details }), 'COPPA-10')).toEqual([]);
    expect(severities(children(), 'COPPA-10')).toEqual([]);
  });

  test('COPPA-4-d-4 and COPPA-4-d-5 are UNVERIFIED: only info', () => {
    const categories = [...(answersOf(loadAnswersFixture('saas'))['data.categories'] as string[]), 'audio-visual'];
    expect(severities(children({ 'data.categories': categories }), 'COPPA-4-d-4')).toEqual(['info']);
    expect(severities(children(), 'COPPA-4-d-4')).toEqual([]);
    expect(severities(children({ 'coppa.thirdPartyDisclosure': 'separate-consent', 'coppa.thirdParties': 'Acme Games Ltd' }), 'COPPA-4-d-5')).toEqual(['info']);
    expect(severities(children(), 'COPPA-4-d-5')).toEqual([]);
  });
});

describe('COPPA obligations', () => {
  const expected: [string, string][] = [
    ['coppa-notice-links', 'publish'],
    ['coppa-direct-notice', 'publish'],
    ['coppa-parental-consent', 'engineering'],
    ['coppa-parent-review', 'engineering'],
    ['coppa-security-program', 'engineering'],
    ['coppa-third-party-assurances', 'contracts'],
    ['coppa-retention-policy', 'publish'],
    ['coppa-deletion-jobs', 'engineering'],
    ['coppa-minimise-collection', 'engineering'],
  ];

  test('a children\'s product gets the COPPA tasks; an adult product does not', () => {
    for (const [id, due] of expected) {
      expect(taskOf(children(), id)?.due, id).toBe(due);
      expect(taskOf(factsWith({}), id), id).toBeUndefined();
    }
  });

  test('COPPA-APPLY: a mixed audience needs a neutral age screen', () => {
    expect(taskOf(children({ 'audience.children': 'mixed' }), 'coppa-age-screen')?.due).toBe('engineering');
    expect(taskOf(children(), 'coppa-age-screen')).toBeUndefined();
  });

  test('COPPA-5: disclosure to third parties adds the separate consent', () => {
    expect(taskOf(children({ 'coppa.thirdPartyDisclosure': 'separate-consent', 'coppa.thirdParties': 'x' }), 'coppa-separate-disclosure-consent')?.due).toBe('engineering');
    expect(taskOf(children(), 'coppa-separate-disclosure-consent')).toBeUndefined();
  });

  test('COPPA-4-d-3: analytics identifiers need the internal-operations disclosure', () => {
    expect(taskOf(children({ 'cookies.kinds': ['essential', 'analytics'], 'cookies.consent': 'opt-in' }), 'coppa-internal-operations')?.due).toBe('publish');
    expect(taskOf(children(), 'coppa-internal-operations')).toBeUndefined();
  });
});
