import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describe, expect, it } from 'vitest';
import { compileIgnore, SKIPPED_DIRS, walkProject } from '../../../source/core/scan/walk.js';

// The walk tests each path against the compiled patterns of the `ignore` package directly
// (its `test` re-checks every parent folder of every path). These compare the walk with one
// that asks `ignore().test` for every file and folder, on random trees and .gitignore files.

/** The walk as it was written against `ignore`'s public API (the reference). */
function referenceWalk(root: string): string[] {
  const found: string[] = [];
  const ancestors: string[] = [];
  let enclosing: { ig: Ignore; rel: (p: string) => string }[] = [];
  for (let dir = root; !existsSync(join(dir, '.git')); ) {
    const parent = dirname(dir);
    if (parent === dir) break;
    ancestors.unshift(parent);
    dir = parent;
  }
  if (ancestors.length && existsSync(join(ancestors[0]!, '.git'))) {
    enclosing = ancestors.map((ancestor) => {
      const prefix = `${relative(ancestor, root).split(sep).join('/')}/`;
      return { ig: ignore().add(text(ancestor)), rel: (p: string) => prefix + p };
    });
  }
  const ignored = (rules: typeof enclosing, path: string, isDir: boolean) => {
    let result = false;
    for (const { ig, rel } of rules) {
      const r = ig.test(rel(path) + (isDir ? '/' : ''));
      if (r.ignored) result = true;
      else if (r.unignored) result = false;
    }
    return result;
  };
  const walk = (dir: string, inherited: typeof enclosing) => {
    const entries = readdirSync(join(root, dir), { withFileTypes: true });
    const base = dir ? `${dir}/` : '';
    const rules = entries.some((e) => e.name === '.gitignore') ? [...inherited, { ig: ignore().add(text(join(root, dir))), rel: (p: string) => p.slice(base.length) }] : inherited;
    for (const e of entries) {
      const path = base + e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !ignored(rules, path, true)) walk(path, rules);
      } else if (!ignored(rules, path, false)) found.push(path);
    }
  };
  walk('', enclosing);
  return found.sort();
}

const text = (dir: string) => (existsSync(join(dir, '.gitignore')) ? readFileSync(join(dir, '.gitignore'), 'utf8') : '');

const NAMES = ['a', 'b', 'Ab', 'c.txt', 'd.log', 'e.js'];
const path = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
const segment = fc.constantFrom('a', 'b', 'ab', '*', '**', '?', 'c.txt', '*.log', '[ab]', '*.js', 'A*', 'x\\ ');
const pattern = fc
  .tuple(fc.boolean(), fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom('', ' ', '  '))
  .map(([negative, anchored, parts, dirOnly, trailing]) => `${negative ? '!' : ''}${anchored ? '/' : ''}${parts.join('/')}${dirOnly ? '/' : ''}${trailing}`);
const gitignore = fc.array(fc.oneof(pattern, fc.constantFrom('# comment', '', '\\!a', '\\#b')), { maxLength: 5 }).map((lines) => lines.join('\n'));

function writeTree(files: string[], ignores: [string, string][]): string {
  const root = mkdtempSync(join(tmpdir(), 'pw-gitignore-'));
  for (const file of files) {
    const full = join(root, file);
    // a path that is both a file and a folder of another path: keep the folder
    if (existsSync(full)) continue;
    try {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, '');
    } catch {
      // a parent is already a file
    }
  }
  for (const [dir, content] of ignores) {
    try {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, '.gitignore'), content);
    } catch {
      // that folder is a file
    }
  }
  return root;
}

describe('.gitignore matching in the walk', () => {
  it('lists the same files as asking the ignore package for every file and folder', () => {
    fc.assert(
      fc.property(
        fc.array(path, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.constantFrom('', 'a', 'b', 'a/b', 'Ab'), gitignore), { maxLength: 3 }),
        (files, ignores) => {
          const root = writeTree(files, ignores);
          try {
            expect(walkProject(root, () => true)).toEqual(referenceWalk(root));
          } finally {
            rmSync(root, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('applies an enclosing repository’s .gitignore files the same way, including to the project folder itself', () => {
    fc.assert(
      fc.property(
        fc.array(path, { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.constantFrom('', 'a', 'a/b', 'a/b/a'), gitignore), { minLength: 1, maxLength: 3 }),
        (files, ignores) => {
          const repo = writeTree(files.map((f) => `a/b/${f}`), ignores);
          mkdirSync(join(repo, '.git'));
          try {
            const project = join(repo, 'a', 'b');
            if (!existsSync(project)) return;
            expect(walkProject(project, () => true)).toEqual(referenceWalk(project));
          } finally {
            rmSync(repo, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives each pattern git’s verdict: ignored, re-included or untouched', () => {
    const test = compileIgnore('*.log\n!keep.log\nbuild/\n/root-only\n');
    expect(test('debug.log')).toBe(1);
    expect(test('src/keep.log')).toBe(2);
    expect(test('src/build/')).toBe(1);
    expect(test('src/build')).toBe(0); // a file named build: the pattern is for folders
    expect(test('root-only')).toBe(1);
    expect(test('src/root-only')).toBe(0);
    expect(test('README.md')).toBe(0);
  });
});
