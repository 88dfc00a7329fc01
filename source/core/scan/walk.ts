import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * Folders that hold installed dependencies, build output, tool caches or test inputs: never the
 * product's own manifests. (Test fixtures are sample projects; scanning them would declare
 * services the product does not use.)
 */
export const SKIPPED_DIRS = new Set([
  'node_modules', 'bower_components', 'vendor', 'Pods', 'Carthage', '.git', '.hg', '.svn',
  'dist', 'build', 'out', 'target', '.next', '.nuxt', '.svelte-kit', '.output', '.turbo', '.cache',
  '.venv', 'venv', '__pycache__', '.tox', '.dart_tool', '.gradle', 'coverage', '.yarn', '.pnpm-store',
  'fixtures', '__fixtures__', '__mocks__', 'testdata',
]);

/** A .gitignore and the folder (relative, POSIX, '' for the root) its patterns are relative to. */
interface IgnoreRules {
  base: string;
  rules: Ignore;
}

/**
 * Lists the files under `root` that `wanted` accepts, as sorted relative POSIX paths,
 * honouring the root and nested .gitignore files and skipping SKIPPED_DIRS.
 * Symbolic links are not followed, so a link loop cannot hang the scan. Synchronous because
 * readdir of many small folders is faster without thread-pool round trips (see read-file.ts).
 */
export function walkProject(root: string, wanted: (file: string) => boolean): string[] {
  const found: string[] = [];
  walkDir(root, '', [], wanted, found);
  return found.sort();
}

function walkDir(
  root: string,
  dir: string,
  inherited: IgnoreRules[],
  wanted: (file: string) => boolean,
  found: string[],
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir ? join(root, dir) : root, { withFileTypes: true });
  } catch {
    return; // unreadable folder (permissions, removed while scanning): nothing to report from it
  }
  const rules = entries.some((e) => e.name === '.gitignore' && e.isFile())
    ? [...inherited, readIgnore(root, dir)]
    : inherited;
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !isIgnored(rules, path, true)) {
        walkDir(root, path, rules, wanted, found);
      }
    } else if (entry.isFile() && wanted(path) && !isIgnored(rules, path, false)) {
      found.push(path);
    }
  }
}

function readIgnore(root: string, dir: string): IgnoreRules {
  let text = '';
  try {
    text = readFileSync(join(root, dir, '.gitignore'), 'utf8');
  } catch {
    // unreadable .gitignore: ignore nothing from it
  }
  return { base: dir ? `${dir}/` : '', rules: ignore().add(text) };
}

/** Git's order: deeper .gitignore files override shallower ones, and the last matching pattern wins. */
function isIgnored(rules: IgnoreRules[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { base, rules: ig } of rules) {
    const relative = path.slice(base.length) + (isDir ? '/' : '');
    const result = ig.test(relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
