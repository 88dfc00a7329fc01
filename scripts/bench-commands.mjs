// Benchmarks the non-interactive commands against `node -e 0`, side by side in one run: each
// round runs every row once (in a rotating order), and a row's ratio is the median over rounds of
// its CPU time divided by the CPU time of `node -e 0` in the same round, so a machine that gets
// busier or quieter during the run moves both alike. CPU time and peak RSS are reported by each
// process itself (a preloaded module, the same for every row, `node -e 0` included).
// Writes the table under "## CI commands" in docs/benchmarks.md (other sections are kept).
//
// --compare <cli.js> adds the same rows for another build (the one a change started from, say), run
// in the same rounds, so a before/after is measured side by side; the section is then not written.
//
//   node scripts/bench-commands.mjs [--runs N] [--cli dist/cli.js] [--compare other/cli.js] [--no-write]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, cli: { type: 'string' }, compare: { type: 'string' }, 'no-write': { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = values.cli ? resolve(values.cli) : join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench-commands: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}

const REPORT = `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\nbench '+(c.user+c.system)+' '+process.resourceUsage().maxRSS+'\\n')})`;

/** The rows: name, arguments after `node`, target ratio (undefined: the baseline). */
const rowsOf = (cli, suffix = '') => [
  { name: `\`--version\`${suffix}`, args: [cli, '--version'], target: 1.2 },
  { name: `\`--help\`${suffix}`, args: [cli, '--help'], target: 1.2 },
  { name: `\`check\`${suffix}`, args: [cli, 'check'], target: 2, ci: true },
  { name: `\`generate\`${suffix}`, args: [cli, 'generate'], target: 2, ci: true },
  { name: `\`audit\`${suffix}`, args: [cli, 'audit'], target: 2, ci: true },
  { name: `\`scan\`${suffix}`, args: [cli, 'scan'], target: 1.8, ci: true },
];
const compare = values.compare ? resolve(values.compare) : undefined;
const ROWS = [{ name: '`node -e 0`', args: ['-e', '0'] }, ...rowsOf(cli), ...(compare ? rowsOf(compare, ' (compared)') : [])];
const RSS_TARGET_MIB = 64;

// The saas example: answers, the policy and checklist generated from them, and the manifest
// of the services they declare, so `check` passes and every command does its whole job.
const project = mkdtempSync(join(tmpdir(), 'pw-bench-commands-'));
mkdirSync(join(project, 'privacy'));
cpSync(join(root, 'test', 'fixtures', 'answers', 'saas.json'), join(project, 'privacy', 'answers.json'));
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'brightnote', dependencies: { stripe: '^17.0.0', '@sentry/node': '^9.0.0', react: '^19.0.0' } }, null, 2));
writeFileSync(join(project, '.env.example'), 'STRIPE_SECRET_KEY=\nSENTRY_DSN=\n');
mkdirSync(join(project, 'src'));
for (let i = 0; i < 40; i++) writeFileSync(join(project, 'src', `module${i}.ts`), `export const value${i} = ${i};\n`);
const env = { ...process.env, NO_COLOR: '1', PRIVACY_WIZARD_TODAY: '2026-11-23', PRIVACY_WIZARD_CACHE_DIR: '' };
delete env.FORCE_COLOR;

function runOnce(row) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', REPORT, ...row.args], { cwd: project, env, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const match = /bench (\d+) (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !match) throw new Error(`${row.name} exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
  return { cpu: Number(match[1]) / 1000, rss: Number(match[2]) / 1024, wall };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const loadAtStart = loadavg();
let results;
try {
  runOnce({ name: 'generate', args: [cli, 'generate'] });
  if (compare) runOnce({ name: 'generate', args: [compare, 'generate'] });
  results = ROWS.map(() => []);
  for (const row of ROWS) runOnce(row); // warm-up: file-system cache
  for (let round = 0; round < RUNS; round++) {
    const order = ROWS.map((_, i) => (i + round) % ROWS.length);
    const measured = [];
    for (const i of order) measured[i] = runOnce(ROWS[i]);
    measured.forEach((m, i) => results[i].push({ ...m, ratio: m.cpu / measured[0].cpu }));
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

const lines = ROWS.map((row, i) => {
  const rs = results[i];
  const cpu = median(rs.map((r) => r.cpu));
  const ratio = median(rs.map((r) => r.ratio));
  const rss = Math.max(...rs.map((r) => r.rss));
  // CPU and peak RSS are two goals: say which is missed
  const cpuOk = ratio <= row.target;
  const rssOk = !row.ci || rss <= RSS_TARGET_MIB;
  const ok = row.target === undefined ? '' : cpuOk && rssOk ? 'met' : !row.ci ? 'MISSED' : `CPU ${cpuOk ? 'met' : 'MISSED'}, RSS ${rssOk ? 'met' : 'MISSED'}`;
  return { row, cpu, ratio, rss, wall: median(rs.map((r) => r.wall)), ok };
});
console.log(`load average at the start ${loadAtStart.map((x) => x.toFixed(2)).join(' ')}, at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const l of lines) {
  console.log(
    `${l.row.name.replace(/`/g, '').padEnd(compare ? 23 : 12)} CPU ${l.cpu.toFixed(0).padStart(4)} ms  ${l.ratio.toFixed(2)}x` +
      `${l.row.target ? ` (target <= ${l.row.target}x)` : ''}  peak RSS ${l.rss.toFixed(0)} MiB  wall ${l.wall.toFixed(0)} ms  ${l.ok}`,
  );
}

if (compare) console.log(`compared: ${compare} (the section is written only without --compare)`);
if (!values['no-write'] && !compare) {
  const file = join(root, 'docs', 'benchmarks.md');
  const section = [
    '## CI commands',
    '',
    '`npm run bench` (scripts/bench-commands.mjs): the built CLI on the saas example (`test/fixtures/answers/saas.json`, its',
    'policy and checklist already generated, a `package.json` with the services it declares, 40 source files), against',
    '`node -e 0`. Every round runs each row once, in a rotating order; a ratio is the median over the rounds of the row\'s',
    'CPU time over the CPU time of `node -e 0` in the same round. CPU time (user + system) and peak RSS are reported by each',
    `process on exit, through the same preloaded module for every row. ${RUNS} rounds after one warm-up; no user catalog cache.`,
    '',
    '| command | CPU (median) | × `node -e 0` (median of rounds) | target | peak RSS (max) | wall (median) | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...lines.map(
      (l) =>
        `| ${l.row.name} | ${l.cpu.toFixed(0)} ms | ${l.ratio.toFixed(2)}× | ${l.row.target ? `≤ ${l.row.target}×` : ''} | ${l.rss.toFixed(0)} MiB${l.row.ci ? ` (≤ ${RSS_TARGET_MIB})` : ''} | ${l.wall.toFixed(0)} ms | ${l.ok} |`,
    ),
    '',
    `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average at the start ${loadAtStart
      .map((x) => x.toFixed(1))
      .join(' ')} and at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
  ].join('\n');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = /## CI commands\n[\s\S]*?(?=\n## |$)/;
  const after = pattern.test(before) ? before.replace(pattern, section.trimEnd() + '\n') : `${before.trimEnd()}\n\n${section}`;
  writeFileSync(file, after);
  console.log(`wrote the CI commands section of ${file}`);
}
