// Benchmarks `privacy-wizard scan` on generated repositories of 5,000 and 50,000 files with a
// dozen manifests (plus a node_modules the scan must skip). Runs the built CLI several times per
// tree and prints the median wall time against issue 13's goals: a 5,000-file repository under
// 0.5 s, a 50,000-file tree under 1 s. `node -e 0` is timed in the same rounds, so a busy machine
// shows in both. Writes "## Scan" in docs/benchmarks.md (other sections are kept; `--no-write`
// only prints). Build first: `npm run build` (`npm run bench` does).
//
//   node scripts/bench-scan.mjs [--runs N] [--files 5000,50000] [--keep] [--cli dist/cli.js] [--no-write]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    files: { type: 'string', default: '5000,50000' },
    keep: { type: 'boolean', default: false },
    cli: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.files.split(',').map(Number);
if (!(RUNS >= 1) || SIZES.some((n) => !(n >= 20))) {
  console.error('bench-scan: --runs must be a number >= 1 and --files a comma-separated list of numbers >= 20 (e.g. --files 5000,50000)');
  process.exit(2);
}
/** issue 13: 0.5 s for a 5,000-file repository, 1 s for a 50,000-file tree */
const targetMs = (files) => (files > 5000 ? 1000 : 500);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

const cli = values.cli ?? join(repo, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error(`bench-scan: ${cli} is missing; run \`npm run build\` first`);
  process.exit(2);
}

const MANIFESTS = {
  'package.json': JSON.stringify(
    { private: true, workspaces: ['packages/*'], devDependencies: { '@sentry/cli': '^2.0.0', typescript: '^5.0.0' } },
    null,
    2,
  ),
  'packages/web/package.json': JSON.stringify(
    { dependencies: { '@stripe/stripe-js': '^4.0.0', 'posthog-js': '^1.0.0', react: '^19.0.0', '@acme/analytics': '1' } },
    null,
    2,
  ),
  'packages/api/package.json': JSON.stringify(
    { dependencies: { stripe: '^17.0.0', '@sentry/node': '^8.0.0', twilio: '^5.0.0', openai: '^4.0.0' } },
    null,
    2,
  ),
  'services/ml/requirements.txt': 'openai>=1.0\nsentry-sdk[flask]\nnumpy\nmixpanel\n',
  'services/ml/pyproject.toml': '[project]\nname = "ml"\ndependencies = ["stripe>=10", "posthog"]\n',
  'services/billing/Gemfile': 'source "https://gems.example.com"\ngem "stripe"\ngem "sentry-ruby"\n',
  'services/edge/go.mod': 'module example.com/edge\n\ngo 1.22\n\nrequire (\n\tgithub.com/getsentry/sentry-go v0.28.0\n\tgithub.com/stripe/stripe-go/v79 v79.1.0\n)\n',
  'services/jvm/pom.xml':
    '<project><dependencies><dependency><groupId>com.stripe</groupId><artifactId>stripe-java</artifactId></dependency></dependencies></project>\n',
  'mobile/android/app/build.gradle': "dependencies {\n  implementation 'com.google.firebase:firebase-analytics:21.0.0'\n  implementation 'io.sentry:sentry-android:7.0.0'\n}\n",
  'mobile/ios/Podfile': "target 'App' do\n  pod 'Stripe'\n  pod 'FirebaseAnalytics'\nend\n",
  'services/php/composer.json': JSON.stringify({ require: { 'stripe/stripe-php': '^15.0', 'twilio/sdk': '^8.0' } }, null, 2),
  '.env.example': 'STRIPE_SECRET_KEY=\nSENTRY_DSN=\nOPENAI_API_KEY=\nTWILIO_AUTH_TOKEN=\n',
  'packages/web/index.html':
    '<!doctype html>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>\n<script src="https://js.stripe.com/v3/"></script>\n',
  '.gitignore': 'tmp/\n*.log\n',
};

/** Source files of the kinds a product repository is made of; .tsx and .vue are read for snippets. */
const SOURCE_KINDS = [
  ['ts', (i) => `export const value${i} = ${i};\n`.repeat(20)],
  ['tsx', (i) => `export function Component${i}() {\n  return <div className="c${i}">item ${i}</div>;\n}\n`.repeat(10)],
  ['py', (i) => `def handler_${i}(event):\n    return {"ok": ${i}}\n`.repeat(15)],
  ['go', (i) => `package svc\n\nfunc F${i}() int { return ${i} }\n`],
  ['md', (i) => `# Note ${i}\n\nSome words about part ${i}.\n`],
  ['vue', (i) => `<template><p>${i}</p></template>\n<script setup>const n = ${i}</script>\n`],
  ['json', (i) => JSON.stringify({ id: i, name: `fixture-${i}` })],
  ['png', () => 'not really a png'],
];

function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function generate(FILES) {
  const root = mkdtempSync(join(tmpdir(), 'pw-bench-scan-'));
  for (const [path, text] of Object.entries(MANIFESTS)) write(root, path, text);
  const areas = ['packages/web/src', 'packages/api/src', 'services/ml/app', 'services/edge/internal', 'mobile/shared', 'docs'];
  for (let i = Object.keys(MANIFESTS).length; i < FILES; i++) {
    const [ext, body] = SOURCE_KINDS[i % SOURCE_KINDS.length];
    const area = areas[i % areas.length];
    write(root, `${area}/mod${i % 40}/sub${i % 7}/file${i}.${ext}`, body(i));
  }
  // Installed dependencies and ignored output the walker must not enter.
  for (let i = 0; i < 1000; i++) {
    write(root, `node_modules/pkg${i % 100}/package.json`, JSON.stringify({ dependencies: { stripe: '1' } }));
    write(root, `node_modules/pkg${i % 100}/lib/f${i}.js`, 'module.exports = 1;\n');
  }
  for (let i = 0; i < 200; i++) write(root, `tmp/out${i}.html`, '<script src="https://js.stripe.com/v3/"></script>');
  return root;
}

// Preloaded into the scan process: reports its own CPU time on exit. Wall time on a busy machine
// mostly measures the other processes; CPU time shows what the scan itself costs.
const REPORT_CPU = `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\ncpu-us '+(c.user+c.system)+'\\n')})`;

function scanOnce(root, env) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', REPORT_CPU, cli, 'scan', '--json', '--cwd', root], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`scan exited ${run.status}: ${run.stderr}`);
  const cpuMs = Number(/cpu-us (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000;
  return { ms, cpuMs, result: JSON.parse(run.stdout) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall and CPU time of `node -e 0`, the floor any command pays on this machine now. */
function baselineOnce() {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', REPORT_CPU, '-e', '0'], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, cpuMs: Number(/cpu-us (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000 };
}

/** Wall and CPU time of RUNS scans (each round also times `node -e 0`), after one unmeasured run that warms caches. */
function measure(root, env) {
  const first = scanOnce(root, env);
  const baselines = [];
  const runs = Array.from({ length: RUNS }, () => {
    baselines.push(baselineOnce());
    return scanOnce(root, env);
  });
  const wall = runs.map((r) => r.ms).sort((a, b) => a - b);
  return {
    result: first.result,
    median: median(wall),
    min: wall[0],
    max: wall.at(-1),
    cpu: median(runs.map((r) => r.cpuMs)),
    baseline: { wall: median(baselines.map((b) => b.ms)), cpu: median(baselines.map((b) => b.cpuMs)) },
  };
}

const format = ({ median, min, max, cpu }) =>
  `wall median ${median.toFixed(0)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)}), CPU median ${cpu.toFixed(0)} ms`;

const results = [];
for (const files of SIZES) {
  const root = generate(files);
  try {
    // The bundle holds the catalog compiled at build time: no YAML, no user cache (the variable is
    // set empty so a run from source would not use one either).
    const measured = measure(root, { PRIVACY_WIZARD_CACHE_DIR: '' });
    const { result } = measured;
    const target = targetMs(files);
    results.push({ files, read: result.filesRead.length, target, ...measured });
    console.log(`scan benchmark: ${files} project files (+1,200 in node_modules and ignored folders), ${RUNS} runs`);
    console.log(`  machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`  files read by the scan: ${result.filesRead.length}`);
    console.log(`  services found: ${result.services.map((s) => s.serviceId).join(', ')}`);
    console.log(`  unrecognised: ${result.unrecognised.map((u) => u.name).join(', ') || 'none'}`);
    console.log(`  ${format(measured)}`);
    console.log(`  node -e 0 in the same rounds: wall median ${measured.baseline.wall.toFixed(0)} ms, CPU median ${measured.baseline.cpu.toFixed(0)} ms`);
    console.log(`  target wall median < ${target} ms: ${measured.median < target ? 'met' : 'missed'}`);
    if (values.keep) console.log(`  repository kept at ${root}`);
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
}

const SCAN_NOTES = `Where the time goes (timers inside one process, 5,000-file tree, idle machine, 2026-12-03; the
50,000-file tree in brackets): process start until the scan begins ~210-250 ms (\`node -e 0\` alone ~130 ms; the rest
is loading the bundle and the catalog compiled into it), the catalog index ~20 ms, the snippet automaton ~15-25 ms,
the walk ~55-60 ms [~210 ms], reading and matching 2,505 files ~110 ms [25,005 files: ~400 ms]. The floor for the
same work in a bare script: \`readdirSync\` of the tree ~28 ms [~66 ms], \`open\`/\`read\`/\`close\` of the files read
~40 ms [~115-150 ms]; reads through the thread pool (callbacks or promises) took 8x longer, so they stay synchronous.

What made it faster (branch \`scanspeed\`, issue 13):

- \`.gitignore\` patterns are still compiled by the \`ignore\` package (git's syntax and its edge cases), but its
  \`test\` is no longer called per path: it checks and caches every parent folder of every path again, ~8 µs a call
  (40 ms per 5,000 paths in a cold process, against 2.5 ms for its compiled patterns alone). The walk tests the
  compiled patterns directly and carries each folder's verdict down to its contents. A property test
  (\`test/core/scan/gitignore.test.ts\`) compares the walk with one that asks \`ignore().test\` for every file and
  folder, on random trees, patterns and enclosing repositories.
- The matcher collects hits into a reused typed array instead of calling back per hit, so a source file with no
  hit (most of them) allocates nothing: no closure, no map, no result object; a typed-array flag marks the states
  where a needle ends.
- The checks run on every file of the project (may it be a manifest, a schema) look at the extension first
  instead of running regular expressions on every path.

Before and after, interleaved in the same rounds (\`/usr/bin/time\`, same generated trees, median wall / CPU):

| tree | the build this branch started from (4898547) | this branch | load average |
| --- | ---: | ---: | --- |
| 5,000 files (15 rounds) | 440 / 540 ms | 410 / 510 ms | 1.1 |
| 50,000 files (9 rounds) | 870 / 1,120 ms | 800 / 1,030 ms | 1.1 |
| 5,000 files (11 rounds) | 530 / 620 ms | 470 / 560 ms | 1.3 |
| 50,000 files (7 rounds) | 930 / 1,160 ms | 860 / 1,090 ms | 1.3 |
| 5,000 files (11 rounds; \`node -e 0\` 130 / 130 ms) | 470 / 600 ms | 410 / 490 ms | 0.4-0.8 |
| 50,000 files (7 rounds) | 890 / 1,120 ms | 760 / 930 ms | 0.8 |

Under load the same scans take two to three times as long in wall time (2026-12-02: 897 ms and 1,473 ms at load
9-11): the goals are met on an idle 2-CPU machine, with little margin at 5,000 files, where the fixed cost of
starting (~210-250 ms before the first folder is read) is half the budget. Left: a smaller catalog for \`scan\` to
load (only identifiers; the build's \`scripts/compile-data.ts\` owns that format), classifying each file by its
extension in one lookup (~70 ms of the 50,000-file walk is deciding what each name is), and the index and automaton
(~40 ms, built in code the JIT has not optimised yet). History: "Scan speed with source-level detection" under
"Detection on real projects" below.
`;
const ms = (n) => `${Math.round(n).toLocaleString('en')} ms`;
if (!values['no-write']) {
  const file = join(repo, 'docs', 'benchmarks.md');
  const section = [
    '## Scan',
    '',
    '`privacy-wizard scan` runs on every CI build (through `check`), so it has a budget (issue 13): **under 0.5 s** of',
    'wall time for a 5,000-file repository and **under 1 s** for a 50,000-file tree, with the shipped catalog.',
    '',
    '```',
    'npm run build',
    'node scripts/bench-scan.mjs            # options: --runs N  --files 5000,50000  --keep  --cli path/to/cli.js  --no-write',
    '```',
    '',
    'The script generates each repository in a temp folder: project files (TypeScript, TSX, Vue, Python, Go, Markdown,',
    'JSON, images) in folders of a few files each, 14 manifests and pages (`package.json` ×3 as npm workspaces,',
    '`requirements.txt`, `pyproject.toml`, `Gemfile`, `go.mod`, `pom.xml`, `build.gradle`, `Podfile`, `composer.json`,',
    '`.env.example`, `index.html`, `.gitignore`), plus 1,000 files in `node_modules` and 200 in a git-ignored folder that',
    'the scan must skip. It runs `node dist/cli.js scan --json --cwd <tmp>` once to warm the file-system cache, then N',
    'more rounds, each timing `node -e 0` and then the scan; it prints the median wall time and the median CPU time',
    '(user + system, reported by each process on exit: a busy machine inflates wall time, not CPU time).',
    '',
    '| tree | files read | wall median (min–max) | CPU median | `node -e 0` wall / CPU | goal (wall) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.files.toLocaleString('en')} files | ${r.read.toLocaleString('en')} | ${ms(r.median)} (${Math.round(r.min)}–${Math.round(r.max)}) | ${ms(r.cpu)} | ` +
        `${ms(r.baseline.wall)} / ${ms(r.baseline.cpu)} | < ${ms(r.target)}: ${r.median < r.target ? 'met' : 'missed'} |`,
    ),
    '',
    `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, ${RUNS} rounds, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    SCAN_NOTES,
  ].join('\n');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = /## Scan\n[\s\S]*?(?=\n## |$)/;
  writeFileSync(file, pattern.test(before) ? before.replace(pattern, () => section) : `${before.trimEnd()}\n\n${section}`);
  console.log(`wrote the "## Scan" section of ${file}`);
}
