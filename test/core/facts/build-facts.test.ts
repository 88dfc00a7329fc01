import { describe, expect, test } from 'vitest';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import { factsWith } from '../../helpers/facts.js';

describe('buildFacts', () => {
  test('the example SaaS answers give the laws that apply, with reasons', () => {
    const f = factsWith({});
    const applying = Object.entries(f.laws).filter(([, a]) => a.applies === true).map(([law]) => law);
    expect(applying.sort()).toEqual(
      ['apple', 'caloppa', 'ccpa', 'eprivacy', 'gdpr', 'google-play', 'pecr', 'pipeda', 'uk-gdpr', 'us-states'].sort(),
    );
    expect(f.laws.ccpa.reason).toContain('annual revenue over $26,625,000');
    expect(f.usStates).toEqual(['VA', 'CO', 'CT', 'OR', 'MT']);
    expect(f.missing).toEqual([]);
    expect(f.unsure).toEqual([]);
  });

  test('answers of hidden questions do not count', () => {
    // The DPO's email is only asked when there is a DPO.
    const f = factsWith({ 'org.hasDpo': false, 'org.dpoEmail': 'dpo@x.example' });
    expect(f.org.dpoEmail).toBeUndefined();
  });

  test('"Not sure yet" becomes unsure, including inside per-item forms', () => {
    const f = factsWith({
      'sharing.sells': NOT_SURE,
      'data.details': { identity: { sources: ['user'], required: 'optional', purposes: ['account'], retention: NOT_SURE } },
      'data.categories': ['identity'],
    });
    expect(f.sells).toBe('unsure');
    expect(f.unsure).toContain('sharing.sells');
    expect(f.unsure).toContain('data.details.identity.retention');
    expect(f.data[0]?.retention).toBeUndefined();
  });

  test('a required answer left empty is reported as missing', () => {
    const f = factsWith({ 'org.email': undefined, 'data.details': {} });
    expect(f.missing).toContain('org.email');
    expect(f.missing).toContain('data.details.identity.sources');
  });

  test('CCPA applicability follows the thresholds', () => {
    expect(factsWith({ 'audience.ccpaThresholds': [] }).laws.ccpa.applies).toBe(false);
    expect(factsWith({ 'audience.ccpaThresholds': NOT_SURE }).laws.ccpa.applies).toBe('unknown');
    expect(factsWith({ 'audience.regions': ['eea'] }).laws.ccpa.applies).toBe(false);
  });

  test('service locations outside the EEA/UK are transfer countries', () => {
    expect(factsWith({}).transfers.countries).toEqual(['US']);
  });
});

// brazil-ecommerce: Google Analytics receives approximate location to measure use, while the data
// answers used location for security only, so the uses table and the recipients table disagreed.
describe('uses of data a single-use service receives', () => {
  test('a service with one use adds it to the data it receives', () => {
    const facts = factsWith({}, 'brazil-ecommerce');
    expect(facts.data.find((d) => d.id === 'location-approx')?.purposes).toEqual(['security', 'analytics']);
  });
  test('a service with several uses adds none: the answers do not say which', () => {
    const facts = factsWith({}, 'saas');
    // Stripe receives name and username for payments and security; the answers use it for neither
    expect(facts.data.find((d) => d.id === 'identity')?.purposes).not.toContain('payments');
  });
});
