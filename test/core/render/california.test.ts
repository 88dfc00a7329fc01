// The California section lists CCPA sensitive personal information as its own category
// (11 CCR §7011(e)(1)(A) with Cal. Civ. Code §1798.140(ae)) and gives the §7011(e)(1)(K) statement only when true.
import { describe, expect, test } from 'vitest';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { factsWith } from '../../helpers/facts.js';
import { findingsOf } from '../../helpers/rule-cases.js';

const render = (o: Record<string, unknown> = {}) => renderPolicy(factsWith(o), { lastUpdated: '2026-11-23' });
function california(policy: string): string {
  const start = policy.indexOf('\n## Your rights in California\n');
  const next = policy.indexOf('\n## ', start + 4);
  return policy.slice(start, next);
}
/** The row of one category in the categories table, by its bold name. */
function block(text: string, name: string): string {
  return text.split('\n').find((l) => l.startsWith(`| **${name}** |`)) ?? '';
}

describe('CCPA sensitive personal information', () => {
  test('account log-in and password is its own SPI category, not folded into identifiers', () => {
    const text = california(render());
    expect(block(text, 'Sensitive personal information')).toContain('Account log-in and password');
    expect(block(text, 'Identifiers')).not.toMatch(/credentials|log-in/i);
  });

  test('messages between users are SPI only when the product carries them', () => {
    expect(block(california(render()), 'Sensitive personal information')).not.toContain('messages');
    const withChat = california(render({ 'ccpa.userMessages': true }));
    expect(block(withChat, 'Sensitive personal information')).toContain('contents of messages between users');
    expect(block(withChat, 'Internet or other electronic network activity information')).not.toContain('messages');
  });

  test('precise location and sensitive categories join the SPI block with the statute\'s terms', () => {
    const details = factsWith({}).answers['data.details'] as Record<string, Record<string, unknown>>;
    const text = california(
      render({
        'data.categories': [...(factsWith({}).answers['data.categories'] as string[]), 'location-precise'],
        'data.details': { ...details, 'location-precise': { sources: ['automatic'], required: 'optional', purposes: ['provide-service'], retention: '30 days' } },
        'data.sensitive': ['government-id'],
        'data.sensitiveDetails': { 'government-id': { purpose: 'Identity checks', condition: 'not-applicable', infers: false } },
      }),
    );
    const spi = block(text, 'Sensitive personal information');
    expect(spi).toContain('precise geolocation');
    expect(spi).toContain("driver's licence");
    expect(spi).toContain('Identity checks');
  });

  test('the (K) statement follows the answer, and is left out (with an error) while open', () => {
    expect(california(render())).toContain('We do not use it to infer characteristics about you');
    const beyond = california(render({ 'ccpa.spiInfers': true }));
    expect(beyond).not.toContain('We do not use it to infer');
    expect(beyond).toContain('### Limit the Use of My Sensitive Personal Information');
    const open = california(render({ 'ccpa.spiInfers': undefined }));
    expect(open).not.toMatch(/infer characteristics/);
    expect(findingsOf({ 'ccpa.spiInfers': undefined }, 'C-27').map((f) => f.severity)).toEqual(['error']);
    expect(findingsOf({}, 'C-27')).toEqual([]);
  });

  test('with no SPI at all the section says so', () => {
    const categories = (factsWith({}).answers['data.categories'] as string[]).filter((c) => c !== 'account');
    const text = california(render({ 'data.categories': categories }));
    expect(text).toContain('We do not collect sensitive personal information.');
    expect(text).not.toContain('**Sensitive personal information**');
  });
});

// The California section points to "How to make a request" for verification and agents only when
// that section says them (the incomplete example: neither answered, the pointer promised both).
describe('the pointer to How to make a request', () => {
  test('names only what that section explains', () => {
    expect(california(render())).toContain('That section also explains how we check it is you and how someone else can ask for you.');
    const noAgents = california(render({ 'rights.agents': false }));
    expect(noAgents).toContain('That section also explains how we check it is you.');
    const neither = california(render({ 'rights.agents': false, 'rights.verification': undefined }));
    expect(neither).not.toContain('That section also explains');
  });
});
