// The clauses for facts the question bank could not express before issue 8, as a reader sees them
// in the two example products that answer them, and their absence where nothing was answered.
import { describe, expect, test } from 'vitest';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { answersOf, factsFrom, factsWith, loadAnswersFixture } from '../../helpers/facts.js';
import { auditFactsOf } from '../../helpers/rule-cases.js';

const policyOf = (fixture: string) => renderPolicy(factsFrom(answersOf(loadAnswersFixture(fixture))), { lastUpdated: '2026-11-23' });
const policyWith = (o: Record<string, unknown>, fixture: string) => renderPolicy(factsWith(o, fixture), { lastUpdated: '2026-11-23' });
const section = (policy: string, heading: string) => {
  const start = policy.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const next = policy.indexOf('\n## ', start + 4);
  return policy.slice(start, next < 0 ? undefined : next);
};

describe('breach notice (GDPR Art. 33(1), 34(1); C-45)', () => {
  test('the plan\'s commitment is printed as answered, with the customer-data limit for a processor', () => {
    const protect = section(policyOf('selfhosted-devtool'), 'How we protect it')!;
    expect(protect).toContain('If a breach affects your personal data, we tell you within 48 hours of confirming it, whatever the risk.');
    expect(protect).toContain('For data that a business customer keeps in Forgeboard, we tell that customer, and they decide whether to tell you.');
    expect(protect).not.toMatch(/72 hours/);
  });
  test('"as the law requires" without hours says "without undue delay", and no customer sentence without customer data', () => {
    const protect = section(policyOf('calling-app'), 'How we protect it')!;
    expect(protect).toContain('If the law requires us to tell you about a breach of your data, for example because it puts you at high risk, we tell you without undue delay.');
    expect(protect).not.toContain('business customer');
  });
  test('no answer keeps the general sentence; "Not sure yet" promises nothing more', () => {
    for (const policy of [policyOf('saas'), policyWith({ 'security.breachNotice': NOT_SURE }, 'selfhosted-devtool')]) {
      expect(policy).toContain('If a breach is likely to put you at risk, we will tell you as the law requires.');
      expect(policy).not.toMatch(/hours of confirming|whatever the risk/);
    }
  });
});

describe('own servers, offices and staff abroad (GDPR Art. 13(1)(f), 44-46)', () => {
  test('each country is listed with what is there and, for a group company, the safeguard per origin', () => {
    const where = section(policyOf('selfhosted-devtool'), 'Where we process your data')!;
    expect(where).toContain('- Canada: staff who work from there and access personal data, part of our own company.');
    expect(where).toContain('- The Philippines: an office whose staff access personal data, run by another company of our group. For data from the EEA: EU standard contractual clauses. For data from the UK: UK Addendum to the EU clauses.');
  });
  test('a safeguard that does not cover the origin is not printed', () => {
    const o = { 'transfers.ownDetails': { PH: { what: 'office', entity: 'affiliate', safeguard: 'uk-addendum', ukSafeguard: 'uk-addendum' } } };
    const where = section(policyWith(o, 'selfhosted-devtool'), 'Where we process your data')!;
    const line = where.split('\n').find((l) => l.startsWith('- The Philippines:'))!;
    expect(line).toContain('For data from the UK: UK Addendum');
    expect(line).not.toContain('For data from the EEA');
  });
  test('no own countries, no block', () => {
    expect(policyOf('saas')).not.toContain('Our own teams and servers');
  });
});

describe('self-hosted edition (GDPR Art. 4(7); GDPR-ROLE-DUAL)', () => {
  test('says the operator is responsible and lists only what an instance sends', () => {
    const text = section(policyOf('selfhosted-devtool'), 'Self-hosted Forgeboard')!;
    expect(text).toContain('stays with the organisation that runs it and does not reach us');
    expect(text).toContain('- Licence checks:');
    expect(text).toContain('- Usage statistics:');
    expect(text).not.toContain('Update checks');
  });
  test('"Nothing" says so; nothing beside another pick', () => {
    expect(policyWith({ 'product.selfHostedData': ['nothing'] }, 'selfhosted-devtool')).toContain('A self-hosted instance does not send us any data.');
    const withErrors = policyWith({ 'product.selfHostedData': ['nothing', 'errors'] }, 'selfhosted-devtool');
    expect(withErrors).not.toContain('does not send us any data');
    // error reports can carry what is in the instance, so "does not reach us" is not said
    expect(withErrors).not.toContain('does not reach us');
    expect(withErrors).toContain('- Error reports from the instance.');
  });
  test('what instances send has its legal basis and retention (Art. 13(1)(c), 13(2)(a)); the basis is asked, never assumed', () => {
    const text = section(policyOf('selfhosted-devtool'), 'Self-hosted Forgeboard')!;
    expect(text).toContain('**Legal basis:** Legitimate interests: making sure each instance is licensed, and learning which features are used so we can improve them.');
    expect(text).toContain('**How long we keep it:** Licence checks for 12 months; usage statistics for 26 months.');
    // not answered yet: no basis printed, and the audit asks for it
    const unsure = policyWith({ 'product.selfHostedBasis': NOT_SURE }, 'selfhosted-devtool');
    expect(section(unsure, 'Self-hosted Forgeboard')).not.toContain('Legal basis');
    const findings = auditFactsOf(factsWith({ 'product.selfHostedBasis': undefined }, 'selfhosted-devtool')).findings;
    expect(findings.some((f) => f.ruleId === 'REQUIRED-ANSWER' && f.fix[0] === 'product.selfHostedBasis')).toBe(true);
    // US readers only: no legal basis is asked or printed
    const us = factsWith({ 'audience.regions': ['california'] }, 'selfhosted-devtool');
    expect(auditFactsOf(us).findings.some((f) => f.fix.includes('product.selfHostedBasis'))).toBe(false);
    expect(section(renderPolicy(us, { lastUpdated: '2026-11-23' }), 'Self-hosted Forgeboard')).not.toContain('Legal basis');
  });
  test('no section without a self-hosted edition', () => {
    expect(policyWith({ 'product.selfHosted': 'no' }, 'selfhosted-devtool')).not.toMatch(/^## Self-hosted/m);
    expect(policyOf('saas')).not.toMatch(/^## Self-hosted/m);
  });
});

describe('people who are not users (GDPR Art. 14)', () => {
  test('their own notice: who, what, source, purposes, basis with interest, retention and how they learn of it', () => {
    const text = section(policyOf('calling-app'), 'Data about people who are not our users')!;
    expect(text).toContain('- people that a user calls, texts or emails through Ringwise');
    expect(text).toContain('- **What we hold about you:** phone numbers, and the time and length of calls with them.');
    expect(text).toContain('- **Where it comes from:** our users.');
    expect(text).toContain('- **Legal basis:** legitimate interests: connecting the calls our users make and showing them their call history.');
    expect(text).toContain('- **How long we keep it:** 90 days after the call, then deleted.');
    expect(text).toContain('This section is how we tell you.');
  });
  test('no basis is printed where the GDPR does not apply', () => {
    const text = section(policyWith({ 'audience.regions': ['california'] }, 'calling-app'), 'Data about people who are not our users')!;
    expect(text).not.toContain('Legal basis');
  });
});

describe('Google user data (Google API Services User Data Policy, Limited Use)', () => {
  test('features only: the uses, storage and the Limited Use statement with a link', () => {
    const text = section(policyOf('selfhosted-devtool'), 'Data from your Google account')!;
    expect(text).toContain('Forgeboard reads, with your permission: your Google Calendar events.');
    expect(text).toContain('including the Limited Use requirements');
    expect(text).toContain('(https://developers.google.com/terms/api-services-user-data-policy)');
  });
  test('a use Limited Use forbids: the uses are stated, and no statement or denial', () => {
    const text = section(policyWith({ 'google.uses': ['features', 'advertising'] }, 'selfhosted-devtool'), 'Data from your Google account')!;
    expect(text).toContain('We use this data for: the features you use it for and advertising.');
    expect(text).not.toMatch(/Limited Use|We do not use it for advertising/);
  });
});
