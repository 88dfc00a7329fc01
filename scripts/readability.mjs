// Measures the policy of every example product (test/fixtures/answers/*.json, but `incomplete`)
// and writes docs/readability.md: words, reading time and Flesch reading ease, before (the
// baseline in scripts/readability-baseline.json) and now. How it counts: source/core/render/policy-readability.ts.
//
//   npm run readability                 rewrite docs/readability.md
//   node scripts/readability.mjs --print saas    print the saas policy as measured
//   node scripts/readability.mjs --baseline      record the current figures as the baseline (once, on the old text)
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const baselinePath = join(root, 'scripts', 'readability-baseline.json');
const docPath = join(root, 'docs', 'readability.md');
const TODAY = '2026-12-02';

// Bundle a small entry next to the package so dataPath() finds questions/ and outputs/.
mkdirSync(join(root, '.tmp', 'readability'), { recursive: true });
const entry = `
import { runAudit } from './source/core/audit/engine.ts';
import { obligations, rules } from './source/core/audit/rules/index.ts';
import { loadQuestionBank } from './source/core/questions/load.ts';
import { renderPolicy } from './source/core/render/policy.ts';
import { measure, WORDS_PER_MINUTE } from './source/core/render/policy-readability.ts';
import { writeFileSafely } from './source/store/safe-write.ts';
import { factsFrom, answersOf } from './test/helpers/facts.ts';
export { measure, writeFileSafely, WORDS_PER_MINUTE };
/** The policy as \`generate\` writes it on a first run (draft notice and first version included). */
export function render(file, today) {
  const facts = factsFrom(answersOf(file), today);
  const audit = runAudit(facts, rules, obligations, loadQuestionBank());
  return renderPolicy(facts, { lastUpdated: today, openItems: audit.counts.error, versions: [{ date: today, summary: 'First version.' }] });
}
`;
const out = join(root, '.tmp', 'readability', 'entry.mjs');
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
const { render, measure, writeFileSafely, WORDS_PER_MINUTE } = await import(pathToFileURL(out).href);

const dir = join(root, 'test', 'fixtures', 'answers');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'incomplete.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort((a, b) => (a === 'saas' ? -1 : b === 'saas' ? 1 : a.localeCompare(b)));
const policyOf = (name) => render(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')), TODAY);

const args = process.argv.slice(2);
if (args.includes('--print')) {
  process.stdout.write(policyOf(args[args.indexOf('--print') + 1] ?? 'saas'));
  process.exit(0);
}

const now = Object.fromEntries(examples.map((name) => [name, round(measure(policyOf(name)))]));
if (args.includes('--baseline')) {
  writeFileSafely(baselinePath, `${JSON.stringify({ measured: TODAY, note: 'main before issue 11 (commit 90be37f)', examples: now }, null, 2)}\n`);
  console.log(`baseline written: ${baselinePath}`);
  process.exit(0);
}
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
writeFileSafely(docPath, doc(baseline, now));
for (const name of examples) console.log(`${name.padEnd(18)} ${row(baseline.examples[name])}  ->  ${row(now[name])}`);
console.log(`written: ${docPath}`);

function round(m) {
  return { proseWords: m.proseWords, tableWords: m.tableWords, words: m.words, minutes: Math.round(m.minutes * 10) / 10, fre: Math.round(m.fre * 10) / 10, glanceWords: m.glanceWords };
}
function row(m) {
  return m ? `${m.proseWords} prose words, ${m.words} in all, ${m.minutes} min, FRE ${m.fre}` : '(no baseline)';
}

function doc(base, current) {
  const n = (x) => x.toLocaleString('en-US');
  const pair = (b, c, f = (x) => x) => (b === undefined ? `**${f(c)}**` : `${f(b)} → **${f(c)}**`);
  const lines = examples.map((name) => {
    const b = base.examples[name] ?? {};
    const c = current[name];
    return `| \`${name}\` | ${pair(b.proseWords, c.proseWords, n)} | ${pair(b.tableWords, c.tableWords, n)} | ${pair(b.words, c.words, n)} | ${pair(b.minutes, c.minutes)} | ${pair(b.fre, c.fre)} | ${c.glanceWords} |`;
  });
  return `# Readability of the generated policy

The policy is for the people whose data it describes. It opens with **Privacy at a glance**,
a summary of at most 200 words whose every line links to the section it summarises, then
gives each fact once: the sections for a country's law add only what that law needs and
point back to the general sections.

Targets (issue 11), for the \`saas\` example: at most **3,000 words** of prose, Flesch reading
ease **65 or more**, at-a-glance at most **200 words**; every example with no more prose and
no lower reading ease than before. \`test/core/render/readability.test.ts\` holds the policy to them.

## Measured

\`npm run readability\` rewrites this page from the example products in
\`test/fixtures/answers/\` (all but \`incomplete\`), rendered as \`generate\` writes them on
${TODAY}. "Before" is the text on main before issue 11 (${base.note ? base.note.replace(/^main before issue 11 \((.*)\)$/, '$1') : 'recorded'}, kept in
\`scripts/readability-baseline.json\`).

| Example | Prose words | Table words | All words | Reading time (min) | Flesch reading ease | At a glance (words) |
| --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}

## How it is measured

- **Text:** the policy as Markdown is parsed with \`marked\`'s lexer and only what a reader sees
  is kept: headings, paragraphs, list items, quotes and table cells, with links as their text.
  The generated-file marker (an HTML comment) is left out. A URL or an email address is one word.
- **Prose words:** paragraphs, list items and quotes, the text read from start to end. The
  issue's figure for the old \`saas\` text (3,744 words) left out tables, headings and the
  contents list too; 3,823 here, as the word rules differ a little. The target of 3,000 words
  is for the prose.
- **Table words:** every table cell. A table is scanned for the row you need, not read through.
- **All words and reading time:** everything above plus headings and the contents list, at
  ${WORDS_PER_MINUTE} words a minute (the average silent reading speed of adults for non-fiction,
  Brysbaert 2019). This is the time to read every word, tables included: an upper bound.
- **Flesch reading ease:** 206.835 − 1.015 × words per sentence − 84.6 × syllables per word
  (the \`flesch\` package), over the prose. Table cells are mostly lists of labels, not sentences,
  so they are not scored (as before issue 11). A sentence ends at \`.\`, \`!\` or \`?\`; a list item
  without one is one sentence. Syllables come from the \`syllable\` package (English, with
  exceptions); a number counts as one syllable.
- 60-70 is "plain English"; 70-80 "fairly easy". Scores from other tools differ by a few
  points (their syllable counts differ), so compare rows of this table, not other tools.

The summary at the top adds 110 to 180 words to every policy. In the short policies the words
saved elsewhere do not quite make up for it, so their reading time, tables and headings
included, can be a few words longer than before, while their prose is shorter and easier.

## What keeps it short and plain

- One fact, one place: retention is listed once (the California and COPPA parts point to it);
  the California categories are one table whose "What it includes" column names the kinds of
  data of "What we collect"; the rights are listed once, and each country's part adds only what
  its law adds; each transfer safeguard is given once, in the recipients table; the Global
  Privacy Control answer is given once, in "Cookies and tracking".
- Tables where the same labels would repeat: what we collect, how we use it (each legal basis
  explained once, above the table), who receives it, the California categories.
- Short sentences in the second person; a legal term the law requires ("sale", "sharing",
  "controller", "legal basis") is explained once, where it first appears.
- Words of US law only where a US law applies, words of EU law only where the GDPR or UK GDPR applies.
`;
}
