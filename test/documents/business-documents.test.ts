// The sub-processor list and the record of processing say what the policy says: same recipients,
// same places, same safeguards, same retention, for every example product.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeOutputs, loadEngine } from '../../source/project.js';
import { csvField, toCsv } from '../../source/documents/csv.js';
import { changeLog, listedNames } from '../../source/documents/subprocessors/document.js';
import { activities } from '../../source/documents/records/activities.js';
import { subprocessors } from '../../source/documents/subprocessors/list.js';
import { viewContext } from '../../source/core/render/views/context.js';
import { escapeMarkdown } from '../../source/core/render/markdown-escape.js';
import type { AnswersFile } from '../../source/core/answers/types.js';
import { loadAnswersFixture } from '../helpers/facts.js';
import { countryName } from '../../source/core/render/format.js';

const engine = loadEngine();
const fixtures = readdirSync(new URL('../fixtures/answers/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'incomplete.json').map((f) => f.replace(/\.json$/, ''));

function outputsFor(file: AnswersFile) {
  const root = mkdtempSync(join(tmpdir(), 'pw-biz-'));
  const dir = join(root, 'privacy');
  mkdirSync(dir);
  return computeOutputs(engine, file, { root, dir, dirName: 'privacy', answersPath: join(dir, 'answers.json') }, { today: '2026-12-02' });
}
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.each(fixtures)('%s', (name) => {
  const file = loadAnswersFixture(name);
  const outputs = outputsFor(file);
  const policy = flat(outputs.policy.text);
  const c = viewContext(outputs.facts);
  const doc = (id: string) => outputs.documents.find((d) => d.id === id);

  test('the record of processing is written where the GDPR or UK GDPR applies, and the sub-processor list where the product is a processor', () => {
    expect(!!doc('records')).toBe(c.eeaOrUk);
    expect(!!doc('records-csv')).toBe(c.eeaOrUk);
    expect(!!doc('subprocessors')).toBe(outputs.facts.product.processorRole === true);
  });

  test.runIf(c.eeaOrUk)('every recipient, transfer safeguard and retention period in the record is the one in the policy', () => {
    for (const a of activities(outputs.facts, c)) {
      for (const s of outputs.facts.services.filter((x) => x.purposes.some((p) => upper(c.purposeLabel(p)) === a.purpose))) expect(policy).toContain(escapeMarkdown(s.name));
      for (const t of a.transfers) expect(policy).toContain(flat(escapeMarkdown(t.split(': ').slice(1).join(': '))));
      for (const r of a.retention) expect(policy).toContain(flat(escapeMarkdown(r.split(': ').slice(1).join(': '))).replace(/\.$/, ''));
    }
  });

  // Art. 30(1)(c): the people who get marketing are not the subjects of payments or support (the
  // record named them under every activity); Art. 30(1)(e): the group company abroad the policy
  // names (selfhosted-devtool's Philippines office) was missing from the record.
  test.runIf(c.eeaOrUk)('marketing recipients are data subjects of marketing only', () => {
    const list = activities(outputs.facts, c);
    outputs.facts.purposes.forEach((p, i) => {
      if (p.id !== 'marketing') expect(list[i]!.subjects, p.id).not.toContain('People who get our marketing messages');
    });
  });

  test.runIf(c.eeaOrUk)('every own team or group company outside the EEA and the UK that the policy names is in the record, with the same safeguards', () => {
    const record = flat(doc('records')!.text);
    const csv = doc('records-csv')!.text;
    for (const o of outputs.facts.transfers.own.filter((x) => !['IE', 'DE', 'FR', 'NL', 'GB'].includes(x.country))) {
      const country = countryName(o.country);
      expect(policy).toContain(upper(country));
      expect(record).toContain(upper(country));
      expect(csv).toContain(upper(country));
      if (o.entity === 'affiliate') expect(record).toMatch(new RegExp(`${upper(country)}: [^\\n]*group; from the EEA: `));
    }
  });

  // dev-api (US and rest of world, no GDPR): its sub-processor list cited "GDPR Art. 28(2)" and "28(4)"
  test.runIf(outputs.facts.product.processorRole === true)('the sub-processor list cites the GDPR only where it applies', () => {
    expect(/GDPR Art\./.test(doc('subprocessors')!.text)).toBe(c.eeaOrUk);
  });

  // dev-api promised "We tell customers before we add or replace a sub-processor" though no answer says so and
  // no law that applies to it requires it; under the GDPR it is the processor's duty (Art. 28(2)) and a checklist task.
  test.runIf(outputs.facts.product.processorRole === true)('the list promises notice of changes only where the GDPR makes it a duty the checklist asks for', () => {
    const promised = flat(doc('subprocessors')!.text).includes('We tell customers before we add or replace a sub-processor');
    expect(promised).toBe(c.eeaOrUk);
    expect(flat(outputs.checklist.text).includes('tell them before you add or replace one')).toBe(promised);
  });

  test('every sub-processor is in the policy with the same location and safeguard', () => {
    const table = policy;
    for (const s of subprocessors(c)) {
      expect(table).toContain(escapeMarkdown(s.name));
      if (s.safeguard !== '—') expect(table).toContain(flat(escapeMarkdown(s.safeguard)));
    }
  });

  test.runIf(outputs.facts.product.processorRole === true && c.eeaOrUk)('the checklist names the same sub-processors as the sub-processor list', () => {
    const listed = listedNames(doc('subprocessors')!.text)!;
    const task = flat(outputs.checklist.text).match(/Publish a list of your sub-processors \((.*?)\) and a way for customers/);
    expect(task, 'the checklist has the sub-processor task').not.toBeNull();
    const unescape = (n: string) => n.replace(/\\/g, '');
    expect(unescape(task![1] ?? '')).toBe(listed.map(unescape).join(', '));
  });
});

test('a service provider that receives the customers\' content is a sub-processor even when it does not run the product', () => {
  const file = loadAnswersFixture('saas');
  const outputs = outputsFor(file);
  const names = subprocessors(viewContext(outputs.facts)).map((s) => s.name);
  const ai = outputs.facts.services.find((s) => s.role === 'processor' && s.data.includes('content') && !s.purposes.includes('provide-service'));
  expect(ai, 'the saas example has an AI provider that receives content').toBeDefined();
  expect(names).toContain(ai!.name);
  const support = outputs.facts.services.find((s) => s.purposes.length === 1 && s.purposes[0] === 'support');
  expect(support, 'the saas example has a support tool').toBeDefined();
  expect(names).not.toContain(support!.name);
});

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe('the sub-processor change log', () => {
  const table = (names: string[], log: string[]) =>
    ['| Sub-processor | Company |', '| --- | --- |', ...names.map((n) => `| ${n} | — |`), '', '## Changes to this list', '', ...log, ''].join('\n');

  test('a first list says so; an unchanged list keeps its log', () => {
    expect(changeLog(undefined, ['Hetzner Cloud'], '2026-12-02')).toEqual(['- 2 December 2026: List first published.']);
    const before = table(['Hetzner Cloud'], ['- 2 December 2026: List first published.']);
    expect(listedNames(before)).toEqual(['Hetzner Cloud']);
    expect(changeLog(before, ['Hetzner Cloud'], '2026-12-09')).toEqual(['- 2 December 2026: List first published.']);
  });

  test('an added and a removed sub-processor get a dated entry on top; a second change the same day joins it', () => {
    const before = table(['Hetzner Cloud', 'Postmark'], ['- 2 December 2026: List first published.']);
    const log = changeLog(before, ['Hetzner Cloud', 'Amazon Web Services (AWS)'], '2026-12-09');
    expect(log).toEqual(['- 9 December 2026: Added: Amazon Web Services (AWS). Removed: Postmark.', '- 2 December 2026: List first published.']);
    const again = changeLog(table(['Hetzner Cloud', 'Amazon Web Services (AWS)'], log), ['Hetzner Cloud', 'Amazon Web Services (AWS)', 'Sentry'], '2026-12-09');
    expect(again).toEqual(['- 9 December 2026: Added: Sentry.', '- 2 December 2026: List first published.']);
  });

  test('adding a service that runs the product, then generating again, logs it in the file', () => {
    const file = loadAnswersFixture('eu-b2b-processor');
    const first = outputsFor(file).documents.find((d) => d.id === 'subprocessors')!;
    expect(first.text).toContain('- 2 December 2026: List first published.');
    const details = structuredClone(file.answers['services.details']!.value) as Record<string, Record<string, unknown>>;
    details.postmark!.purposes = ['service-emails', 'provide-service'];
    const next: AnswersFile = { ...file, answers: { ...file.answers, 'services.details': { value: details as never, source: 'user' } } };
    const root = mkdtempSync(join(tmpdir(), 'pw-biz-'));
    const dir = join(root, 'privacy');
    mkdirSync(dir);
    const location = { root, dir, dirName: 'privacy', answersPath: join(dir, 'answers.json') };
    const o1 = computeOutputs(engine, file, location, { today: '2026-12-02' });
    const sub1 = o1.documents.find((d) => d.id === 'subprocessors')!;
    writeFileSync(sub1.path, sub1.text);
    const o2 = computeOutputs(engine, next, location, { today: '2026-12-10' });
    const sub2 = o2.documents.find((d) => d.id === 'subprocessors')!;
    expect(sub2.changed).toBe(true);
    expect(sub2.text).toContain('- 10 December 2026: Added: Postmark.\n- 2 December 2026: List first published.');
  });
});

describe('CSV fields', () => {
  test('quotes what needs quoting and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1 800')).toBe("'+1 800");
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  test('any value reads back as written (with the apostrophe before a formula), by an RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const back = parseCsv(toCsv(table));
        expect(back).toEqual(table.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v))));
      }),
      { numRuns: 300 },
    );
  });
});

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') row.push(field), (field = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else (field += ch), i++;
  }
  return rows;
}

test('the sub-processor list says each has a data processing agreement only when the answers say every one is signed', () => {
  const file = loadAnswersFixture('saas');
  const text = (f: AnswersFile) => flat(outputsFor(f).documents.find((d) => d.id === 'subprocessors')!.text);
  const claim = 'We have a data processing agreement with each of them';
  expect(text(file)).toContain(claim);
  const unsigned = structuredClone(file);
  const details = unsigned.answers['services.details']!.value as Record<string, { dpa?: string }>;
  details.openai!.dpa = 'not-signed';
  expect(text(unsigned)).not.toContain(claim);
  delete details.openai!.dpa;
  expect(text(unsigned)).not.toContain(claim);
});

// The incomplete example answers no services and no data uses: its record said "Transfers … None" and
// "Nothing kept for this purpose alone", facts the answers do not give.
test('a record of processing with services and data uses unanswered says "Not sure yet", not "None"', () => {
  const outputs = outputsFor(loadAnswersFixture('incomplete'));
  const record = outputs.documents.find((d) => d.id === 'records')!.text;
  const transfers = record.split('Transfers outside the EEA and the UK, and their safeguards:**')[1]!.split('\n')[1]!;
  expect(transfers).toContain('Not sure yet');
  expect(record).not.toContain('Nothing kept for this purpose alone');
  expect(record).not.toMatch(/safeguards:\*\*\n {2}- None/);
  const csv = outputs.documents.find((d) => d.id === 'records-csv')!.text;
  expect(csv.split('\n')[1]).toContain('Not sure yet');
});
