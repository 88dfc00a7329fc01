import { describe, expect, it } from 'vitest';
import type { Question } from '../../../source/core/questions/types.js';
import { suggestAnswer } from '../../../source/core/suggest/index.js';
import { countryFromAddress, leadAuthorityFor } from '../../../source/core/suggest/org.js';
import { PURPOSE_BASES, suggestedBasis } from '../../../source/core/suggest/vetted.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { context } from './fixtures.js';

const countries = loadQuestionBank().byId.get('org.country')!.choices!;

describe('country from the postal address', () => {
  it.each([
    ['1 Main Street, Dublin D02 X285, Ireland', 'IE'],
    ['10 Downing St, London SW1A 2AA, UK', 'GB'],
    ['Belfast BT1 1AA, Northern Ireland', 'GB'],
    ['5 Rue de Rivoli, 75001 Paris, France', 'FR'],
    ['Karl-Marx-Allee 1\n10178 Berlin\nDeutschland', 'DE'],
    ['500 Market St, San Francisco, CA 94105, USA', 'US'],
    ['Ireland D02 X285', 'IE'],
  ])('%s -> %s', (address, code) => {
    expect(countryFromAddress(address, countries)).toBe(code);
  });

  it('suggests nothing when the address does not end with a country', () => {
    expect(countryFromAddress('1 Main Street, Springfield', countries)).toBeUndefined();
    expect(countryFromAddress('', countries)).toBeUndefined();
    expect(countryFromAddress(undefined, countries)).toBeUndefined();
  });
});

describe('lead supervisory authority', () => {
  it('follows from one country of establishment, and not where the country alone does not decide it', () => {
    expect(leadAuthorityFor('IE')).toBe('Data Protection Commission (Ireland)');
    expect(leadAuthorityFor('DE')).toBeUndefined();
    expect(leadAuthorityFor('US')).toBeUndefined();
  });
});

describe('purpose -> legal basis table', () => {
  it('suggests contract for providing the service only to consumers, interests are named, marketing is consent', () => {
    expect(suggestedBasis('provide-service', 'b2c')).toEqual({ basis: 'contract' });
    expect(suggestedBasis('provide-service', 'b2b')).toBeUndefined();
    expect(suggestedBasis('provide-service', undefined)).toBeUndefined();
    expect(suggestedBasis('security', 'b2b')).toMatchObject({ basis: 'legitimate-interests', interest: expect.stringMatching(/fraud/) });
    expect(suggestedBasis('marketing', 'b2c')).toEqual({ basis: 'consent' });
    expect(suggestedBasis('legal', 'b2c')).toEqual({ basis: 'legal-obligation' });
  });

  it('leaves purposes the law does not settle to "Not sure yet" (no suggestion)', () => {
    for (const purpose of ['analytics', 'improvement', 'personalisation', 'ai-features', 'ai-training', 'research']) {
      expect(suggestedBasis(purpose, 'b2c')).toBeUndefined();
    }
    for (const row of Object.values(PURPOSE_BASES)) if (row.basis === 'legitimate-interests') expect(row.interest).toBeTruthy();
  });

  it('fills the purposes table from the chosen purposes', () => {
    const q: Question = { id: 'purposes.details', section: 'd', prompt: 'Bases?', help: '', type: 'records', itemsFrom: ['purposes.list'], suggest: 'purposeBases' };
    const ctx = context({ answers: { 'purposes.list': ['payments', 'analytics', 'security'], 'product.audienceType': 'b2c' } });
    ctx.bank.byId.set(q.id, q);
    const s = suggestAnswer(q, ctx);
    expect(s?.value).toEqual({ payments: { basis: 'contract' }, security: { basis: 'legitimate-interests', interest: expect.any(String) } });
    expect(s?.note).toMatch(/suggest/i);
  });
});

describe('suggestions from the services in use', () => {
  it('pre-selects the data kinds and purposes of the detected services, each marked with its services', async () => {
    const { choiceMarkers } = await import('../../../source/core/suggest/index.js');
    const q: Question = { id: 'data.categories', section: 'd', prompt: 'Data?', help: '', type: 'multiselect', choicesFrom: 'dataCategories', suggest: 'dataFromServices' };
    const ctx = context({ answers: { 'services.used': ['stripe'] } });
    expect(suggestAnswer(q, ctx)?.value).toEqual(['contact', 'payment']);
    expect(choiceMarkers(q, ctx)).toEqual({ contact: 'suggested: Stripe', payment: 'suggested: Stripe' });
    expect(suggestAnswer(q, context({ answers: { 'services.used': [] } }))).toBeUndefined();
  });
});
