// Recall and false positives of `privacy-wizard scan` on a real-world test set:
// `--set main` (default) is test/fixtures/real-world/<project>/files, written while tuning the scanner;
// `--set heldout` is test/fixtures/real-world-heldout/<project>/files, whose expectations were
// committed before the scanner first saw the project; `--set all` prints both tables.
// Expectations are in <project>/expected.json.
// A service counts as detected when the scan reports it with more than a name-only signal
// (name-only detections are shown as "possible" and are neither pre-selected nor failed by check).
// A detection is a false positive unless it is expected, acceptable (the code sends data to it only
// when an operator or customer turns it on), or a part of one of those (its catalog ancestors).
// Build first: `npm run build`.
//
//   node scripts/real-world-recall.mjs [--set main|heldout|all] [--json] [--cli dist/cli.js]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { builtDir, isBuilt } from './real-world-corpus.mjs';

const notBuilt = [];

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, cli: { type: 'string' }, set: { type: 'string', default: 'main' } } });
const here = dirname(fileURLToPath(import.meta.url));
const cli = values.cli ?? join(here, '..', 'dist', 'cli.js');
const SETS = { main: 'real-world', heldout: 'real-world-heldout' };
if (values.set !== 'all' && !(values.set in SETS)) {
  console.error(`real-world-recall: --set ${values.set} is not a test set; use main, heldout or all`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`real-world-recall: ${cli} is missing; run \`npm run build\` first`);
  process.exit(2);
}

const measure = (setName) => {
const set = join(here, '..', 'test', 'fixtures', SETS[setName]);
const rows = [];
for (const name of readdirSync(set).sort()) {
  const expectedPath = join(set, name, 'expected.json');
  if (!existsSync(expectedPath)) continue;
  const meta = JSON.parse(readFileSync(expectedPath, 'utf8'));
  // the project's files are built from snapshots into the cache, never committed (scripts/real-world-corpus.mjs)
  if (!isBuilt(setName, name)) {
    console.error(`real-world-recall: ${setName}/${name} is not built; run \`node scripts/real-world-corpus.mjs build\` (it needs a snapshot of ${meta.repo}); left out of the figures`);
    notBuilt.push(`${setName}/${name}`);
    continue;
  }
  const run = spawnSync(process.execPath, [cli, 'scan', '--json', '--cwd', builtDir(setName, name)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${name}: scan exited ${run.status}: ${run.stderr}`);
  const result = JSON.parse(run.stdout);
  const proven = result.services.filter((s) => s.confidence !== 'name');
  const detected = proven.map((s) => s.serviceId);
  const possible = result.services.filter((s) => s.confidence === 'name').map((s) => s.serviceId);
  const expected = meta.expected;
  const listed = new Set([...expected, ...(meta.acceptable ?? [])]);
  const found = expected.filter((id) => detected.includes(id));
  const missed = expected.filter((id) => !detected.includes(id));
  // A part of an expected service (Azure Cosmos DB of Azure) is covered by it, as `check` counts it:
  // the policy that names the parent names the part.
  const covered = proven.filter((s) => !listed.has(s.serviceId) && (s.ancestors ?? []).some((id) => listed.has(id))).map((s) => s.serviceId);
  const falsePositives = detected.filter((id) => !listed.has(id) && !covered.includes(id));
  // A gap the catalog has since filled is an expectation waiting to be moved into `expected`.
  const staleGaps = (meta.gaps ?? []).filter((g) => proven.some((s) => s.name.toLowerCase() === g.service.toLowerCase() || s.serviceId === g.service.toLowerCase())).map((g) => g.service);
  for (const gap of staleGaps) console.error(`real-world-recall: ${setName}/${name}: the gap "${gap}" is now detected; move it to expected`);
  rows.push({ name, ecosystem: meta.ecosystem, commit: meta.commit.slice(0, 12), expected: expected.length, found: found.length, missed, falsePositives, covered, possible, gaps: (meta.gaps ?? []).map((g) => g.service) });
}

const sum = (key) => rows.reduce((n, r) => n + (typeof r[key] === 'number' ? r[key] : r[key].length), 0);
const totals = { projects: rows.length, expected: sum('expected'), found: sum('found'), falsePositives: sum('falsePositives'), covered: sum('covered'), gaps: sum('gaps') };
return { set: setName, rows, totals };
};

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const results = (values.set === 'all' ? ['main', 'heldout'] : [values.set]).map(measure);
if (values.json) {
  process.stdout.write(`${JSON.stringify(values.set === 'all' ? results : results[0], null, 2)}\n`);
} else {
  for (const { set, rows, totals } of results) {
    if (results.length > 1) console.log(`### ${set === 'main' ? 'Main set (test/fixtures/real-world)' : 'Held-out set (test/fixtures/real-world-heldout)'}\n`);
    console.log('| project | ecosystem | commit | found / expected | missed | false positives | covered by a parent | not in catalog |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(`| ${r.name} | ${r.ecosystem} | ${r.commit} | ${r.found} / ${r.expected} | ${r.missed.join(', ') || '—'} | ${r.falsePositives.join(', ') || '0'} | ${r.covered.join(', ') || '—'} | ${r.gaps.join(', ') || '—'} |`);
    }
    console.log('');
    console.log(`recall (catalog services): ${totals.found} / ${totals.expected} = ${pct(totals.found, totals.expected)}`);
    console.log(`recall (including ${totals.gaps} services with no catalog entry yet): ${totals.found} / ${totals.expected + totals.gaps} = ${pct(totals.found, totals.expected + totals.gaps)}`);
    console.log(`false positives: ${totals.falsePositives} (and ${totals.covered} parts of an expected service, covered by it)`);
    if (results.length > 1) console.log('');
  }
  if (notBuilt.length) console.log(`not built, so not counted: ${notBuilt.join(', ')}`);
}
