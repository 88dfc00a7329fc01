#!/usr/bin/env node
// The hardening matrix of issue 10: ~250 cases of bad input and faults run against the built
// CLI (see scripts/matrix/). Prints the problems and the counts by class.
//   npm run matrix                  build, then run every case
//   npm run matrix -- --quick       the subset npm test runs (test/matrix/matrix.test.ts)
//   npm run matrix -- --only link:  cases whose id matches a regular expression
//   npm run matrix -- --doc         also write the counts into docs/reliability.md
//   npm run matrix -- --verbose     print stdout/stderr of every case with a problem
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCases } from './matrix/cases.mjs';
import { ROOT, cleanTemplates, isRoot, runCase } from './matrix/harness.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** Runs `cases` with at most `jobs` at a time; reports each as it ends. */
export async function runMatrix(cases, { jobs = 2, onResult } = {}) {
  const results = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const k = next++;
      results[k] = await runCase(cases[k]);
      onResult?.(results[k], k);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  cleanTemplates();
  return results;
}

export function countsByClass(results) {
  const by = new Map();
  for (const r of results) {
    const row = by.get(r.cls) ?? { cls: r.cls, cases: 0, clean: 0, problems: 0, skipped: 0 };
    row.cases += 1;
    if (r.skipped) row.skipped += 1;
    else if (r.problems.length === 0) row.clean += 1;
    else row.problems += 1;
    by.set(r.cls, row);
  }
  return [...by.values()].sort((a, b) => a.cls.localeCompare(b.cls, 'en', { numeric: true }));
}

function table(results) {
  const rows = countsByClass(results);
  const total = rows.reduce((t, r) => ({ cases: t.cases + r.cases, clean: t.clean + r.clean, problems: t.problems + r.problems, skipped: t.skipped + r.skipped }), { cases: 0, clean: 0, problems: 0, skipped: 0 });
  const lines = ['| class | cases | clean | with a problem | skipped |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.cls} | ${r.cases} | ${r.clean} | ${r.problems} | ${r.skipped} |`);
  lines.push(`| **all** | **${total.cases}** | **${total.clean}** | **${total.problems}** | **${total.skipped}** |`);
  return { lines, total };
}

function writeDoc(results) {
  const path = join(ROOT, 'docs', 'reliability.md');
  const doc = readFileSync(path, 'utf8');
  const { lines, total } = table(results);
  const failing = results.filter((r) => r.problems.length > 0);
  const section = [
    '<!-- matrix:start (written by `npm run matrix -- --doc`) -->',
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${total.cases} cases${isRoot ? ' (as root: tmpfs and unprivileged-user cases ran)' : ' (not root: tmpfs cases skipped)'}.`,
    '',
    ...lines,
    '',
    ...(failing.length === 0
      ? ['Every case is clean.']
      : ['Cases with a problem:', '', ...failing.map((r) => `- \`${r.id}\`: ${r.problems.join('; ').replace(/\|/g, '\\|')}`)]),
    '<!-- matrix:end -->',
  ].join('\n');
  const marked = /<!-- matrix:start[\s\S]*?<!-- matrix:end -->/;
  writeFileSync(path, marked.test(doc) ? doc.replace(marked, section) : `${doc.trimEnd()}\n\n${section}\n`);
}

async function main() {
  let cases = allCases();
  if (flag('--quick')) cases = cases.filter((c) => c.quick);
  const only = value('--only');
  if (only) cases = cases.filter((c) => new RegExp(only).test(c.id));
  const started = Date.now();
  const results = await runMatrix(cases, {
    jobs: Number(value('--jobs') ?? 2),
    onResult: (r) => {
      const mark = r.skipped ? '-' : r.problems.length === 0 ? '.' : 'x';
      process.stderr.write(mark);
    },
  });
  process.stderr.write('\n');
  for (const r of results.filter((r) => r.problems.length > 0)) {
    process.stdout.write(`✖ ${r.id} [${r.cls}] exit ${r.code}: ${r.problems.join('; ')}\n`);
    if (flag('--verbose')) process.stdout.write(`  stdout: ${JSON.stringify((r.stdout ?? '').slice(0, 600))}\n  stderr: ${JSON.stringify((r.stderr ?? '').slice(0, 1200))}\n`);
  }
  const { lines, total } = table(results);
  process.stdout.write(`\n${lines.join('\n')}\n\n${total.cases} cases in ${Math.round((Date.now() - started) / 1000)} s: ${total.clean} clean, ${total.problems} with a problem, ${total.skipped} skipped.\n`);
  if (flag('--doc') && !only && !flag('--quick')) writeDoc(results);
  const out = value('--json');
  if (out) writeFileSync(out, JSON.stringify(results, null, 2));
  process.exitCode = total.problems > 0 ? 1 : 0;
}

// run as a script (npm run matrix), not when the vitest file imports runMatrix
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
