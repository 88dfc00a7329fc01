import { existsSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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

/** A .gitignore's patterns and how to turn a project path into a path relative to that file's folder. */
interface IgnoreRules {
  rules: Ignore;
  relativeTo(path: string): string;
}

/**
 * Lists the files under `root` that `wanted` accepts, as sorted relative POSIX paths,
 * honouring the root and nested .gitignore files and skipping SKIPPED_DIRS.
 * Symbolic links are not followed, so a link loop cannot hang the scan. Synchronous because
 * readdir of many small folders is faster without thread-pool round trips (see read-file.ts).
 */
export function walkProject(root: string, wanted: (file: string) => boolean, skipped?: SkippedFile[]): string[] {
  const found: string[] = [];
  walkDir(root, '', enclosingRepositoryRules(root), wanted, found, skipped);
  return found.sort();
}

/** A file or folder the scan could not look at, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

function walkDir(
  root: string,
  dir: string,
  inherited: IgnoreRules[],
  wanted: (file: string) => boolean,
  found: string[],
  skipped: SkippedFile[] | undefined,
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir ? join(root, dir) : root, { withFileTypes: true });
  } catch (error) {
    // unreadable folder (permissions, removed while scanning): reported, so check knows it did not see everything
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code !== 'ENOENT') skipped?.push({ file: `${dir || '.'}/`, reason: code === 'EACCES' || code === 'EPERM' ? `folder cannot be read: permission denied (${code})` : `folder cannot be read (${code})` });
    return;
  }
  const rules = entries.some((e) => e.name === '.gitignore' && e.isFile())
    ? [...inherited, readIgnore(root, dir)]
    : inherited;
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !isIgnored(rules, path, true)) {
        walkDir(root, path, rules, wanted, found, skipped);
      }
    } else if (entry.isFile() && wanted(path) && !isIgnored(rules, path, false)) {
      found.push(path);
    }
  }
}

function readIgnore(root: string, dir: string): IgnoreRules {
  const base = dir ? `${dir}/` : '';
  return { rules: ignore().add(readIgnoreText(join(root, dir))), relativeTo: (path) => path.slice(base.length) };
}

/**
 * When the project is a folder inside a git repository (a package of a monorepo), the
 * .gitignore files of the folders above it, up to the repository root, apply as well.
 */
function enclosingRepositoryRules(root: string): IgnoreRules[] {
  const ancestors: string[] = [];
  for (let dir = root; !existsSync(join(dir, '.git')); ) {
    const parent = dirname(dir);
    if (parent === dir) return []; // not in a git repository: nothing outside the project applies
    ancestors.unshift(parent);
    dir = parent;
  }
  return ancestors.map((ancestor) => {
    const prefix = `${relative(ancestor, root).split(sep).join('/')}/`;
    return { rules: ignore().add(readIgnoreText(ancestor)), relativeTo: (path: string) => prefix + path };
  });
}

function readIgnoreText(dir: string): string {
  try {
    return readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return ''; // no or unreadable .gitignore: it ignores nothing
  }
}

/** Git's order: deeper .gitignore files override shallower ones, and the last matching pattern wins. */
function isIgnored(rules: IgnoreRules[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { rules: ig, relativeTo } of rules) {
    const result = ig.test(relativeTo(path) + (isDir ? '/' : ''));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}
