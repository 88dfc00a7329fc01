import { describe, expect, test } from 'vitest';
import { usStatesRules } from '../../../../source/core/audit/rules/us-states.js';
import { answersOf, factsFrom, factsWith, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditFactsOf as audit, severitiesOf as severities, taskIn as taskOf } from '../../../helpers/rule-cases.js';


const noStates = { 'audience.regions': ['eea', 'uk', 'california', 'canada'] };
/** Connecticut only (35,000-99,999 residents), so neither Colorado nor Oregon. */
const connecticutOnly = { 'audience.usStates': ['CT'], 'audience.usStateVolumes': { CT: { volume: '35k-100k' } } };
/** Texas applies (not an SBA small business) and the business sells health data. */
const texasSeller = {
  'audience.smallBusiness': false,
  'sharing.sells': true,
  'data.sensitive': ['health'],
  'data.sensitiveDetails': { health: { purpose: 'Wellness insights', condition: 'explicit-consent', infers: false } },
};

describe('US state rules', () => {
  test('users in other US states but none in a state with a privacy law: the state laws do not apply; unanswered, they may', () => {
    const none = factsWith({ 'audience.usStates': [] });
    expect(none.laws['us-states'].applies).toBe(false);
    expect(none.laws['us-states'].reason).toContain('none of your users live in a state');
    expect(none.usStates).toEqual([]);
    expect(factsWith({ 'audience.usStates': undefined }).laws['us-states'].applies).toBe('unknown');
  });

  test('the example SaaS answers raise no errors or warnings from them', () => {
    const f = factsWith({});
    expect(f.usStates).toEqual(['VA', 'CO', 'CT', 'OR', 'MT']);
    const ids = new Set(usStatesRules.map((r) => r.id));
    expect(audit(f).findings.filter((x) => ids.has(x.ruleId) && x.severity !== 'info')).toEqual([]);
  });

  test('C-34: Maryland forbids precise location for advertising, whatever the consent', () => {
    const maryland = { 'audience.usStates': ['MD'], 'audience.usStateVolumes': { MD: { volume: '35k-100k' } } };
    const details = structuredClone(factsWith({}).answers['data.details']) as Record<string, Record<string, unknown>>;
    const categories = [...(factsWith({}).answers['data.categories'] as string[]), 'location-precise'];
    const purposes = [...(factsWith({}).answers['purposes.list'] as string[]), 'advertising'];
    details['location-precise'] = { sources: ['automatic'], required: 'optional', purposes: ['advertising'], retention: '30 days' };
    const answers = { ...maryland, 'data.categories': categories, 'purposes.list': purposes, 'data.details': details };
    expect(severities(factsWith(answers), 'C-34')).toEqual(['error']);
    expect(severities(factsWith({ ...answers, 'audience.usStates': ['VA'], 'audience.usStateVolumes': { VA: { volume: '100k-175k' } } }), 'C-34')).toEqual([]);
  });

  test('C-33: a seller with Rhode Island customers must be able to name its buyers', () => {
    const rhodeIsland = { 'audience.usStates': ['RI'], 'audience.usStateVolumes': { RI: { volume: 'under-10k' } } };
    expect(severities(factsWith({ ...rhodeIsland, 'sharing.sells': true }), 'C-33')).toEqual(['error']);
    expect(severities(factsWith({ ...rhodeIsland, 'sharing.sells': false }), 'C-33')).toEqual([]);
  });

  test('C-08-appeal: "no appeal" is an error where a state requires one', () => {
    expect(severities(factsWith({ 'rights.appeals': 'None' }), 'C-08-appeal')).toEqual(['error']);
    expect(severities(factsWith({ 'rights.appeals': 'We do not offer appeals.' }), 'C-08-appeal')).toEqual(['error']);
    expect(severities(factsWith({}), 'C-08-appeal')).toEqual([]);
    expect(severities(factsWith({ 'rights.appeals': 'None', 'audience.usStates': ['CO'], 'audience.usStateVolumes': { CO: { volume: 'under-10k' } } }), 'C-08-appeal')).toEqual([]);
  });

  test('US-ST-UOOM: selling or sharing without GPC is an error in Colorado and Oregon', () => {
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'not-yet' }), 'US-ST-UOOM')).toEqual(['error']);
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'honoured' }), 'US-ST-UOOM')).toEqual([]);
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'not-yet', ...connecticutOnly }), 'US-ST-UOOM')).toEqual([]);
  });

  test('US-ST-UOOM-other is UNVERIFIED: Connecticut or Texas alone give only info', () => {
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'not-yet', ...connecticutOnly }), 'US-ST-UOOM-other')).toEqual(['info']);
    expect(severities(factsWith({ 'sharing.shares': true, 'cookies.gpc': 'honoured', ...connecticutOnly }), 'US-ST-UOOM-other')).toEqual([]);
  });

  test('C-12-texas: a Texas seller of data who collects sensitive data but says none is sold gets a warning', () => {
    expect(severities(factsWith({ ...texasSeller, 'texas.sellsSensitive': 'none' }), 'C-12-texas')).toEqual(['warning']);
    expect(severities(factsWith({ ...texasSeller, 'texas.sellsSensitive': 'sensitive' }), 'C-12-texas')).toEqual([]);
    expect(severities(factsWith({ ...texasSeller, 'texas.sellsSensitive': 'none', 'audience.smallBusiness': true }), 'C-12-texas')).toEqual([]);
  });

  test('C-12-biometric: claiming to sell biometric data you do not collect is an error', () => {
    expect(severities(factsWith({ ...texasSeller, 'texas.sellsSensitive': 'both' }), 'C-12-biometric')).toEqual(['error']);
    const biometric = {
      ...texasSeller,
      'data.sensitive': ['biometric'],
      'data.sensitiveDetails': { biometric: { purpose: 'Face login', condition: 'explicit-consent', infers: false } },
      'texas.sellsSensitive': 'biometric',
    };
    expect(severities(factsWith(biometric), 'C-12-biometric')).toEqual([]);
  });

  test('US-ST-CT-2026: targeted ads with minors in Connecticut is an error from 1 July 2026', () => {
    const answers = { ...answersOf(loadAnswersFixture('saas')), 'sharing.shares': true, 'audience.children': 'teens' };
    expect(severities(factsFrom(answers), 'US-ST-CT-2026')).toEqual(['error']);
    expect(severities(factsFrom(answers, '2026-06-30'), 'US-ST-CT-2026')).toEqual([]);
    expect(severities(factsWith({ 'sharing.shares': true }), 'US-ST-CT-2026')).toEqual([]);
  });

  test('US-ST-CO-RULES: a purpose no data is used for is a warning in Colorado', () => {
    const purposes = [...(answersOf(loadAnswersFixture('saas'))['purposes.list'] as string[]), 'research'];
    expect(severities(factsWith({ 'purposes.list': purposes }), 'US-ST-CO-RULES')).toEqual(['warning']);
    expect(severities(factsWith({ 'purposes.list': purposes, ...connecticutOnly }), 'US-ST-CO-RULES')).toEqual([]);
  });

  test('US-ST-METHOD: an online product with only phone or post for requests is an error', () => {
    expect(severities(factsWith({ 'rights.methods': ['phone', 'post'] }), 'US-ST-METHOD')).toEqual(['error']);
    expect(severities(factsWith({}), 'US-ST-METHOD')).toEqual([]);
  });

});

describe('US state obligations', () => {
  test('US-ST-RIGHTS and US-ST-DPA: appeals and processor contracts where state law applies', () => {
    expect(taskOf(factsWith({}), 'us-appeal-workflow')?.due).toBe('engineering');
    expect(taskOf(factsWith({}), 'us-processor-contracts')?.due).toBe('contracts');
    expect(taskOf(factsWith(noStates), 'us-appeal-workflow')).toBeUndefined();
    expect(taskOf(factsWith(noStates), 'us-processor-contracts')).toBeUndefined();
  });

  test('US-ST-OPTOUT, US-ST-UOOM and assessments when selling or sharing', () => {
    const f = factsWith({ 'sharing.shares': true });
    expect(taskOf(f, 'us-optout-link')?.due).toBe('publish');
    expect(taskOf(f, 'us-honour-uoom')?.due).toBe('engineering');
    const dpa = taskOf(f, 'us-data-protection-assessment');
    expect(dpa?.due).toBe('ongoing');
    expect(dpa?.cadence).toBeTruthy();
    for (const id of ['us-optout-link', 'us-honour-uoom', 'us-data-protection-assessment']) expect(taskOf(factsWith({}), id), id).toBeUndefined();
  });

  test('US-ST-SENS: sensitive data needs opt-in consent', () => {
    const f = factsWith({
      'data.sensitive': ['health'],
      'data.sensitiveDetails': { health: { purpose: 'x', condition: 'explicit-consent', infers: false } },
    });
    expect(taskOf(f, 'us-sensitive-consent')?.due).toBe('engineering');
    expect(taskOf(factsWith({}), 'us-sensitive-consent')).toBeUndefined();
  });
});
