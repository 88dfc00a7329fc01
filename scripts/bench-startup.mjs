// Benchmarks the wizard's start-up: the time from spawning `privacy-wizard` in a real
// pseudo-terminal to the first frame of its welcome screen, against `node -e 0` spawned
// the same way in the same run. Several runs, medians. Target: at most 3x `node -e 0`.
// Writes the numbers under "## Start-up" in docs/benchmarks.md (other sections are kept).
//
//   node scripts/bench-startup.mjs [--runs N] [--cli dist/cli.js] [--no-write]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pty from '@lydell/node-pty';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, cli: { type: 'string' }, 'no-write': { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = values.cli ? resolve(values.cli) : join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench-startup: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}

const env = { ...process.env, PRIVACY_WIZARD_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'pw-bench-config-')) };
delete env.CI;

/** Milliseconds from spawn until `done(output)` holds (or the process exits, for node -e 0). */
function measure(args, cwd, done) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const term = pty.spawn(process.execPath, args, { cols: 80, rows: 24, cwd, env });
    let output = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(timer);
      try {
        term.kill();
      } catch {
        // already gone
      }
      resolve(ms);
    };
    const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${output}`)), 15000);
    term.onData((data) => {
      output += data;
      if (done && done(output)) finish();
    });
    term.onExit(() => (done ? reject(new Error(`exited before the first frame:\n${output}`)) : finish()));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const project = mkdtempSync(join(tmpdir(), 'pw-bench-project-'));
const baseline = [];
const wizard = [];
const ready = [];
try {
  // one warm-up of each, so the file system cache is the same for both
  await measure(['-e', '0'], project);
  await measure([cli], project, (out) => out.includes('privacy-wizard'));
  for (let i = 0; i < RUNS; i++) {
    baseline.push(await measure(['-e', '0'], project));
    wizard.push(await measure([cli], project, (out) => out.includes('privacy-wizard')));
    // the welcome screen complete: project scanned, engine loaded, menu shown
    ready.push(await measure([cli], project, (out) => out.includes('Start')));
  }
} finally {
  rmSync(project, { recursive: true, force: true });
  rmSync(env.PRIVACY_WIZARD_CONFIG_DIR, { recursive: true, force: true });
}

const b = median(baseline);
const w = median(wizard);
const ratio = w / b;
const line = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`node -e 0:                 median ${b.toFixed(1)} ms  (${line(baseline)})`);
console.log(`wizard first frame:        median ${w.toFixed(1)} ms  (${line(wizard)})`);
console.log(`welcome menu ready:         median ${median(ready).toFixed(1)} ms  (${line(ready)})`);
console.log(`ratio: ${ratio.toFixed(2)}x (target <= 3x) ${ratio <= 3 ? 'OK' : 'OVER TARGET'}`);

if (!values['no-write']) {
  const file = join(root, 'docs', 'benchmarks.md');
  const section = [
    '## Start-up',
    '',
    'Time from spawning the command in a pseudo-terminal (80x24, `@lydell/node-pty`) to the first frame',
    'of the wizard\'s welcome screen, against `node -e 0` spawned the same way in the same run.',
    `Medians of ${RUNS} runs after one warm-up; \`npm run bench\` (scripts/bench-startup.mjs) measures it.`,
    '',
    '| what | median | runs (ms) |',
    '| --- | ---: | --- |',
    `| \`node -e 0\` | ${b.toFixed(1)} ms | ${line(baseline)} |`,
    `| \`privacy-wizard\` first frame | ${w.toFixed(1)} ms | ${line(wizard)} |`,
    `| welcome menu ready (scan and engine loaded) | ${median(ready).toFixed(1)} ms | ${line(ready)} |`,
    '',
    `Ratio: **${ratio.toFixed(2)}x** \`node -e 0\` (target: at most 3x). Node ${process.version}, ${process.platform}/${process.arch}, measured ${new Date().toISOString().slice(0, 10)}`,
    'on a 2-vCPU container shared with other test runs.',
    '',
    'What keeps it fast: the wizard command checks for a TTY and imports only Ink, React and the welcome',
    'screen (`source/ui/run.tsx`, `App.tsx`); the engine, the scan and the other screens load in a separate',
    'chunk (`source/ui/main.ts`) after the first frame, while it shows "Looking at your project…", and',
    'marked-terminal (with highlight.js, 2.4 MB, the largest dependency) only when the preview is first',
    'shown, which took "menu ready" from about 1.2 s to 0.8 s. The build defines `NODE_ENV=production`, which',
    "selects React's production build: it halved the Ink chunk (1.6 MB to 0.85 MB) and took the ratio from",
    'about 5x to under 3x.',
    '',
  ].join('\n');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  // Replace our own section only; other sections (e.g. "## Scan") are kept as they are.
  const pattern = /## Start-up\n[\s\S]*?(?=\n## |$)/;
  const after = pattern.test(before) ? before.replace(pattern, section.trimEnd() + '\n') : `${before.trimEnd()}\n\n${section}`;
  writeFileSync(file, after);
  console.log(`wrote the Start-up section of ${file}`);
}
