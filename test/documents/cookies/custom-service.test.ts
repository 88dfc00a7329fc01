// A service the user added (services.custom) that sets cookies: their answer to "Does it set cookies or
// similar on people's devices?" is the only word on it, and the facts, the cookie table, cookies.json,
// the cookie-kinds suggestion, the policy and the audit all say the same.
import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import type { Answers, RecordsValue } from '../../../source/core/answers/types.js';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { renderChecklist } from '../../../source/core/render/checklist.js';
import { choiceMarkers, suggestAnswer } from '../../../source/core/suggest/index.js';
import { loadVocabulary } from '../../../source/core/vocabulary/load.js';
import { renderCookiesJson } from '../../../source/documents/cookies/json.js';
import { cookieTableView, renderCookiesMarkdown } from '../../../source/documents/cookies/markdown.js';
import { answersOf, factsFrom, loadAnswersFixture, TODAY } from '../../helpers/facts.js';
import { disagreements } from './agreement.js';

const catalog = loadCatalog();
const bank = loadQuestionBank();
const saas = answersOf(loadAnswersFixture('saas'));
const details = saas['services.details'] as RecordsValue;
const CHAT = 'Acme Chat';

/** The SaaS answers (Intercom answered as analytics) with a custom chat widget whose cookies answer is `cookies` (undefined: not answered). */
function withCustom(cookies: string | undefined, over: Answers = {}): Answers {
  const row: Record<string, string | string[]> = { role: 'processor', purposes: ['support'], data: ['contact'], location: 'US', dpa: 'signed' };
  if (cookies !== undefined) row.cookies = cookies;
  return {
    ...saas,
    'services.custom': [CHAT],
    'services.details': { ...details, intercom: { ...details.intercom, cookieKind: 'analytics' }, [CHAT]: row },
    ...over,
  };
}

function everything(answers: Answers) {
  const facts = factsFrom(answers);
  const audit = runAudit(facts, rules, obligations, bank);
  const json = JSON.parse(renderCookiesJson(facts, catalog, 'privacy-policy.md')) as { categories: { id: string; required: boolean; services: { name: string; provider: string; confirmed?: boolean }[] }[] };
  const policy = renderPolicy(facts, { lastUpdated: TODAY, openItems: 0, versions: [{ date: TODAY, summary: 'First version.' }], cookieTable: { place: 'policy', table: cookieTableView(facts, catalog, '###') } });
  const checklist = renderChecklist(audit, facts, {});
  return { facts, audit, md: renderCookiesMarkdown(facts, catalog, 'privacy-policy.md'), json, policy, checklist, service: facts.services.find((s) => s.id === CHAT)! };
}

const categoriesOf = (json: ReturnType<typeof everything>['json']) => json.categories.filter((c) => c.services.some((s) => s.name === CHAT)).map((c) => c.id);
const kindFindings = (audit: ReturnType<typeof everything>['audit']) => audit.findings.filter((f) => f.ruleId.startsWith('EP-5-3-KIND') && f.cell?.item === CHAT);

describe('a custom service that sets cookies', () => {
  test.each([
    ['essential', 'necessary', '## Strictly necessary'],
    ['preferences', 'preferences', '## Preferences'],
    ['analytics', 'analytics', '## Analytics'],
    ['advertising', 'marketing', '## Marketing'],
  ])('answered %s: listed under %s by its name, its cookie names plainly not known, named in the policy, with no kind warning', (answer, category, heading) => {
    const { facts, audit, md, json, policy, service } = everything(withCustom(answer, { 'cookies.kinds': ['essential', 'preferences', 'analytics', 'advertising'] }));
    expect(service).toMatchObject({ fromCatalog: false, setsCookies: true, cookieKind: answer });
    // the table: under its kind's heading, provider = its name, no names invented, no wizard words
    const start = md.indexOf(`${heading}\n`);
    const end = md.indexOf('\n## ', start + 1);
    expect(start).toBeGreaterThan(-1);
    expect(md.slice(start, end === -1 ? undefined : end)).toContain(`- ${CHAT} also sets cookies of this kind; their names are not listed here.`);
    expect(md).not.toMatch(/Not sure yet|services table|answers\.json/);
    expect(categoriesOf(json)).toEqual([category]);
    expect(json.categories.find((c) => c.id === category)?.services.find((s) => s.name === CHAT)).toEqual({ name: CHAT, provider: CHAT });
    // the policy names it among the services that set cookies; advertising makes it a tracker too
    expect(policy).toMatch(new RegExp(`These services may set their own cookies when you use [^\\n]*${CHAT}`));
    expect(new RegExp(`across different websites when you use [^\\n]*: [^\\n]*${CHAT}`).test(policy)).toBe(answer === 'advertising');
    expect(kindFindings(audit)).toEqual([]);
    expect(audit.tasks.map((t) => t.id)).not.toContain(`classify-cookies-${CHAT}`);
    expect(disagreements(facts, policy, catalog)).toEqual([]);
  });

  test('answered "No": nowhere in the cookie table, cookies.json or the policy, and no warning', () => {
    const { audit, md, json, policy, service } = everything(withCustom('no'));
    expect(service.setsCookies).toBe(false);
    expect(service.cookieKind).toBeUndefined();
    expect(md).not.toContain(CHAT);
    expect(categoriesOf(json)).toEqual([]);
    expect(policy).not.toMatch(new RegExp(`set their own cookies[^\\n]*${CHAT}`));
    expect(kindFindings(audit)).toEqual([]);
  });

  test('"Not sure yet" or not answered: never said to set cookies, listed as not confirmed, with the warning and the task pointing at its cell', () => {
    for (const answer of [NOT_SURE, undefined]) {
      const { facts, audit, md, json, policy, checklist, service } = everything(withCustom(answer));
      expect(service.setsCookies).toBe('not-sure');
      expect(service.cookieKind).toBeUndefined();
      expect(md).toMatch(/## Not classified yet\n\nWe have not yet confirmed which of the kinds above these belong to, and so whether they need your consent\./);
      expect(md).toContain(`- ${CHAT} may also set cookies or similar; we have not yet confirmed whether it does.`);
      expect(md).not.toContain(`${CHAT} also sets cookies`);
      // a banner reading cookies.json blocks it until the visitor agrees
      const unclassified = json.categories.find((c) => c.id === 'unclassified')!;
      expect(unclassified.required).toBe(false);
      expect(unclassified.services).toContainEqual({ name: CHAT, provider: CHAT, confirmed: false });
      expect(policy).not.toMatch(new RegExp(`set their own cookies[^\\n]*${CHAT}`));
      const findings = kindFindings(audit);
      // one finding for EU and UK users together (it names both laws)
      expect(findings.map((f) => f.ruleId).sort()).toEqual(['EP-5-3-KIND']);
      expect(findings[0]).toMatchObject({ severity: 'warning', fix: ['services.details'], cell: { item: CHAT, field: 'cookies' } });
      expect(findings[0]!.message).toContain(`You have not said whether ${CHAT} sets cookies`);
      expect(findings[0]!.message).toContain('"Does it set cookies or similar on people\'s devices?"');
      // the specific warning replaces the generic "Not sure yet" of the cell
      expect(audit.findings.filter((f) => f.ruleId === 'NOT-SURE' && f.cell?.item === CHAT && f.cell.field === 'cookies')).toEqual([]);
      expect(checklist).toMatch(new RegExp(`Find out whether ${CHAT} sets cookies, local storage or an SDK identifier[^\\n]*answer "Does it set cookies or similar on people's devices\\?"`));
      expect(disagreements(facts, policy, catalog)).toEqual([]);
    }
  });

  test('outside Europe the "Not sure yet" still reaches the audit, as the generic finding on its cell', () => {
    const { audit } = everything(withCustom(NOT_SURE, { 'audience.regions': ['us-other'] }));
    expect(audit.findings.filter((f) => f.ruleId === 'NOT-SURE' && f.cell?.item === CHAT).map((f) => f.cell?.field)).toEqual(['cookies']);
  });

  test('non-essential cookies of a custom service need consent: C-40 names it when a purpose it serves rests on another basis', () => {
    const { audit } = everything(withCustom('analytics', { 'cookies.consent': 'opt-out', 'cookies.kinds': ['essential', 'analytics'] }));
    expect(audit.findings.filter((f) => f.ruleId === 'C-40').map((f) => f.message)).toContainEqual(expect.stringContaining(`For "Answering support requests" you rely on performance of a contract, through ${CHAT}`));
    const { audit: essential } = everything(withCustom('essential', { 'cookies.consent': 'opt-out', 'cookies.kinds': ['essential', 'analytics'] }));
    expect(essential.findings.filter((f) => f.ruleId === 'C-40').some((f) => f.message.includes(CHAT))).toBe(false);
  });

  test('a kind the product does not list: the audit says the lists disagree (C-10)', () => {
    const { audit } = everything(withCustom('advertising', { 'cookies.kinds': ['essential', 'analytics'] }));
    expect(audit.findings.filter((f) => f.ruleId === 'C-10').map((f) => f.message)).toContainEqual(expect.stringContaining(`${CHAT} sets advertising cookies, but you did not list advertising cookies`));
  });
});

describe('the kinds of cookies suggested on a re-run', () => {
  const ctx = (answers: Answers) => ({ bank, vocabulary: loadVocabulary(), catalog, answers, detected: [], detections: [], dismissed: {}, hints: { platforms: [] }, profile: {} });
  const question = bank.byId.get('cookies.kinds')!;

  test("include a custom service's answered kind, marked with its name; No and Not sure yet suggest nothing", () => {
    const { 'cookies.kinds': _k, ...answers } = withCustom('advertising');
    expect(suggestAnswer(question, ctx(answers))?.value).toContain('advertising');
    expect(choiceMarkers(question, ctx(answers)).advertising).toBe(`suggested: ${CHAT}`);
    // not "found in your code": the kind comes from the user's own answer
    expect(suggestAnswer(question, ctx(answers))?.note).toMatch(/^Suggested from the services you use and what you said of them/);
    for (const answer of ['no', NOT_SURE]) {
      const { 'cookies.kinds': _x, ...other } = withCustom(answer);
      expect(suggestAnswer(question, ctx(other))?.value ?? []).not.toContain('advertising');
      expect(choiceMarkers(question, ctx(other)).advertising).toBeUndefined();
    }
  });
});
