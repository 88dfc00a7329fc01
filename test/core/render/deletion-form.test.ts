// "You can delete your account with our online deletion form" must say where the form is: a reader
// cannot use a right through a form the policy does not point to (GDPR Art. 12(2)). Found reading the
// kids-edu and dev-api examples, whose policies named a form without its address.
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { factsWith } from '../../helpers/facts.js';
import { auditFactsOf } from '../../helpers/rule-cases.js';

const deletionLine = (text: string) => text.split('\n').find((l) => l.startsWith('You can delete your account')) ?? '';

describe('the account deletion form', () => {
  it('is linked where the policy names it, for a web product too (not only Android apps)', () => {
    const line = deletionLine(renderPolicy(factsWith({}, 'dev-api'), { lastUpdated: '2026-11-23' }));
    expect(line).toBe('You can delete your account by emailing us or with our online deletion form ([https://tinyhook.example/delete-account](https://tinyhook.example/delete-account)).');
  });

  it('without its address is a required answer the audit asks for, on any platform', () => {
    const findings = auditFactsOf(factsWith({ 'product.deletionUrl': undefined }, 'dev-api')).findings;
    expect(findings.find((f) => f.ruleId === 'REQUIRED-ANSWER' && f.fix[0] === 'product.deletionUrl')?.severity).toBe('error');
    // no form picked: nothing to ask
    const inApp = auditFactsOf(factsWith({ 'product.deletionUrl': undefined, 'product.accountDeletion': ['in-app'] }, 'dev-api')).findings;
    expect(inApp.some((f) => f.fix.includes('product.deletionUrl'))).toBe(false);
  });

  it('keeps the answered order and joins three ways as "a, b or c"', () => {
    const line = deletionLine(renderPolicy(factsWith({}, 'saas'), { lastUpdated: '2026-11-23' }));
    expect(line).toBe('You can delete your account with the delete option in your account settings, with our online deletion form ([https://brightnote.example/delete-account](https://brightnote.example/delete-account)) or by emailing us.');
  });
});
