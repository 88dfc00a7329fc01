// COPPA as amended in 2025: internal-operations providers are not third parties (16 CFR §312.2),
// no indefinite retention (§312.10), separate consent only for non-integral disclosures (§312.5(a)(2)),
// and the online notice lists only what is collected from children (§312.4(d)).
import { describe, expect, test } from 'vitest';
import { isIndefinite } from '../../../../source/core/facts/retention.js';
import { renderPolicy } from '../../../../source/core/render/policy.js';
import { factsWith } from '../../../helpers/facts.js';
import { auditFactsOf } from '../../../helpers/rule-cases.js';

const kids = (o: Record<string, unknown> = {}) => factsWith(o, 'kids-edu');
const ids = (o: Record<string, unknown>) => auditFactsOf(kids(o)).findings.map((f) => `${f.severity} ${f.ruleId}`);
const tasks = (o: Record<string, unknown>) => auditFactsOf(kids(o)).tasks.map((t) => t.id);
const notice = (o: Record<string, unknown> = {}) => {
  const policy = renderPolicy(kids(o), { lastUpdated: '2026-11-23' });
  const start = policy.indexOf('## Children under 13');
  return policy.slice(start, policy.indexOf('\n## ', start + 4));
};
const details = () => structuredClone(kids().answers['data.details']) as Record<string, Record<string, unknown>>;

describe('COPPA 2025', () => {
  test('indefinite retention: "until the parent deletes" and "while the account exists" have no timeframe', () => {
    for (const text of ["Until the parent deletes the child's profile", 'While the account exists', 'indefinitely', 'until you ask us to delete it'])
      expect(isIndefinite(text), text).toBe(true);
    for (const text of ['12 months', 'Deleted 30 days after the exercise is marked', "Until the parent deletes the profile, or at most 12 months after the child last used the app", 'Until 6 months of inactivity'])
      expect(isIndefinite(text), text).toBe(false);
    const d = details();
    d.identity!.retention = "Until the parent deletes the child's profile";
    expect(ids({ 'data.details': d })).toContain('error COPPA-10');
    expect(ids({})).not.toContain('error COPPA-10');
    // the parent's own contact details are not children's data
    const parent = details();
    parent.contact!.retention = 'Until the parent deletes the account';
    expect(ids({ 'data.details': parent })).not.toContain('error COPPA-10');
    expect(notice({ 'data.details': d })).not.toContain('only as long as we need it');
  });

  test('the notice lists what is collected from children, not the parent\'s contact details', () => {
    const text = notice();
    expect(text).toMatch(/collect from children:\*\* name and username, usage data, device and network identifiers/);
    expect(text).not.toMatch(/collect from children:[^\n]*contact details/);
    expect(ids({ 'coppa.childData': undefined })).toContain('error REQUIRED-ANSWER');
    expect(notice({ 'coppa.childData': undefined })).not.toContain('What we may collect from children');
  });

  test('hosting and crash reporting are service providers, with the internal-operations statement (§312.4(d)(3))', () => {
    const text = notice();
    expect(text).toContain('Sentry, to find and fix errors');
    expect(text).toContain('They are not third parties under COPPA');
    expect(text).toContain('only to support our internal operations');
    expect(text).toContain('Our contracts with our service providers limit them to these uses.');
    expect(text).not.toMatch(/crash reports without names/);
  });

  test('C-35: naming hosting and crash reporting as third parties, or an ad SDK marked as a processor', () => {
    const asThirdParties = { 'coppa.thirdPartyDisclosure': 'integral', 'coppa.thirdParties': 'Amazon Web Services hosts our servers; Sentry receives crash reports without names.' };
    expect(ids(asThirdParties)).toContain('error C-35');
    expect(ids({})).not.toContain('error C-35');
    const base = kids().answers;
    const adAsProcessor = {
      'services.used': [...(base['services.used'] as string[]), 'google-admob'],
      'services.details': { ...(base['services.details'] as object), 'google-admob': { role: 'processor', purposes: ['advertising'], data: ['device'], location: 'US', safeguard: 'none', dpa: 'signed' } },
    };
    expect(ids(adAsProcessor)).toContain('error C-35');
    expect(notice(adAsProcessor)).not.toContain('only to support our internal operations');
  });

  test('separate consent is asked only for disclosures that are not integral to the service (§312.5(a)(2))', () => {
    const integral = { 'coppa.thirdPartyDisclosure': 'integral', 'coppa.thirdParties': 'Acme Games Ltd, to run multiplayer matchmaking' };
    expect(tasks(integral)).not.toContain('coppa-separate-disclosure-consent');
    expect(ids(integral).some((x) => x.endsWith('COPPA-4-d-5'))).toBe(false);
    const separate = { ...integral, 'coppa.thirdPartyDisclosure': 'separate-consent' };
    expect(tasks(separate)).toContain('coppa-separate-disclosure-consent');
    expect(ids(separate).some((x) => x.endsWith('COPPA-4-d-5'))).toBe(true);
  });
});
