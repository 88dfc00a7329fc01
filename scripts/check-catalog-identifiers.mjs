#!/usr/bin/env node
// Checks that the catalog's package identifiers exist in their registries.
//
//   node scripts/check-catalog-identifiers.mjs [--out missing.json] [--npm-list names.tsv]
//                                              [--pypi-list names.tsv] [--jobs 6] [--fresh]
//
// npm: runs `npm view <name> name` for every npm identifier, a few at a time; answers are kept in
// node_modules/.cache/privacy-wizard/npm-view.json (written as it goes) so a re-run asks only about
// new names (--fresh asks again). A 404 counts as missing; any other failure (network) is reported
// as "no answer", not missing. --npm-list names a local list of npm names (first column, one a
// line): names on it count as found without a look-up, which spares the registry and a loaded machine.
// PyPI is not reachable from every machine: --pypi-list names a local list of PyPI names (first
// column, one a line) to check against instead. Exits 1 when a name is missing.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const jobs = Number(option('--jobs') ?? 6);
const cacheFile = join(root, 'node_modules', '.cache', 'privacy-wizard', 'npm-view.json');

const dir = join(root, 'questions', 'catalog');
const entries = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) ?? []).map((e) => ({ ...e, file: f })));
const names = (kind) => [...new Set(entries.flatMap((e) => e.identifiers[kind] ?? []))].sort();

let cache = {};
if (!args.includes('--fresh')) {
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    cache = {};
  }
}

/** 'found' | 'missing' | 'unknown' for one npm name. */
function npmView(name) {
  return new Promise((resolve) => {
    execFile('npm', ['view', name, 'name'], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (!error && stdout.trim() === name) resolve('found');
      else if (/E404|404 Not Found|is not in this registry/.test(`${stderr}${stdout}`)) resolve('missing');
      else resolve('unknown');
    });
  });
}

const firstColumn = (file) => readFileSync(file, 'utf8').split('\n').map((line) => line.split('\t')[0] ?? '');
const npmNames = names('npm');
const npmList = option('--npm-list');
const listed = new Set(npmList ? firstColumn(npmList) : []);
const todo = npmNames.filter((n) => !listed.has(n) && cache[n] !== 'found' && cache[n] !== 'missing');
const saveCache = () => {
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, `${JSON.stringify(cache, null, 1)}\n`);
};
let next = 0;
let done = 0;
await Promise.all(
  Array.from({ length: Math.min(jobs, todo.length) }, async () => {
    while (next < todo.length) {
      const name = todo[next++];
      cache[name] = await npmView(name);
      if (++done % 20 === 0) {
        process.stderr.write(`npm view: ${done}/${todo.length}\n`);
        saveCache();
      }
    }
  }),
);
saveCache();
const status = (n) => (listed.has(n) && cache[n] === undefined ? 'found' : cache[n]);
const report = { npm: npmNames.filter((n) => status(n) === 'missing'), npmUnknown: npmNames.filter((n) => status(n) === 'unknown') };
const pypiList = option('--pypi-list');
if (pypiList) {
  const norm = (n) => n.toLowerCase().replace(/[-_.]+/g, '-');
  const known = new Set(firstColumn(pypiList).map(norm));
  report.pypi = names('pypi').filter((n) => !known.has(norm(n)));
}
const owner = (kind, name) => entries.find((e) => (e.identifiers[kind] ?? []).includes(name));
for (const [kind, list] of Object.entries(report)) {
  for (const name of list) {
    const e = owner(kind === 'npmUnknown' ? 'npm' : kind, name);
    console.log(`${kind === 'npmUnknown' ? 'npm (no answer)' : kind} ${name}  in "${e?.id}" (${e?.file})`);
  }
}
const viewed = npmNames.filter((n) => cache[n] !== undefined).length;
const checked = { npm: npmNames.length, npmView: viewed, npmListed: npmNames.length - viewed, ...(pypiList ? { pypi: names('pypi').length } : {}) };
console.log(`checked ${JSON.stringify(checked)}; missing npm ${report.npm.length}, no answer ${report.npmUnknown.length}${report.pypi ? `, missing pypi ${report.pypi.length}` : ''}`);
const out = option('--out');
if (out) writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
process.exitCode = report.npm.length > 0 || (report.pypi?.length ?? 0) > 0 ? 1 : 0;
