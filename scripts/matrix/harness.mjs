// The harness of the hardening matrix (issue 10): runs one case against the built CLI
// (dist/cli.js) in a fresh copy of a project and records what a user would notice: the exit
// code, stdout/stderr, whether every file (in the project and outside it) is byte-identical
// afterwards or changed only as the case allows, whether `--json` printed exactly one
// document, whether an error names file, field and fix, and whether generated files are sound.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const TODAY = '2026-12-02';
const NOBODY = 65534;
export const isRoot = process.getuid?.() === 0;

/** A stack trace or an unhandled exception in what the CLI printed. */
const STACK = /\n\s+at \S|unexpected error|^(?:Type|Range|Syntax|Reference)Error\b|Unhandled|node:internal/m;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const NONSENSE = /\[native code\]|\[object Object\]|\bundefined\b|\bNaN\b/;
const MARKER = /^(?:<!--|\{\/\*) privacy-wizard: generated file;[^\n]*last-updated=(\d{4}-\d{2}-\d{2}) sha256=([0-9a-f]{64}) (?:-->|\*\/\})$/m;

const templates = new Map();

/** A project folder for `fixture` (privacy/answers.json; with `generated`, after one `generate`), copied from a cache. */
function template(fixture, generated) {
  const key = `${fixture}:${generated}`;
  if (templates.has(key)) return templates.get(key);
  const dir = mkdtempSync(join(tmpdir(), 'pw-matrix-template-'));
  if (fixture) {
    mkdirSync(join(dir, 'privacy'));
    cpSync(join(ROOT, 'test', 'fixtures', 'answers', `${fixture}.json`), join(dir, 'privacy', 'answers.json'));
    if (generated) {
      const run = spawnSync(process.execPath, [CLI, 'generate', '--cwd', dir], { env: cliEnv({}), encoding: 'utf8' });
      if (run.status !== 0 && run.status !== 1) throw new Error(`template ${fixture}: generate exited ${run.status}: ${run.stderr}`);
    }
  }
  templates.set(key, dir);
  return dir;
}

export function cleanTemplates() {
  for (const dir of [...templates.values(), PROFILE_DIR]) rmSync(dir, { recursive: true, force: true });
  templates.clear();
}

/** The user-level store (the organisation profile) of the runs: never the real one in HOME. */
export const PROFILE_DIR = mkdtempSync(join(tmpdir(), 'pw-matrix-profile-'));

export function cliEnv(extra) {
  const env = { ...process.env, PRIVACY_WIZARD_TODAY: TODAY, NO_COLOR: '1', PRIVACY_WIZARD_CONFIG_DIR: PROFILE_DIR, ...extra };
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  delete env.PRIVACY_WIZARD_DEBUG;
  return env;
}

/** What a case's setup can use. */
function context(root, outside) {
  const privacy = join(root, 'privacy');
  const answersPath = join(privacy, 'answers.json');
  return {
    root,
    privacy,
    outside,
    answersPath,
    path: (rel) => join(root, rel),
    read: (rel) => readFileSync(join(root, rel), 'utf8'),
    write(rel, data) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), data);
    },
    answers: () => JSON.parse(readFileSync(answersPath, 'utf8')),
    /** Sets answer values: `{ id: value }` (undefined removes the answer). */
    setAnswers(values) {
      const file = JSON.parse(readFileSync(answersPath, 'utf8'));
      for (const [id, value] of Object.entries(values)) {
        if (value === undefined) delete file.answers[id];
        else file.answers[id] = { value, source: 'user' };
      }
      writeFileSync(answersPath, `${JSON.stringify(file, null, 2)}\n`);
    },
    editFile(edit) {
      const file = JSON.parse(readFileSync(answersPath, 'utf8'));
      const next = edit(file) ?? file;
      writeFileSync(answersPath, typeof next === 'string' ? next : `${JSON.stringify(next, null, 2)}\n`);
    },
  };
}

/** Every entry under `dir` (not following links): file hashes, link targets, folders. */
function snapshot(dir, into = new Map(), base = dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return into;
  }
  for (const name of names) {
    const path = join(dir, name);
    const key = relative(base, path);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) into.set(key, `link:${readlinkSync(path)}`);
    else if (stat.isDirectory()) {
      into.set(key, 'dir');
      snapshot(path, into, base);
    } else if (stat.isFile()) {
      let hash;
      try {
        hash = createHash('sha1').update(readFileSync(path)).digest('hex');
      } catch {
        hash = `unreadable:${stat.size}`;
      }
      into.set(key, `file:${hash}`);
    } else into.set(key, 'other');
  }
  return into;
}

const snapshotAll = (root, outside) => {
  const map = snapshot(root);
  for (const [k, v] of snapshot(outside)) map.set(`<outside>/${k}`, v);
  return map;
};

/** Runs the CLI; resolves with code, signal, stdout, stderr and milliseconds. */
export function runCli(args, { env = {}, user, stdin = '', shell, timeoutMs = 60_000, onSpawn } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    let command = process.execPath;
    let argv = [CLI, ...args];
    if (shell) {
      command = 'sh';
      argv = ['-c', shell.replace(/\bPW\b/g, `"${process.execPath}" "${CLI}"`)];
    }
    if (user === 'nobody' && isRoot) {
      argv = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', command, ...argv];
      command = 'setpriv';
    }
    const child = spawn(command, argv, { env: cliEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    onSpawn?.(child);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut: Date.now() - started >= timeoutMs });
    });
  });
}

/** Whether a generated file's marker matches its text (the checklist's ticks do not count). */
export function markerProblem(text, checklist) {
  const lf = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = MARKER.exec(lf);
  if (!m) return 'no marker';
  const body = lf.slice(m.index + m[0].length + 1);
  const normal = checklist ? body.replace(/^(\s*[-*] )\[[xX]\]/gm, '$1[ ]') : body;
  return createHash('sha256').update(normal).digest('hex') === m[2] ? undefined : 'marker hash does not match its text';
}

/** Problems in the generated files of `dir` that were written (changed) by this run. */
function outputProblems(dir, changed, answersMayBeInvalid) {
  const problems = [];
  for (const name of changed) {
    if (/answers\.json$/.test(name) && existsSync(join(dir, name)) && !answersMayBeInvalid) {
      try {
        JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        problems.push(`${name}: no longer valid JSON`);
      }
      continue;
    }
    if (!/\.(md|mdx|html)$/.test(name) || /\.unsaved-/.test(name)) continue;
    let text;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    const marker = markerProblem(text, /checklist/.test(name));
    if (marker) problems.push(`${name}: ${marker}`);
    const nonsense = NONSENSE.exec(text);
    if (nonsense) problems.push(`${name}: prints "${nonsense[0]}"`);
    if (RAW_CONTROL.test(text.replace(/[\n\t\r]/g, ''))) problems.push(`${name}: raw control character`);
  }
  return problems;
}

/** The problems of one finished run, by the case's expectations. */
function judge(c, ctx, run, before, after) {
  const problems = [];
  const expect = c.expect ?? {};
  const codes = [expect.code ?? 0].flat();
  if (run.timedOut) problems.push(`timed out after ${run.ms} ms`);
  else if (!codes.includes(run.code ?? run.signal)) problems.push(`exit ${run.code ?? run.signal} (expected ${codes.join(' or ')})`);
  const printed = `${run.stdout}\n${run.stderr}`;
  if (STACK.test(printed)) problems.push(`stack trace or unexpected error: ${STACK.exec(printed)[0].trim()}`);
  if (!expect.colour && RAW_CONTROL.test(printed.replace(/[\n\t\r]/g, ''))) problems.push('raw control character in the output (NO_COLOR is set)');
  const json = c.args?.includes('--json') && !c.shell;
  if (json) {
    let doc;
    try {
      doc = JSON.parse(run.stdout);
    } catch {
      problems.push(`--json: stdout is not exactly one JSON document (${run.stdout.length} bytes)`);
    }
    if (doc !== undefined && run.code === 2) {
      const e = doc?.error;
      if (doc?.ok !== false || !e || !['file', 'field', 'message', 'fix'].every((k) => k in e) || !e.fix) problems.push('--json on exit 2: not {"ok": false, "error": {file, field, message, fix}}');
      if (expect.field && !String(e?.field ?? '').startsWith(expect.field)) problems.push(`--json error.field is ${e?.field}, expected ${expect.field}`);
      if (expect.file && !String(e?.file ?? '').includes(typeof expect.file === 'string' ? expect.file : '')) problems.push('--json error.file missing');
    }
  }
  if (run.code === 2 && !c.noMessage) {
    if (!/^Error: /m.test(run.stderr) && !/privacy-wizard: /.test(run.stderr)) problems.push('exit 2 without an "Error:" message');
    else if (!/^\s+fix:\s+\S/m.test(run.stderr) && !/privacy-wizard: the wizard needs/.test(run.stderr)) problems.push('error names no fix');
    if (expect.file && !new RegExp(`^\\s+file:\\s+.*${typeof expect.file === 'string' ? expect.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : ''}`, 'm').test(run.stderr)) problems.push('error names no file');
    if (expect.field && !new RegExp(`^\\s+field:\\s+${expect.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm').test(run.stderr)) problems.push(`error does not name field ${expect.field}`);
  }
  if (expect.stderr && !expect.stderr.test(run.stderr)) problems.push(`stderr does not say ${expect.stderr}`);
  if (expect.stdout && !expect.stdout.test(run.stdout)) problems.push(`stdout does not say ${expect.stdout}`);
  // files
  const allowed = expect.changes ?? [];
  const changed = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(key) === after.get(key)) continue;
    changed.push(key);
    if (/\.pw-tmp-|\.tmp-\d/.test(key) && after.has(key)) {
      problems.push(`temporary file left: ${key}`);
      continue;
    }
    if (allowed === 'any') continue;
    if (!allowed.some((a) => (a instanceof RegExp ? a.test(key) : a === key))) {
      problems.push(`${before.has(key) ? (after.has(key) ? 'changed' : 'removed') : 'created'}: ${key}`);
    }
  }
  problems.push(...outputProblems(ctx.root, changed.filter((k) => after.has(k) && !k.startsWith('<outside>')), expect.answersMayBeInvalid));
  if (expect.maxMs && run.ms > expect.maxMs) problems.push(`took ${run.ms} ms (at most ${expect.maxMs})`);
  return { problems, changed };
}

/**
 * Runs one case: a fresh project (copied from its fixture), the case's setup, the run (or
 * the case's own `run`), then the checks. Returns the record of the matrix row.
 */
export async function runCase(c) {
  // a case with `mount` runs in a small tmpfs of that many KiB (a real full disk; root only)
  const mount = c.mount ? mountTmpfs(c.mount) : undefined;
  if (c.mount && !mount) return { id: c.id, cls: c.cls, title: c.title ?? c.id, skipped: true, problems: [] };
  const root = mkdtempSync(join(mount ?? tmpdir(), 'pw-matrix-'));
  const outside = mkdtempSync(join(tmpdir(), 'pw-matrix-outside-'));
  const record = { id: c.id, cls: c.cls, title: c.title ?? c.id };
  try {
    const fixture = c.fixture === undefined ? 'saas' : c.fixture;
    if (fixture) cpSync(template(fixture, c.generated ?? true), root, { recursive: true });
    const ctx = { ...context(root, outside), mount };
    const skip = await c.setup?.(ctx);
    if (skip === 'skip') return { ...record, skipped: true, problems: [] };
    if (c.user === 'nobody' && isRoot) {
      for (const dir of [root, outside]) chownTree(dir);
    }
    const before = snapshotAll(root, outside);
    const args = typeof c.args === 'function' ? c.args(ctx) : [...(c.args ?? []), ...(c.cwd === false ? [] : ['--cwd', root])];
    const shell = typeof c.shell === 'function' ? c.shell(ctx) : c.shell;
    const run = c.run ? await c.run(ctx, (a, o = {}) => runCli(a, { user: c.user, env: c.env, ...o })) : await runCli(args, { env: c.env, user: c.user, stdin: c.stdin, shell });
    const after = snapshotAll(root, outside);
    const { problems, changed } = judge({ ...c, args }, ctx, run, before, after);
    const extra = (await c.check?.(ctx, run, changed)) ?? [];
    problems.push(...extra.filter(Boolean));
    await c.teardown?.(ctx);
    return { ...record, code: run.code ?? run.signal, ms: run.ms, stdout: run.stdout, stderr: run.stderr, changed, problems };
  } catch (error) {
    return { ...record, problems: [`harness error: ${error.stack ?? error}`] };
  } finally {
    try {
      await c.cleanup?.();
    } catch {
      // best effort
    }
    for (const dir of [root, outside]) spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
    unmount(mount);
  }
}

function chownTree(dir) {
  chownSync(dir, NOBODY, NOBODY);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) continue;
    chownSync(path, NOBODY, NOBODY);
    if (stat.isDirectory()) chownTree(path);
  }
}

/** Mounts a tmpfs of `kib` KiB (root on Linux only); returns its path or undefined. */
export function mountTmpfs(kib) {
  if (!isRoot || process.platform !== 'linux') return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'pw-matrix-tmpfs-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir]).status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return dir;
}

export function unmount(dir) {
  if (!dir) return;
  spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Free bytes on the file system of `dir`. */
export function freeBytes(dir) {
  return Number(spawnSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' }).stdout.trim().split('\n')[1]);
}

export { existsSync };
