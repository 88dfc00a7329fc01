// "What are its cookies for?": once the user answers it for a service whose vendor does not state the kind
// (Intercom in the SaaS example), the cookie table, cookies.json, the policy and the audit all say the same.
import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import type { Answers, RecordsValue } from '../../../source/core/answers/types.js';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { choiceMarkers, suggestAnswer } from '../../../source/core/suggest/index.js';
import { loadVocabulary } from '../../../source/core/vocabulary/load.js';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { renderCookiesJson } from '../../../source/documents/cookies/json.js';
import { cookieSectionMarkdown, cookieTableView, renderCookiesMarkdown } from '../../../source/documents/cookies/markdown.js';
import { answersOf, factsFrom, loadAnswersFixture, TODAY } from '../../helpers/facts.js';
import { disagreements } from './agreement.js';

const catalog = loadCatalog();
const bank = loadQuestionBank();
const saas = answersOf(loadAnswersFixture('saas'));
const details = saas['services.details'] as RecordsValue;

/** The SaaS answers with Intercom's cookie kind answered (and, optionally, the kinds of cookies the product uses). */
function withKind(kind: string | undefined, over: Answers = {}): Answers {
  const intercom = { ...details.intercom };
  if (kind === undefined) delete intercom.cookieKind;
  else intercom.cookieKind = kind;
  return { ...saas, 'services.details': { ...details, intercom }, ...over };
}

function everything(answers: Answers) {
  const facts = factsFrom(answers);
  const audit = runAudit(facts, rules, obligations, bank);
  const json = JSON.parse(renderCookiesJson(facts, catalog, 'privacy-policy.md')) as { categories: { id: string; cookies: { name: string; service?: string }[]; services: { name: string }[] }[] };
  const policy = renderPolicy(facts, { lastUpdated: TODAY, openItems: 0, versions: [{ date: TODAY, summary: 'First version.' }], cookieTable: { place: 'policy', table: cookieTableView(facts, catalog, '###') } });
  return { facts, audit, md: renderCookiesMarkdown(facts, catalog, 'privacy-policy.md'), section: cookieSectionMarkdown(facts, catalog), json, policy };
}

const categoryOf = (json: ReturnType<typeof everything>['json'], service: string) =>
  json.categories.filter((c) => c.cookies.some((k) => k.service === service) || c.services.some((s) => s.name === 'Intercom')).map((c) => c.id);

describe("the user's answer to what a service's cookies are for", () => {
  test('unanswered or "Not sure yet": Intercom stays not classified, with the warning and the task', () => {
    for (const kind of [undefined, NOT_SURE]) {
      const { facts, audit, md, json } = everything(withKind(kind));
      expect(facts.services.find((s) => s.id === 'intercom')?.cookieKind).toBeUndefined();
      expect(md).toMatch(/## Not classified yet\n\nWe have not yet confirmed which of the kinds above these belong to, and so whether they need your consent\.[\s\S]*`intercom-id-<app-id>`/);
      expect(categoryOf(json, 'intercom')).toEqual(['unclassified']);
      const kinds = audit.findings.filter((f) => f.ruleId === 'EP-5-3-KIND');
      expect(kinds).toHaveLength(1);
      // Enter on the finding opens Intercom's cell of the services table
      expect(kinds[0]).toMatchObject({ fix: ['services.details'], cell: { item: 'intercom', field: 'cookieKind' } });
      expect(audit.tasks.map((t) => t.id)).toContain('classify-cookies-intercom');
      // the specific warning replaces the generic "Not sure yet" of that cell, and its task
      expect(audit.findings.filter((f) => f.ruleId === 'NOT-SURE' && f.cell?.field === 'cookieKind')).toEqual([]);
      expect(audit.tasks.map((t) => t.id)).not.toContain('decide-services-details-intercom-cookieKind');
    }
  });

  test('answered "analytics": the table, cookies.json and the policy list Intercom under analytics, and the warning and task are gone', () => {
    const { facts, audit, md, section, json, policy } = everything(withKind('analytics'));
    expect(facts.services.find((s) => s.id === 'intercom')?.cookieKind).toBe('analytics');
    expect(md).not.toContain('Not classified yet');
    expect(md).toMatch(/## Analytics[\s\S]*\| `intercom-id-<app-id>` \|/);
    // the policy prints the same table in its cookie section
    expect(policy.indexOf('`intercom-id-<app-id>`')).toBeGreaterThan(policy.indexOf('### Analytics'));
    expect(policy).not.toContain('Not classified yet');
    expect(section.indexOf('`intercom-session-<app-id>`')).toBeGreaterThan(section.indexOf('### Analytics'));
    expect(categoryOf(json, 'intercom')).toEqual(['analytics']);
    expect(json.categories.map((c) => c.id)).not.toContain('unclassified');
    expect(audit.findings.map((f) => f.ruleId)).not.toContain('EP-5-3-KIND');
    expect(audit.findings.map((f) => f.ruleId)).not.toContain('EP-5-3-KIND-uk');
    expect(audit.tasks.map((t) => t.id)).not.toContain('classify-cookies-intercom');
    // the SaaS product lists analytics cookies and asks first: nothing contradicts
    expect(audit.findings.filter((f) => f.ruleId === 'C-10')).toEqual([]);
    expect(disagreements(facts, policy, catalog)).toEqual([]);
  });

  test('answered "advertising" while the product lists no advertising cookies: the audit says the lists disagree', () => {
    const { audit, json } = everything(withKind('advertising'));
    expect(categoryOf(json, 'intercom')).toEqual(['marketing']);
    const c10 = audit.findings.filter((f) => f.ruleId === 'C-10');
    expect(c10.map((f) => f.message)).toEqual([expect.stringContaining('Intercom sets advertising cookies, but you did not list advertising cookies')]);
  });

  test('answered "essential": listed as strictly necessary, needing no consent', () => {
    const { md, json, audit } = everything(withKind('essential'));
    expect(md).toMatch(/## Strictly necessary[\s\S]*`intercom-id-<app-id>`[\s\S]*## Analytics/);
    expect(json.categories.find((c) => c.id === 'necessary')?.cookies.map((c) => c.service)).toContain('intercom');
    expect(audit.findings.map((f) => f.ruleId)).not.toContain('EP-5-3-KIND');
  });

  test("a kind answered for a service whose vendor states it is ignored: the vendor's kind stands", () => {
    const posthog = { ...details.posthog, cookieKind: 'essential' };
    const facts = factsFrom({ ...saas, 'services.details': { ...details, posthog } });
    expect(facts.services.find((s) => s.id === 'posthog')?.cookieKind).toBe('analytics');
  });
});

describe('the kinds of cookies the product uses, suggested on a re-run', () => {
  test("include the kind answered for a service whose vendor does not state it, marked with the service's name", () => {
    const answers = withKind('preferences');
    delete answers['cookies.kinds'];
    const ctx = { bank, vocabulary: loadVocabulary(), catalog, answers, detected: [], detections: [], dismissed: {}, hints: { platforms: [] }, profile: {} };
    const question = bank.byId.get('cookies.kinds')!;
    expect(suggestAnswer(question, ctx)?.value).toEqual(expect.arrayContaining(['essential', 'analytics', 'preferences']));
    expect(choiceMarkers(question, ctx).preferences).toBe('suggested: Intercom');
    // "Not sure yet" suggests nothing for it
    const { 'cookies.kinds': _kinds, ...unanswered } = withKind('not-sure');
    const unsure = { ...ctx, answers: unanswered };
    expect(suggestAnswer(question, unsure)?.value).not.toContain('preferences');
  });
});
