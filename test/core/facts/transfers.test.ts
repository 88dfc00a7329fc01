import { describe, expect, test } from 'vitest';
import type { ServiceFacts } from '../../../source/core/facts/types.js';
import { safeguardCovers, type Origin } from '../../../source/core/facts/transfers.js';

const service = (location: string, dpf?: boolean): ServiceFacts => ({ id: 'x', name: 'X', fromCatalog: true, purposes: [], data: [], location, dpf });

describe('a transfer safeguard covers only the data it was made for', () => {
  const cases: [Origin, string, string, boolean | undefined, boolean][] = [
    ['eea', 'scc', 'US', undefined, true],
    ['uk', 'scc', 'US', undefined, false], // EU SCCs alone do not cover UK data
    ['eea', 'uk-addendum', 'US', undefined, false], // the UK Addendum covers no EEA data
    ['uk', 'uk-addendum', 'US', undefined, true],
    ['eea', 'dpf', 'US', true, true],
    ['uk', 'dpf', 'US', true, false], // EU-US DPF without the UK Extension
    ['uk', 'uk-extension', 'US', undefined, true],
    ['uk', 'uk-extension', 'US', false, false], // the catalog knows it is not certified
    ['ch', 'dpf', 'US', true, false], // Swiss data needs the Swiss-US DPF
    ['ch', 'swiss-dpf', 'US', undefined, true],
    ['eea', 'dpf', 'IN', undefined, false],
    ['eea', 'adequacy', 'JP', undefined, true],
    ['eea', 'adequacy', 'US', undefined, false],
    ['eea', 'adequacy', 'IN', undefined, false],
    ['uk', 'uk-adequacy', 'KR', undefined, true],
    ['eea', 'none', 'IE', undefined, true],
    ['eea', 'none', 'US', undefined, false],
    ['uk', 'none', 'DE', undefined, true],
    ['eea', 'scc', 'DE', undefined, false], // no transfer, no SCCs to claim
  ];
  test.each(cases)('%s data, %s, to %s (DPF %s): %s', (origin, id, location, dpf, expected) => {
    expect(safeguardCovers(service(location, dpf), origin, id)).toBe(expected);
  });

  test('free-text or missing locations are never covered', () => {
    expect(safeguardCovers(service('somewhere in Asia'), 'eea', 'scc')).toBe(false);
    expect(safeguardCovers(service('US'), 'eea', undefined)).toBe(false);
  });
});

describe('where the users are is not known yet', () => {
  test('"Not sure yet" to the regions makes the regional laws unknown, never "no users there"', async () => {
    const { factsWith } = await import('../../helpers/facts.js');
    const f = factsWith({ 'audience.regions': ['not-sure'] });
    expect(f.laws['uk-gdpr'].applies).toBe('unknown');
    expect(f.laws['uk-gdpr'].reason).toMatch(/Not sure yet/);
    expect(Object.values(f.laws).map((l) => l.reason).join('\n')).not.toMatch(/no users in/);
  });
});

describe('an answer with nothing to read is no answer', () => {
  test('a lone BOM, a zero-width space or "..." leaves the fact open instead of printing an empty clause', async () => {
    const { factsWith } = await import('../../helpers/facts.js');
    for (const text of ['\uFEFF', '\u200B', '...', '* ', '~']) {
      const f = factsWith({ 'org.address': text, 'org.legalName': text });
      expect(f.org.address, JSON.stringify(text)).toBeUndefined();
      expect(f.missing).toContain('org.legalName');
    }
  });
});
