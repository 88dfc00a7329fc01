import { describe, expect, it } from 'vitest';
import { catalogChoices, formatAnswer, recordItems, resolveChoices } from '../../../source/core/suggest/index.js';
import { byId, catalog, context, vocabulary } from './fixtures.js';

describe('resolveChoices', () => {
  it('uses inline choices first', () => {
    expect(resolveChoices(byId('product.platforms'), context()).map((c) => c.value)).toEqual(['ios', 'android']);
  });

  it('reads a vocabulary list', () => {
    expect(resolveChoices(byId('data.categories'), context())).toEqual([
      { value: 'contact', label: 'contact label' },
      { value: 'payment', label: 'payment label' },
      { value: 'usage', label: 'usage label' },
    ]);
  });

  it('lists detected catalog services first, then the rest by name, with category labels', () => {
    const choices = catalogChoices({ catalog, detected: ['zeta', 'unknown'], vocabulary });
    expect(choices.map((c) => c.value)).toEqual(['zeta', 'adyen', 'stripe']);
    expect(choices[2]).toEqual({ value: 'stripe', label: 'Stripe', hint: 'Payments' });
    expect(choices[0]).toEqual({ value: 'zeta', label: 'Zeta' });
  });

  it('lists services chosen earlier right after the detected ones', () => {
    const choices = catalogChoices({ catalog, detected: ['zeta'], vocabulary, answers: { 'services.used': ['stripe', 'zeta'] } });
    expect(choices.map((c) => c.value)).toEqual(['zeta', 'stripe', 'adyen']);
  });

  it('offers only the values chosen in another answer, with their labels', () => {
    const field = byId('services.details').fields![0]!;
    expect(resolveChoices(field, context({ answers: { 'data.categories': ['usage'] } }))).toEqual([{ value: 'usage', label: 'usage label' }]);
    expect(resolveChoices(field, context({ answers: { 'data.categories': 'not-sure' } }))).toEqual([]);
  });
});

describe('recordItems', () => {
  it('has one item per selected service and per custom name, without duplicates', () => {
    const items = recordItems(byId('services.details'), context({ answers: { 'services.used': ['stripe'], 'services.custom': ['Acme Payroll', 'stripe', ' '] } }));
    expect(items).toEqual([
      { key: 'stripe', label: 'Stripe' },
      { key: 'Acme Payroll', label: 'Acme Payroll' },
    ]);
  });

  it('has no items when the lists are unanswered or "Not sure yet"', () => {
    expect(recordItems(byId('services.details'), context({ answers: { 'services.used': 'not-sure' } }))).toEqual([]);
  });
});

describe('formatAnswer', () => {
  it('summarises every kind of answer on one line', () => {
    const choices = [{ value: 'a', label: 'Apple' }];
    expect(formatAnswer(true)).toBe('Yes');
    expect(formatAnswer('not-sure')).toBe('Not sure yet');
    expect(formatAnswer(['a', 'b'], choices)).toBe('Apple, b');
    expect(formatAnswer([], choices)).toBe('none');
    expect(formatAnswer(16)).toBe('16');
    expect(formatAnswer({ a: { x: 1 } }, choices)).toBe('1 filled in (Apple)');
    expect(formatAnswer(undefined)).toBe('—');
  });
});
