// The real-world test sets without their code in this repository. Each project of
// test/fixtures/real-world*/<project>/ commits only what we wrote: `expected.json` (the
// expectations) and `corpus.json` (which files of the project's repository, at the pinned commit,
// the scan is run on, and which of their lines are kept: the others are blanked so line numbers
// stay true). The files themselves are the project's code and are never committed: `build` copies
// them out of local snapshots of the repositories (the git directories the session tool `fetch`
// leaves under /work/.mirror/<owner>+<name>/repo, or any bare clone) into $TMPDIR/privacy-wizard-real-world/ (or $PRIVACY_WIZARD_CORPUS),
// which scripts/real-world-recall.mjs and test/core/scan/real-world.test.ts read.
//
//   node scripts/real-world-corpus.mjs build  [--set main|heldout|all] [--mirror DIR] [--from DIR]
//        (--from: copies of files of repositories too large to snapshot, DIR/<set>/<project>/<path>)
//   node scripts/real-world-corpus.mjs status [--set ...]        which projects are built, which lack a snapshot
//   node scripts/real-world-corpus.mjs record --from DIR [--set ...] [--project NAME]  write corpus.json from an extracted copy
//                                                                   (DIR/<set>/<project>/...), keeping its blanked lines
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SETS = { main: join(root, 'test', 'fixtures', 'real-world'), heldout: join(root, 'test', 'fixtures', 'real-world-heldout') };
// outside the repository: the scan honours the .gitignore of the repository a folder is in
export const CACHE = process.env.PRIVACY_WIZARD_CORPUS ?? join(tmpdir(), 'privacy-wizard-real-world');

/** The projects of a set: folders with an expected.json. */
export const projectsOf = (set) => (existsSync(SETS[set]) ? readdirSync(SETS[set]).filter((n) => existsSync(join(SETS[set], n, 'expected.json'))).sort() : []);
/** Where a project's files are once built. */
export const builtDir = (set, name) => join(CACHE, set, name);
const stamp = (set, name) => join(builtDir(set, name), '.corpus-stamp');
const specOf = (set, name) => JSON.parse(readFileSync(join(SETS[set], name, 'corpus.json'), 'utf8'));
/** A project is built when its files exist for the corpus.json committed now. */
export const isBuilt = (set, name) => existsSync(stamp(set, name)) && readFileSync(stamp(set, name), 'utf8') === readFileSync(join(SETS[set], name, 'corpus.json'), 'utf8');

/** "1-3,7" for [1,2,3,7]. */
function ranges(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    out.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j;
  }
  return out.join(',');
}
const expand = (spec) => new Set(spec.split(',').filter(Boolean).flatMap((part) => {
  const [a, b = a] = part.split('-').map(Number);
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}));

function walk(dir, base = dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, base) : [relative(base, p).split('\\').join('/')];
  });
}

function gitDirFor(repo, mirror) {
  for (const candidate of [join(mirror, repo.replace('/', '+'), 'repo'), join(mirror, repo.replace('/', '+')), join(mirror, `${repo.split('/')[1]}.git`)]) {
    if (existsSync(join(candidate, 'HEAD'))) return candidate;
  }
  return undefined;
}

function show(gitDir, commit, path) {
  const run = spawnSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout.toString('utf8') : undefined;
}

/** One project's files from its repository at the pinned commit, reduced to the kept lines. */
function build(set, name, mirror, from) {
  const spec = specOf(set, name);
  const gitDir = gitDirFor(spec.repo, mirror);
  // A repository too large to snapshot: its files read one by one (e.g. from the code index) into --from DIR/<set>/<project>/.
  const copy = from && existsSync(join(from, set, name)) ? join(from, set, name) : undefined;
  if (!gitDir && !copy) return { name, ok: false, why: `no snapshot of ${spec.repo} under ${mirror} (fetch github:${spec.repo}, then build again${spec.note ? `; ${spec.note}` : ''})` };
  const out = builtDir(set, name);
  rmSync(out, { recursive: true, force: true });
  for (const file of spec.files) {
    const text = gitDir ? show(gitDir, spec.commit, file.path) : existsSync(join(copy, file.path)) ? readFileSync(join(copy, file.path), 'utf8') : undefined;
    if (text === undefined) return { name, ok: false, why: `${file.path} is not in ${spec.repo} at ${spec.commit.slice(0, 12)} (is the snapshot older than the pinned commit?)` };
    const original = text.split('\n');
    const keep = file.keep === undefined ? undefined : expand(file.keep);
    const lines = Array.from({ length: file.lines ?? original.length }, (_, i) => (keep && !keep.has(i + 1) ? '' : original[i] ?? ''));
    mkdirSync(dirname(join(out, file.path)), { recursive: true });
    writeFileSync(join(out, file.path), lines.join('\n'));
  }
  writeFileSync(stamp(set, name), readFileSync(join(SETS[set], name, 'corpus.json'), 'utf8'));
  return { name, ok: true, files: spec.files.length };
}

/**
 * corpus.json from an extracted copy: each file's path, and unless it is the whole file at the
 * pinned commit (compared with the snapshot when there is one), its line count and kept lines.
 */
function record(set, name, from, mirror) {
  const meta = JSON.parse(readFileSync(join(SETS[set], name, 'expected.json'), 'utf8'));
  const gitDir = gitDirFor(meta.repo, mirror);
  const dir = join(from, set, name);
  const files = walk(dir).filter((p) => p !== '.corpus-stamp').sort().map((path) => {
    const text = readFileSync(join(dir, path), 'utf8');
    if (gitDir && show(gitDir, meta.commit, path) === text) return { path };
    const lines = text.split('\n');
    return { path, lines: lines.length, keep: ranges(lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]))) };
  });
  writeFileSync(join(SETS[set], name, 'corpus.json'), `${JSON.stringify({ repo: meta.repo, commit: meta.commit, files }, null, 2)}\n`);
  return { files: files.length, whole: files.filter((f) => f.keep === undefined).length, snapshot: !!gitDir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { set: { type: 'string', default: 'all' }, mirror: { type: 'string', default: '/work/.mirror' }, from: { type: 'string' }, project: { type: 'string', multiple: true } },
  });
  const command = positionals[0] ?? 'status';
  const sets = values.set === 'all' ? Object.keys(SETS) : [values.set];
  if (!sets.every((s) => s in SETS)) {
    console.error(`real-world-corpus: --set must be main, heldout or all (got "${values.set}")`);
    process.exit(2);
  }
  let missing = 0;
  for (const set of sets) {
    // --project NAME (repeatable): only those projects, e.g. to record a new one without the others' extracted copies
    for (const name of projectsOf(set).filter((n) => !values.project || values.project.includes(n))) {
      if (command === 'record') {
        if (!values.from) {
          console.error('real-world-corpus: record needs --from DIR');
          process.exit(2);
        }
        const r = record(set, name, values.from, values.mirror);
        console.log(`${set}/${name}: ${r.files} files recorded (${r.whole} whole)${r.snapshot ? '' : ', no snapshot to compare with'}`);
      } else if (command === 'build') {
        const r = build(set, name, values.mirror, values.from);
        if (!r.ok) missing++;
        console.log(r.ok ? `${set}/${name}: ${r.files} files built` : `${set}/${name}: not built: ${r.why}`);
      } else {
        const built = isBuilt(set, name);
        if (!built) missing++;
        console.log(`${set}/${name}: ${built ? 'built' : 'not built'}`);
      }
    }
  }
  process.exit(command === 'build' && missing > 0 ? 1 : 0);
}
