// What a user notices in the cookie table, the sub-processor list and the Art. 30 record.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../source/core/answers/types.js';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import { renderCookiesJson } from '../../../source/documents/cookies/json.js';
import { cookieSectionMarkdown, renderCookiesMarkdown } from '../../../source/documents/cookies/markdown.js';
import { namePattern } from '../../../source/documents/cookies/table.js';
import { csvField, renderRecordsCsv } from '../../../source/documents/records/csv.js';
import { buildRecords, NOT_SURE_TEXT } from '../../../source/documents/records/model.js';
import { renderRecordsMarkdown } from '../../../source/documents/records/markdown.js';
import { renderSubprocessors } from '../../../source/documents/subprocessors/markdown.js';
import { answersOf, factsFrom, loadAnswersFixture } from '../../helpers/facts.js';

const catalog = loadCatalog();
const saas = answersOf(loadAnswersFixture('saas'));
const b2b = answersOf(loadAnswersFixture('eu-b2b-processor'));
const withAnswers = (base: Answers, over: Answers) => factsFrom({ ...base, ...over });

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF record ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += ch;
  }
  return rows;
}

describe('cookie table', () => {
  test('groups vendor-documented cookies by consent category, with duration and source', () => {
    const facts = withAnswers(saas, { 'services.used': ['posthog', 'google-analytics', 'stripe', 'cloudflare'], 'cookies.kinds': ['essential', 'analytics'] });
    const md = renderCookiesMarkdown(facts, catalog, 'privacy-policy.md');
    const necessary = md.indexOf('## Strictly necessary');
    const analytics = md.indexOf('## Analytics');
    expect(necessary).toBeGreaterThan(0);
    expect(analytics).toBeGreaterThan(necessary);
    expect(md.slice(analytics)).toMatch(/\| `_ga` \| Google LLC \| .* \| First party \(cookie\) \| 2 years \|/);
    expect(md.slice(necessary, analytics)).toContain('`__cf_bm`');
    // Stripe's cookie names are not documented in the catalog: pointed to its policy, not invented
    expect(md).toContain("Stripe also sets cookies of this kind (see [Stripe's privacy policy](https://stripe.com/privacy))");
    const json = JSON.parse(renderCookiesJson(facts, catalog, 'privacy-policy.md'));
    const ga = json.categories.find((c: { id: string }) => c.id === 'analytics').cookies.find((c: { name: string }) => c.name === '_ga_<container-id>');
    expect(ga).toMatchObject({ provider: 'Google LLC', duration: '2 years', source: 'https://support.google.com/analytics/answer/11397207' });
    expect(new RegExp(ga.pattern).test('_ga_ABC123')).toBe(true);
    expect(json.categories.find((c: { id: string }) => c.id === 'necessary').required).toBe(true);
  });

  test("the product's own cookies are listed in the category the user gave, with a hostile name kept inert", () => {
    const facts = withAnswers(saas, {
      'cookies.own': ['session', 'th|eme`<b>'],
      'cookies.ownDetails': { session: { kind: 'essential', purpose: 'Keeps you signed in', duration: 'Until you close the browser' }, 'th|eme`<b>': { kind: 'preferences', purpose: 'Remembers | your theme', duration: '1 year' } },
    });
    const md = cookieSectionMarkdown(facts, catalog);
    expect(md).toMatch(/### Strictly necessary[\s\S]*\| `session` \| Brightnote, Inc\. \| Keeps you signed in \| First party \(cookie\) \| Until you close the browser \|/);
    expect(md).toContain('### Preferences');
    // a pipe in a value never adds a table column
    for (const line of md.split('\n').filter((l) => l.startsWith('| `'))) expect(line.split(/(?<!\\)\|/).length).toBe(7);
  });

  test('an own cookie without details says "Not sure yet"', () => {
    const facts = withAnswers(saas, { 'cookies.own': ['cart'] });
    expect(cookieSectionMarkdown(facts, catalog)).toContain('Not sure yet: the kind, purpose or duration of `cart`');
  });

  test('placeholder names become regular expressions that match only that family', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), (id) => {
      const re = new RegExp(namePattern('_hp2_id.<app-id>'));
      expect(re.test(`_hp2_id.${id}`)).toBe(true);
      expect(re.test(`_hp2_idX${id}`)).toBe(false);
    }));
  });
});

describe('sub-processor list', () => {
  const facts = factsFrom(b2b);
  test('lists the processors with entity, location, safeguard and a DPF link where certified', () => {
    const md = renderSubprocessors(facts, '2026-12-02', undefined, 'privacy-policy.md');
    expect(md).toMatch(/\| Stripe \| Stripe, Inc\. \| .* \| the United States \| EU-US Data Privacy Framework \(\[DPF list\]\(https:\/\/www\.dataprivacyframework\.gov\/list\)\) \|/);
    expect(md).toContain('| Hetzner Cloud | Hetzner Online GmbH |');
    expect(md).toContain('- **2 December 2026**: First published list.');
  });

  test('a re-run with the same list keeps the text; a new sub-processor gets a dated entry and the old ones stay', () => {
    const first = renderSubprocessors(facts, '2026-12-02', undefined, 'privacy-policy.md');
    expect(renderSubprocessors(facts, '2026-12-09', first, 'privacy-policy.md')).toBe(first);
    const details = { ...(b2b['services.details'] as object), sentry: { role: 'processor', location: 'US', safeguard: 'scc' } };
    const more = withAnswers(b2b, { 'services.used': [...(b2b['services.used'] as string[]), 'sentry'], 'services.details': details });
    const second = renderSubprocessors(more, '2027-01-05', first, 'privacy-policy.md');
    expect(second).toContain('- **2 December 2026**: First published list.');
    expect(second).toContain('- **5 January 2027**: Added: Sentry.');
    const third = renderSubprocessors(facts, '2027-02-01', second, 'privacy-policy.md');
    expect(third).toContain('- **1 February 2027**: Removed: Sentry.');
    expect(third.indexOf('5 January 2027')).toBeLessThan(third.indexOf('1 February 2027'));
  });
});

describe('record of processing', () => {
  test('has every Art. 30(1) element and the Art. 30(2) part for a processor', () => {
    const facts = factsFrom(b2b);
    const md = renderRecordsMarkdown(facts, buildRecords(facts), { policy: 'privacy-policy.md', subprocessors: 'subprocessors.md' });
    for (const heading of ['Controller (Art. 30(1)(a))', 'Categories of data subjects (b)', 'Categories of personal data (c)', 'Recipients (d)', 'Transfers to third countries and safeguards (e)', 'Time limits for erasure (f)', 'Security measures (Art. 30(1)(g)', 'Processing for our business customers (Art. 30(2))'])
      expect(md).toContain(heading);
    expect(md).toContain('Kontor Software GmbH');
    expect(md).toContain('Stripe: the United States; safeguard: EU-US Data Privacy Framework');
  });

  test('a "Not sure yet" element says so, and the audit has a checklist task for it', () => {
    const answers = { ...b2b, 'org.hasDpo': NOT_SURE, 'data.details': { ...(b2b['data.details'] as object), usage: { ...((b2b['data.details'] as Record<string, object>).usage), retention: NOT_SURE } } } as Answers;
    const facts = factsFrom(answers);
    const r = buildRecords(facts);
    expect(r.controller.dpo).toBe(NOT_SURE_TEXT);
    expect(r.activities.some((a) => a.retention.includes(`Usage data: ${NOT_SURE_TEXT}`))).toBe(true);
    const audit = runAudit(facts, rules, obligations, loadQuestionBank());
    const tasks = audit.findings.filter((f) => f.ruleId === 'NOT-SURE').map((f) => f.action?.id);
    expect(tasks).toEqual(expect.arrayContaining(['decide-org-hasDpo', 'decide-data-details-usage-retention']));
  });

  test('CSV: RFC 4180 quoting and formula-injection guard, whatever the values', () => {
    const facts = factsFrom(b2b);
    const csv = renderRecordsCsv(buildRecords(facts));
    const rows = parseCsv(csv);
    expect(rows[0]![0]).toBe('Role');
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom('=cmd|\' /C calc\'!A0', '+1+1', '-2', '@SUM(A1)', 'a,"b"\r\nc', '\tx')), (value) => {
      const parsed = parseCsv(`${csvField(value)},end\r\n`);
      expect(parsed).toHaveLength(1);
      expect(parsed[0]).toHaveLength(2);
      const cell = parsed[0]![0]!;
      if (/^[=+\-@\t\r]/.test(value)) expect(cell).toBe(`'${value}`);
      else expect(cell).toBe(value);
    }));
  });

  test('a hostile legal name stays one CSV field and cannot start a formula', () => {
    const facts = factsFrom({ ...b2b, 'org.legalName': '=HYPERLINK("http://x","y"), Inc.\nLine two' });
    const rows = parseCsv(renderRecordsCsv(buildRecords(facts)));
    const col = rows[0]!.indexOf('Controller');
    expect(rows[1]![col]).toBe('\'=HYPERLINK("http://x","y"), Inc.\nLine two');
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });
});
