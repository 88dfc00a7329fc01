// "Your rights" lists each right only for the readers whose law gives it (issue 8: a Canadian reader
// was told they could have their data deleted, restricted and moved, which PIPEDA does not give), and
// the Do Not Track sentence, a CalOPPA disclosure, appears only where CalOPPA applies.
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { factsWith } from '../../helpers/facts.js';
import { glanceDisagreements, sectionOf } from '../truth/glance.js';

const policy = (o: Record<string, unknown>, fixture = 'saas') => renderPolicy(factsWith(o, fixture), { lastUpdated: '2026-11-23' });
const rightsList = (text: string) => (sectionOf(text, 'Your rights') ?? '').split('\n### ')[0]!.split('\n').filter((l) => l.startsWith('- '));

describe('rights per applicable law', () => {
  it('Canada outside Québec: access and correction only, said plainly', () => {
    const text = policy({ 'audience.regions': ['canada'], 'audience.quebec': false }, 'canada-quebec');
    const list = rightsList(text);
    expect(list.some((l) => l.includes('give you a copy of it'))).toBe(true);
    expect(list.some((l) => l.includes('correct data'))).toBe(true);
    for (const right of ['delete your data', 'limit how we use', 'send your data to you', 'stop using your data']) expect(list.some((l) => l.includes(right)), right).toBe(false);
    expect(sectionOf(text, 'Your rights')).toMatch(/^You can ask us to:/m);
    expect(glanceDisagreements(text)).toBeNull();
  });

  it('EEA with California: the rights only the GDPR gives name the places where they apply', () => {
    const text = policy({ 'audience.regions': ['eea', 'california'] });
    const list = rightsList(text);
    expect(list).toContain('- limit how we use your data (in the EEA)');
    expect(list).toContain('- delete your data');
    expect(sectionOf(text, 'Your rights')).toMatch(/^Depending on where you live, you can ask us to:/m);
    expect(glanceDisagreements(text)).toBeNull();
  });

  it('EEA only: every right, no place named, no Do Not Track', () => {
    const text = policy({ 'audience.regions': ['eea'] });
    const list = rightsList(text);
    expect(list).toHaveLength(6);
    expect(list.every((l) => !/\(in /.test(l))).toBe(true);
    expect(text).not.toContain('Do Not Track');
  });

  it('California readers are told how Do Not Track is handled', () => {
    expect(policy({ 'audience.regions': ['eea', 'california'] })).toContain('**Do Not Track.**');
  });
});

describe('a role given as the officer\'s name', () => {
  it.each(['DPO', 'The Data Protection Officer', 'Encarregada de Dados', 'encarregado pelo tratamento de dados pessoais', 'Délégué à la protection des données', 'Datenschutzbeauftragter'])(
    '"%s" is not printed as if it were a person',
    (role) => {
      const text = policy({ 'org.hasDpo': true, 'org.dpoName': role, 'org.dpoEmail': 'dpo@loja.example', 'org.privacyOfficer': undefined }, 'brazil-ecommerce');
      expect(text).not.toContain(`is ${role}`);
      expect(text).toContain('our Data Protection Officer at');
      expect(sectionOf(text, 'Your rights in Brazil')).toContain('You can reach our person in charge of data protection (encarregado) at');
    },
  );
  // LGPD Art. 41 §1: the encarregado's identity. The brazil example names her only in org.privacyOfficer
  // (the answer the LGPD-41 rule checks), with the DPO given by role: the policy left her name out.
  it('the person in charge of privacy is named when the DPO is given by role only', () => {
    const text = policy({ 'org.hasDpo': true, 'org.dpoName': 'Encarregada de Dados', 'org.dpoEmail': 'dpo@loja.example', 'org.privacyOfficer': 'Ana Souza, Encarregada de Dados' }, 'brazil-ecommerce');
    expect(sectionOf(text, 'Your rights in Brazil')).toContain('(encarregado) is Ana Souza, Encarregada de Dados. You can reach them at [dpo@loja.example](mailto:dpo@loja.example).');
  });
  it('a role given as the person in charge is not a name either', () => {
    const text = policy({ 'org.hasDpo': true, 'org.dpoName': 'DPO', 'org.dpoEmail': 'dpo@loja.example', 'org.privacyOfficer': 'Encarregado' }, 'brazil-ecommerce');
    expect(sectionOf(text, 'Your rights in Brazil')).toContain('You can reach our person in charge of data protection (encarregado) at');
  });
  it('a named person is', () => {
    const text = policy({ 'org.hasDpo': true, 'org.dpoName': 'Ana Souza', 'org.dpoEmail': 'dpo@loja.example' }, 'brazil-ecommerce');
    expect(sectionOf(text, 'Your rights in Brazil')).toContain('(encarregado) is Ana Souza');
  });
});

describe('more time to answer, only where the law allows it', () => {
  it('Québec readers are not told of the 30 more days federal law allows', () => {
    const text = policy({}, 'canada-quebec');
    expect(text).toContain('- **In Canada outside Québec:** up to 30 more days');
    expect(text).not.toMatch(/If we need more time, we may take up to 30 more days/);
  });
  it('Brazilian readers are not told of the GDPR\'s two more months', () => {
    const text = policy({ 'audience.regions': ['eea', 'brazil'] }, 'brazil-ecommerce');
    expect(text).not.toMatch(/If we need more time, we may take up to two more months/);
    expect(text).toContain('- **In the EEA:** up to two more months');
  });
  it('one law that allows it: said in one sentence', () => {
    expect(policy({ 'audience.regions': ['eea'] })).toMatch(/If we need more time, we may take up to two more months/);
  });
});

describe('the state-law rights, hedged only where a state lacks one', () => {
  const stateRights = (text: string) => (sectionOf(text, 'Your rights in other US states') ?? '').split('\n').find((l) => l.includes('can ask us to confirm')) ?? '';
  it('Connecticut alone gives every right listed: said plainly', () => {
    expect(stateRights(policy({}, 'kids-edu'))).toMatch(/^You can ask us to confirm/);
  });
  it('with Iowa (no right to correct) the list depends on the state', () => {
    expect(stateRights(policy({}, 'us-mobile-ads'))).toMatch(/^Depending on your state, you can ask us to confirm/);
    expect(stateRights(policy({ 'audience.usStates': ['VA', 'CO'], 'audience.usStateVolumes': { VA: { volume: 'over-175k' }, CO: { volume: 'over-175k' } } }, 'us-mobile-ads'))).toMatch(/^You can ask us to confirm/);
  });
});

// GDPR Art. 21 is a GDPR and UK GDPR right: the set-apart notice (Art. 21(4)) is not given to readers
// whose law does not give it (a Brazil-only shop was told it could object "for reasons about your own
// situation", GDPR wording; LGPD Art. 18 §2 covers only processing without consent that breaks the LGPD).
describe('the right to object', () => {
  const objection = (text: string) => sectionOf(text, 'Your right to object');
  it('Brazil only: no GDPR objection notice; the Brazil section states the LGPD right', () => {
    const text = policy({}, 'brazil-ecommerce');
    expect(objection(text)).toBeUndefined();
    expect(text).not.toContain('for reasons about your own situation');
    expect(sectionOf(text, 'Your rights in Brazil')).toContain('object to what we do with your data without your consent if it does not comply with the LGPD');
  });
  it('EEA with other laws: the notice names the places whose law gives it', () => {
    expect(objection(policy({}))).toContain('> **If you are in the EEA or the UK, you have the right to object.**');
    expect(objection(policy({ 'audience.regions': ['eea', 'brazil'] }))).toContain('> **If you are in the EEA, you have the right to object.**');
  });
  it('EEA only: said plainly', () => {
    expect(objection(policy({ 'audience.regions': ['eea'] }))).toContain('> **You have the right to object.**');
  });
});

// LGPD-9 (VII) asks for the Art. 18 rights; the Brazil section listed "confirm that we process your
// data" as an addition to "Your rights", which already says "tell you whether we hold data about you".
describe('the Brazil section adds only what Your rights does not say', () => {
  it('no second confirmation right', () => {
    const text = policy({}, 'brazil-ecommerce');
    expect(rightsList(text)).toContain('- tell you whether we hold data about you, and give you a copy of it');
    expect(sectionOf(text, 'Your rights in Brazil')).not.toContain('confirm that we process your data');
  });
});
