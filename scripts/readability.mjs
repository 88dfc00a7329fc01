// Renders the example SaaS policy (test/fixtures/answers/saas.json) and prints its
// Flesch reading ease. Usage: node scripts/readability.mjs [answers.json] [--print]
//
// What is scored: the prose a reader reads — paragraphs, list items and quotes. Headings,
// the contents list and tables are left out: they are short labels, and counting them as
// sentences would flatter the score. Links count as their text; bare URLs and email
// addresses count as one word each. Each list item is one sentence unit.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const answersPath = args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/answers/saas.json';

// Bundle a tiny entry next to the package so dataPath() finds questions/ and outputs/.
mkdirSync('.tmp/readability', { recursive: true });
const entry = `
import { renderPolicy } from './source/core/render/policy.ts';
import { factsFrom, answersOf } from './test/helpers/facts.ts';
export const render = (file, today) => renderPolicy(factsFrom(answersOf(file), today), { lastUpdated: today });
`;
await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  outfile: '.tmp/readability/entry.mjs',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { render } = await import(pathToFileURL('.tmp/readability/entry.mjs').href);
const policy = render(JSON.parse(readFileSync(answersPath, 'utf8')), '2026-11-23');

/** The prose of a Markdown document, one sentence unit per line. */
export function prose(markdown) {
  const lines = [];
  let inContents = false;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (/^#{1,6} /.test(line)) {
      inContents = /^## Contents$/.test(line);
      continue;
    }
    if (inContents || line === '' || line.startsWith('|') || line.startsWith('<!--')) continue;
    lines.push(
      line
        .replace(/^>\s?/, '')
        .replace(/^(\s*[-*+]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/https?:\/\/\S+|\S+@\S+\.\S+/g, 'address')
        .replace(/&[a-z#0-9]+;/g, ' ')
        .replace(/[*_`\\]/g, ''),
    );
  }
  return lines;
}

export function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Flesch reading ease: 206.835 - 1.015 (words per sentence) - 84.6 (syllables per word). */
export function flesch(units) {
  let sentences = 0;
  let words = 0;
  let syl = 0;
  for (const unit of units) {
    for (const s of unit.split(/[.!?]+(?=\s|$)/)) {
      const ws = s.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
      if (ws.length === 0) continue;
      sentences += 1;
      words += ws.length;
      syl += ws.reduce((n, w) => n + (/^\d/.test(w) ? 1 : syllables(w)), 0);
    }
  }
  const score = 206.835 - 1.015 * (words / sentences) - 84.6 * (syl / words);
  return { score, sentences, words, wordsPerSentence: words / sentences, syllablesPerWord: syl / words };
}

const result = flesch(prose(policy));
if (args.includes('--print')) console.log(policy);
console.log(
  `Flesch reading ease: ${result.score.toFixed(1)} (${result.words} words, ${result.sentences} sentences, ` +
    `${result.wordsPerSentence.toFixed(1)} words per sentence, ${result.syllablesPerWord.toFixed(2)} syllables per word)`,
);
