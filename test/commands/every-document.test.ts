// Issue 14's promise, through the built CLI, for every example product: each document the product
// needs is written by `generate`, a re-run changes nothing and `check` finds it in sync, a hand edit
// of any of them is reported by `check` (and kept by `generate`), and an answer changed without
// re-generating makes `check` fail naming every document it affects.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));
const NAMES = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();

const BASE = ['privacy-policy.md', 'checklist.md'];
const WEB = ['cookies.md', 'cookies.json'];
const PROCESSOR = ['subprocessors.md'];
const RECORDS = ['records-of-processing.md', 'records-of-processing.csv'];
const APPLE = ['app-store-privacy.md', 'PrivacyInfo.xcprivacy'];
const GOOGLE = ['play-data-safety.csv'];

/** What each example product must publish: a web product its cookie table, a processor its
 * sub-processors, a product under the GDPR its record of processing, an app its store files. */
const EXPECTED: Record<string, string[]> = {
  'brazil-ecommerce': [...BASE, ...WEB],
  'calling-app': [...BASE, ...RECORDS, ...APPLE, ...GOOGLE],
  'canada-quebec': [...BASE, ...WEB],
  'dev-api': [...BASE, ...PROCESSOR],
  'eu-b2b-processor': [...BASE, ...WEB, ...PROCESSOR, ...RECORDS],
  incomplete: [...BASE, ...RECORDS],
  'kids-edu': [...BASE, ...APPLE, ...GOOGLE],
  saas: [...BASE, ...WEB, ...PROCESSOR, ...RECORDS, ...APPLE, ...GOOGLE],
  'selfhosted-devtool': [...BASE, ...WEB, ...PROCESSOR, ...RECORDS],
  'us-mobile-ads': [...BASE, ...APPLE, ...GOOGLE],
};

const OUTPUT_KINDS = ['missing-output', 'stale-output', 'hand-edited'];

interface Problem { kind: string; file?: string }

function outputProblems(root: string): { code: number | null; byKind: Record<string, string[]> } {
  const run = runCli(['check', '--cwd', root, '--json']);
  const doc = JSON.parse(run.stdout) as { problems: Problem[]; warnings: Problem[] };
  const byKind: Record<string, string[]> = {};
  for (const p of [...doc.problems, ...doc.warnings]) {
    if (!OUTPUT_KINDS.includes(p.kind)) continue;
    (byKind[p.kind] ??= []).push((p.file ?? '').replace(/^privacy\//, ''));
  }
  for (const k of Object.keys(byKind)) byKind[k]!.sort();
  return { code: run.code, byKind };
}

const written = (root: string) => readdirSync(join(root, 'privacy')).filter((f) => f !== 'answers.json').sort();
const contents = (root: string) => Object.fromEntries(readdirSync(join(root, 'privacy')).map((f) => [f, readFileSync(join(root, 'privacy', f), 'utf8')]));

test('every example product has its expected documents listed here', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(NAMES);
});

describe.each(NAMES)('%s', (name) => {
  test('each document is written, kept in sync on re-run, caught when edited by hand or stale', () => {
    const root = projectWithAnswers(name);
    runCli(['generate', '--cwd', root]);
    const docs = written(root);
    expect(docs).toEqual([...(EXPECTED[name] ?? [])].sort());

    // A re-run changes no byte, and check finds every document in sync.
    const before = contents(root);
    runCli(['generate', '--cwd', root]);
    expect(contents(root)).toEqual(before);
    expect(outputProblems(root).byKind).toEqual({});

    // A hand edit of each document is reported, and generate does not overwrite it.
    for (const doc of docs) writeFileSync(join(root, 'privacy', doc), `${before[doc]}\nedited by hand\n`);
    const edited = outputProblems(root);
    expect(edited.code).toBe(1);
    expect(edited.byKind['hand-edited']).toEqual(docs);
    runCli(['generate', '--cwd', root]);
    for (const doc of docs) expect(readFileSync(join(root, 'privacy', doc), 'utf8'), doc).toBe(`${before[doc]}\nedited by hand\n`);
    for (const doc of docs) writeFileSync(join(root, 'privacy', doc), before[doc]!);
    expect(outputProblems(root).byKind).toEqual({});

    // Answers changed without re-generating (a new name, no services, another consent model):
    // every document is stale, and check fails.
    const answersPath = join(root, 'privacy', 'answers.json');
    const file = JSON.parse(before['answers.json']!) as { answers: Record<string, { value: unknown }> };
    const a = file.answers;
    a['product.name']!.value = `${String(a['product.name']!.value)} Two`;
    if (a['services.used']) a['services.used'].value = [];
    if (a['cookies.consent']) a['cookies.consent'].value = a['cookies.consent'].value === 'opt-in' ? 'opt-out' : 'opt-in';
    writeFileSync(answersPath, `${JSON.stringify(file, null, 2)}\n`);
    const stale = outputProblems(root);
    expect(stale.code).toBe(1);
    expect(stale.byKind['stale-output']).toEqual(docs);
    expect(stale.byKind['hand-edited']).toBeUndefined();

    // generate brings every one of them back in sync.
    runCli(['generate', '--cwd', root]);
    expect(outputProblems(root).byKind).toEqual({});
  });
});
