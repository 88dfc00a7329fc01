// Audit messages and checklist tasks name countries as the policy does ("the United States", "the
// Philippines"), never by their answer codes: the checklist read "a transfer impact assessment for US"
// and "your group company in PH".
import { describe, expect, test } from 'vitest';
import { answersOf, loadAnswersFixture } from '../../helpers/facts.js';
import { auditWith, type Overrides } from '../../helpers/rule-cases.js';

const saas = answersOf(loadAnswersFixture('saas')) as Record<string, Record<string, Record<string, unknown>>>;
const service = (id: string, fields: Record<string, unknown>): Overrides => ({ 'services.details': { ...saas['services.details'], [id]: { ...saas['services.details']![id], ...fields } } });
const own = (fields: Record<string, unknown>): Overrides => ({ 'transfers.ownCountries': ['PH'], 'transfers.ownDetails': { PH: { what: 'office', entity: 'affiliate', ...fields } } });
const CODE = /\b(?:company in|assessment for|data in|is in|covers) (?!UK\b|EU\b)[A-Z]{2}\b/;

const cases: [string, Overrides][] = [
  ['SCCs to a US provider (transfer assessment task)', {}],
  ['DPF outside the US', service('openai', { location: 'IN', safeguard: 'dpf' })],
  ['no safeguard for a US provider', service('intercom', { safeguard: 'none' })],
  ['a group company with no safeguard', own({})],
  ['a group company with SCCs', own({ safeguard: 'scc', ukSafeguard: 'uk-addendum' })],
  ['the Swiss-US DPF outside the US', { ...service('openai', { location: 'IN', chSafeguard: 'swiss-dpf' }), 'audience.regions': ['eea', 'switzerland'] }],
];

describe('countries in audit messages and tasks', () => {
  test.each(cases)('%s', (_name, overrides) => {
    const { findings, tasks } = auditWith(overrides);
    const texts = [...findings.map((f) => f.message), ...tasks.map((t) => t.text)];
    for (const text of texts) expect(text).not.toMatch(CODE);
    expect(texts.some((t) => /the United States|India|the Philippines/.test(t))).toBe(true);
  });
});

// A task cites the article of its own duty: the processor tasks all cited "GDPR Art. 28(2), 28(4),
// 30(2), 33(2)"; the parents' review task cited only the notice section §312.4(d).
describe('each task cites its own duty', () => {
  test.each([
    ['subprocessor-list', 'GDPR Art. 28(2), 28(4)', 'eu-b2b'],
    ['processor-records', 'GDPR Art. 30(2)', 'eu-b2b'],
    ['processor-breach-notice', 'GDPR Art. 33(2); Art. 28(3)(f)', 'eu-b2b'],
    ['coppa-parent-review', '16 CFR §312.6(a); §312.4(d)(5)', 'kids'],
  ])('%s: %s', (id, citation, which) => {
    const overrides: Overrides = which === 'kids' ? { 'audience.regions': ['california', 'us-other'], 'audience.children': 'children' } : { 'product.processorRole': true };
    expect(auditWith(overrides).tasks.find((t) => t.id === id)?.citation).toBe(citation);
  });
});

// A multi-state citation names only the states whose law applies: the saas example (a small business,
// so Texas's act does not bind it) cited "Tex. Bus. & Com. Code §541.052–.053" for its appeals task.
describe('state-law citations', () => {
  test('a state whose law does not apply is not cited; the others are', () => {
    const { tasks, laws } = auditWith({});
    expect(laws['us-states'].applies).toBe(true);
    const appeals = tasks.find((t) => t.id === 'us-appeal-workflow')!.citation;
    expect(appeals).not.toContain('Tex. Bus. & Com. Code');
    expect(appeals).toContain('Va. Code');
    expect(appeals).toContain('ORS 646A.576');
    const texas = auditWith({ 'audience.smallBusiness': false }).tasks.find((t) => t.id === 'us-appeal-workflow')!.citation;
    expect(texas).toContain('Tex. Bus. & Com. Code');
  });
});

// With org.country unanswered, "You are not established in the EU … appoint a representative" asserted
// what the answers do not say (the incomplete example); the missing country is its own finding.
describe('representatives with the country unanswered', () => {
  test('no representative finding or task until the country is known', () => {
    const { findings, tasks } = auditWith({ 'org.country': undefined, 'org.euRepresentative': undefined, 'org.ukRepresentative': undefined });
    expect(findings.map((f) => f.ruleId)).not.toContain('GDPR-27');
    expect(findings.map((f) => f.ruleId)).not.toContain('UK-27');
    expect(tasks.map((t) => t.id)).not.toContain('appoint-eu-representative');
    // the open question is still reported, without asserting either way
    const open = findings.find((f) => f.ruleId === 'GDPR-27-country');
    expect(open?.message).toContain('it is not known whether you need a representative in the EU');
    expect(open?.action).toBeUndefined();
    expect(findings.some((f) => f.fix.includes('org.country'))).toBe(true);
    const us = auditWith({ 'org.country': 'US', 'org.euRepresentative': undefined });
    expect(us.findings.map((f) => f.ruleId)).toContain('GDPR-27');
  });
  test('UK transfer messages name the country', () => {
    const { findings } = auditWith({ 'services.details': { ...saas['services.details'], openai: { ...saas['services.details']!['openai'], location: 'IN', ukSafeguard: 'uk-extension' } } });
    const msg = findings.find((f) => f.message.includes('UK Extension') && f.message.includes('OpenAI'))?.message ?? '';
    expect(msg).toContain('India');
    expect(msg).not.toMatch(/ in IN\b/);
  });
});

// A citation names only the laws that bind the business: a Brazil-only shop's warnings cited the CCPA,
// and a children's app that is no CCPA business was pointed to 11 CCR §7011(d) for its privacy link.
describe('citations of laws that apply', () => {
  test('parts of a law that does not apply are left out; a part naming no act stays with the act before it', () => {
    const brazil = auditWith({ 'audience.regions': ['brazil'], 'rights.methods': ['email', 'web-form'], 'org.contactForm': undefined });
    const channel = brazil.findings.find((f) => f.ruleId === 'C-08-channel')!.citation;
    expect(channel).toBe('LGPD Art. 18 §3');
    const kids = auditWith({ 'audience.regions': ['california'], 'audience.ccpaThresholds': [] });
    expect(kids.tasks.find((t) => t.id === 'caloppa-privacy-link')?.citation).toBe('Cal. Bus. & Prof. Code §22575(a), §22577(b)');
    // C-03 "GDPR Art. 6(1)(b); Art. 7(4)" keeps both parts where the GDPR applies
    const consent = auditWith({ 'purposes.details': { ...saas['purposes.details'], account: { basis: 'consent' } } }).findings.find((f) => f.ruleId === 'C-03');
    expect(consent?.citation).toBe('GDPR Art. 6(1)(b); Art. 7(4)');
  });
});
