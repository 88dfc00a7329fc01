// Benchmarks the wizard in a real pseudo-terminal (80x24, @lydell/node-pty), against `node -e 0`
// spawned the same way in the same run. Each round spawns `node -e 0`, then the wizard on a first
// run (empty project) and measures, in wall time from the spawn:
//   - first frame: the welcome screen's title is on screen;
//   - menu accepts keys: the menu is shown AND answers a key: ↓ is sent as soon as "Start" is on
//     screen (again every 25 ms until it moves), and the clock stops when the pointer is on "Quit".
// A row's ratio is the median over rounds of its time over `node -e 0`'s time in the same round.
// Then, on a re-run of the saas example, it opens "Services and sharing" (the largest screen: the
// services question lists the whole catalog) and measures keystroke -> frame: the time from
// writing a key to the end of the frame it causes (output idle for 8 ms), for ↓ in the unfiltered
// list (far enough that the window scrolls), for typed filter letters, and for ↑/↓ in the filtered
// list: p50, p95 and max of each.
// --compare <cli.js> adds the start-up rows of another build in the same rounds (a before/after side
// by side); the section is then not written.
// Writes "## Wizard" in docs/benchmarks.md (other sections are kept).
//
//   node scripts/bench-wizard.mjs [--runs N] [--keys N] [--no-keys] [--cli dist/cli.js] [--compare other/cli.js] [--no-write]
// (--no-keys: start-up only, e.g. for an older build that cannot read the saas example)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pty from '@lydell/node-pty';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    keys: { type: 'string', default: '40' },
    'no-keys': { type: 'boolean', default: false },
    cli: { type: 'string' },
    compare: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const KEYS = Number(values.keys);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = values.cli ? resolve(values.cli) : join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench-wizard: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
const TARGETS = { first: 1.8, ready: 2.5, keystroke: 16 };
const DOWN = '\x1b[B';

const configDir = mkdtempSync(join(tmpdir(), 'pw-bench-config-'));
const env = { ...process.env, PRIVACY_WIZARD_CONFIG_DIR: configDir, PRIVACY_WIZARD_CACHE_DIR: '', NO_COLOR: '1', PRIVACY_WIZARD_TODAY: '2026-11-23' };
delete env.CI;
delete env.FORCE_COLOR;

const strip = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** A process in a pty, its output so far, and a way to wait for text on screen. */
function spawn(args, cwd) {
  const start = now();
  const term = pty.spawn(process.execPath, args, { cols: 80, rows: 24, cwd, env });
  const session = { start, term, output: '', lastData: start, exited: false, listeners: new Set() };
  term.onData((data) => {
    session.output += data;
    session.lastData = now();
    for (const listener of session.listeners) listener();
  });
  term.onExit(() => {
    session.exited = true;
    for (const listener of session.listeners) listener();
  });
  return session;
}

function waitFor(session, test, { timeout = 20000, every, onTick } = {}) {
  return new Promise((resolve, reject) => {
    let timer;
    let tick;
    const done = (error) => {
      session.listeners.delete(check);
      clearTimeout(timer);
      clearInterval(tick);
      error ? reject(error) : resolve(now());
    };
    const check = () => {
      if (test(session)) done();
      else if (session.exited) done(new Error(`exited; output so far:\n${strip(session.output).slice(-2000)}`));
    };
    session.listeners.add(check);
    timer = setTimeout(() => done(new Error(`timed out; output so far:\n${strip(session.output).slice(-2000)}`)), timeout);
    if (every) tick = setInterval(onTick, every);
    check();
  });
}

function kill(session) {
  try {
    session.term.kill();
  } catch {
    // already gone
  }
}

/** The screen text after the last clear, roughly: enough to find what is on screen now. */
const lastFrame = (s) => strip(s.output.slice(Math.max(0, s.output.length - 6000)));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function baseline(cwd) {
  const s = spawn(['-e', '0'], cwd);
  await waitFor(s, (x) => x.exited).catch(() => undefined);
  return now() - s.start;
}

async function firstRun(cwd, command = cli) {
  const s = spawn([command], cwd);
  try {
    const first = (await waitFor(s, (x) => strip(x.output).includes('privacy-wizard'))) - s.start;
    await waitFor(s, (x) => strip(x.output).includes('Start'));
    const ready = (await waitFor(s, (x) => /› Quit/.test(strip(x.output)), { every: 25, onTick: () => s.term.write(DOWN) })) - s.start;
    return { first, ready };
  } finally {
    kill(s);
  }
}

/** Writes `key` and resolves with the ms until the frame it caused is complete (output idle 8 ms). */
async function keystroke(s, key) {
  await new Promise((r) => setTimeout(r, 30)); // let the previous frame settle
  const before = s.output.length;
  const sent = now();
  s.term.write(key);
  await waitFor(s, (x) => x.output.length > before, { timeout: 5000 });
  for (;;) {
    await new Promise((r) => setTimeout(r, 8));
    if (now() - s.lastData >= 8) return s.lastData - sent;
  }
}

/** Re-run of the saas example, through "Revisit a section" to the services question. */
async function servicesScreen() {
  const project = mkdtempSync(join(tmpdir(), 'pw-bench-wizard-'));
  mkdirSync(join(project, 'privacy'));
  cpSync(join(root, 'test', 'fixtures', 'answers', 'saas.json'), join(project, 'privacy', 'answers.json'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ dependencies: { stripe: '^17.0.0', '@sentry/node': '^9.0.0' } }));
  const s = spawn([cli], project);
  const pointer = () => lastFrame(s).split('\n').filter((l) => l.includes('›')).pop() ?? '';
  const settle = async () => {
    while (now() - s.lastData < 100) await new Promise((r) => setTimeout(r, 20));
  };
  const moveTo = async (pattern) => {
    await settle();
    for (let i = 0; i < 40 && !pattern.test(pointer()); i++) {
      await keystroke(s, DOWN);
      await settle();
    }
    if (!pattern.test(pointer())) throw new Error(`no menu item ${pattern} on screen:\n${lastFrame(s).split('\n').slice(-24).join('\n')}`);
    s.term.write('\r');
  };
  try {
    await waitFor(s, (x) => strip(x.output).includes('Revisit a section'));
    await moveTo(/Revisit a section/);
    await waitFor(s, (x) => /Services/.test(lastFrame(x)));
    await new Promise((r) => setTimeout(r, 300));
    await moveTo(/Services/);
    await waitFor(s, (x) => lastFrame(x).includes('Which third-party services'));
    await new Promise((r) => setTimeout(r, 300));
    const unfiltered = [];
    for (let i = 0; i < KEYS; i++) unfiltered.push(await keystroke(s, DOWN));
    const typing = [];
    // "a", then "n" and backspace in turn: the list narrows and widens with every key (ends on "a" or "an")
    typing.push(await keystroke(s, 'a'));
    for (let i = 1; i < KEYS; i++) typing.push(await keystroke(s, i % 2 ? 'n' : '\x7f'));
    const filtered = [];
    for (let i = 0; i < KEYS; i++) filtered.push(await keystroke(s, i % 2 ? '\x1b[A' : DOWN));
    return { unfiltered, typing, filtered, screen: lastFrame(s).split('\n').slice(-24).join('\n') };
  } finally {
    kill(s);
    rmSync(project, { recursive: true, force: true });
  }
}

const compare = values.compare ? resolve(values.compare) : undefined;
const project = mkdtempSync(join(tmpdir(), 'pw-bench-project-'));
const rows = { node: [], first: [], ready: [], firstRatio: [], readyRatio: [] };
const compared = { first: [], ready: [], firstRatio: [], readyRatio: [] };
let keys;
try {
  await baseline(project);
  await firstRun(project); // warm-up: file-system cache
  if (compare) await firstRun(project, compare);
  for (let i = 0; i < RUNS; i++) {
    const b = await baseline(project);
    // the two builds in turns, each first in every other round
    const order = compare && i % 2 ? [compare, cli] : compare ? [cli, compare] : [cli];
    for (const command of order) {
      const { first, ready } = await firstRun(project, command);
      const into = command === cli ? rows : compared;
      into.first.push(first);
      into.ready.push(ready);
      into.firstRatio.push(first / b);
      into.readyRatio.push(ready / b);
    }
    rows.node.push(b);
  }
  keys = values['no-keys'] ? { unfiltered: [NaN], typing: [NaN], filtered: [NaN] } : await servicesScreen();
} finally {
  rmSync(project, { recursive: true, force: true });
  rmSync(configDir, { recursive: true, force: true });
}

const line = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
/** The p-th percentile (nearest rank). */
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const firstRatio = median(rows.firstRatio);
const readyRatio = median(rows.readyRatio);
const keyRows = [
  ['↓ in the unfiltered list (whole catalog)', keys.unfiltered],
  ['typing the filter (a, n, backspace, n, …)', keys.typing],
  ['↑/↓ in the filtered list', keys.filtered],
];
console.log(`node -e 0:           median ${median(rows.node).toFixed(0)} ms (${line(rows.node)})`);
console.log(`first frame:         median ${median(rows.first).toFixed(0)} ms (${line(rows.first)})  ${firstRatio.toFixed(2)}x (target <= ${TARGETS.first}x) ${verdict(firstRatio <= TARGETS.first)}`);
console.log(`menu accepts keys:   median ${median(rows.ready).toFixed(0)} ms (${line(rows.ready)})  ${readyRatio.toFixed(2)}x (target <= ${TARGETS.ready}x) ${verdict(readyRatio <= TARGETS.ready)}`);
if (compare) {
  console.log(`compared (${compare}): first frame ${median(compared.firstRatio).toFixed(2)}x (median ${median(compared.first).toFixed(0)} ms), menu accepts keys ${median(compared.readyRatio).toFixed(2)}x (median ${median(compared.ready).toFixed(0)} ms)`);
}
for (const [name, xs] of keyRows) {
  console.log(
    `${name}: p50 ${median(xs).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (target <= ${TARGETS.keystroke} ms) ${verdict(Math.max(...xs) <= TARGETS.keystroke)}`,
  );
}

if (!values['no-write'] && !compare) {
  const file = join(root, 'docs', 'benchmarks.md');
  const section = [
    '## Wizard',
    '',
    '`npm run bench` (scripts/bench-wizard.mjs): the built CLI in a pseudo-terminal (80x24, `@lydell/node-pty`), wall time from',
    "the spawn, against `node -e 0` spawned the same way in the same round. **First frame**: the welcome screen's title is on",
    'screen. **Menu accepts keys**: ↓ is sent as soon as "Start" shows (and every 25 ms until it moves); the clock stops when',
    `the pointer is on "Quit". Ratios are medians over ${RUNS} rounds of the round's own ratio, after one warm-up.`,
    '',
    '| what | median | × `node -e 0` | target | runs (ms) | |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| \`node -e 0\` | ${median(rows.node).toFixed(0)} ms | 1.00× | | ${line(rows.node)} | |`,
    `| first frame | ${median(rows.first).toFixed(0)} ms | ${firstRatio.toFixed(2)}× | ≤ ${TARGETS.first}× | ${line(rows.first)} | ${verdict(firstRatio <= TARGETS.first)} |`,
    `| welcome menu accepts keys | ${median(rows.ready).toFixed(0)} ms | ${readyRatio.toFixed(2)}× | ≤ ${TARGETS.ready}× | ${line(rows.ready)} | ${verdict(readyRatio <= TARGETS.ready)} |`,
    '',
    'Keystroke to frame on the largest screen: a re-run of the saas example, "Revisit a section", "Services and sharing": the',
    'services question lists the whole catalog. Time from writing the key to the end of the frame it causes (output idle 8 ms;',
    `the 8 ms are not counted), one key at a time, ${KEYS} keys of each kind; the goal is every key (the max).`,
    '',
    '| key | p50 | p95 | max | target | |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...keyRows.map(
      ([name, xs]) =>
        `| ${name} | ${median(xs).toFixed(1)} ms | ${percentile(xs, 95).toFixed(1)} ms | ${Math.max(...xs).toFixed(1)} ms | ≤ ${TARGETS.keystroke} ms | ${verdict(Math.max(...xs) <= TARGETS.keystroke)} |`,
    ),
    '',
    `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
  ].join('\n');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = /## Wizard\n[\s\S]*?(?=\n## |$)/;
  const after = pattern.test(before) ? before.replace(pattern, section.trimEnd() + '\n') : `${before.trimEnd()}\n\n${section}`;
  writeFileSync(file, after);
  console.log(`wrote the Wizard section of ${file}`);
}
