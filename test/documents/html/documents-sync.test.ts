// --format html for the cookie table and the sub-processor list: written as .html beside the policy's
// page, unchanged on a re-run, a hand edit detected, and the sub-processor change log (GDPR Art. 28(2))
// carried on: across runs of the HTML page, and across a switch from Markdown to HTML.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AnswersFile, OutputFormat } from '../../../source/core/answers/types.js';
import { computeOutputs, loadEngine, type Outputs } from '../../../source/project.js';
import type { Location } from '../../../source/store/locate.js';
import { loadAnswersFixture } from '../../helpers/facts.js';

const engine = loadEngine();

function place(): Location {
  const root = mkdtempSync(join(tmpdir(), 'pw-docs-sync-'));
  const dir = join(root, 'privacy');
  mkdirSync(dir);
  return { root, dir, dirName: 'privacy', answersPath: join(dir, 'answers.json') };
}

const run = (file: AnswersFile, location: Location, today: string, format: OutputFormat): Outputs => {
  const out = computeOutputs(engine, file, location, { today, format });
  for (const f of out.files) writeFileSync(f.path, f.text);
  return out;
};
const doc = (out: Outputs, id: string) => out.documents.find((d) => d.id === id)!;
const logOf = (html: string) => [...html.split('Changes to this list</h2>')[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]);

/** saas with one more sub-processor (a database that runs the product). */
function withSupabase(file: AnswersFile): AnswersFile {
  const next = structuredClone(file);
  (next.answers['services.used']!.value as string[]).push('supabase');
  (next.answers['services.details']!.value as Record<string, unknown>).supabase = { role: 'processor', purposes: ['provide-service'], data: ['account'], location: 'US', dpa: 'signed' };
  return next;
}

describe('cookie table and sub-processor list with --format html', () => {
  test('are .html pages, unchanged on a re-run, and a hand edit is detected', () => {
    const location = place();
    const saas = loadAnswersFixture('saas');
    const first = run(saas, location, '2026-12-03', 'html');
    for (const id of ['cookies', 'subprocessors']) {
      expect(doc(first, id).path).toMatch(new RegExp(`/${id}\\.html$`));
      expect(doc(first, id).text).toMatch(/^<!-- privacy-wizard: generated file;[^\n]*-->\n<!DOCTYPE html>\n<html lang="en">/);
    }
    const again = computeOutputs(engine, saas, location, { today: '2026-12-09', format: 'html' });
    for (const id of ['cookies', 'subprocessors']) expect({ id, changed: doc(again, id).changed, handEdited: doc(again, id).existing?.handEdited }).toEqual({ id, changed: false, handEdited: false });
    writeFileSync(doc(first, 'cookies').path, doc(first, 'cookies').text.replace('<h1', '<h1 class="mine"'));
    expect(doc(computeOutputs(engine, saas, location, { today: '2026-12-09', format: 'html' }), 'cookies').existing?.handEdited).toBe(true);
  });

  test('the HTML sub-processor list keeps its log and adds a dated entry for a new sub-processor', () => {
    const location = place();
    const saas = loadAnswersFixture('saas');
    const first = logOf(doc(run(saas, location, '2026-12-03', 'html'), 'subprocessors').text);
    expect(first).toEqual(['3 December 2026: List first published.']);
    const added = logOf(doc(run(withSupabase(saas), location, '2026-12-10', 'html'), 'subprocessors').text);
    expect(added).toEqual(['10 December 2026: Added: Supabase.', '3 December 2026: List first published.']);
    // read back from the page, the same list writes the same page
    expect(doc(computeOutputs(engine, withSupabase(saas), location, { today: '2026-12-20', format: 'html' }), 'subprocessors').changed).toBe(false);
  });

  test('switching from Markdown to HTML carries the change log over instead of starting it again', () => {
    const location = place();
    const saas = loadAnswersFixture('saas');
    run(saas, location, '2026-12-03', 'markdown');
    run(withSupabase(saas), location, '2026-12-10', 'markdown');
    const html = doc(run(withSupabase(saas), location, '2026-12-15', 'html'), 'subprocessors');
    expect(logOf(html.text)).toEqual(['10 December 2026: Added: Supabase.', '3 December 2026: List first published.']);
  });
});
