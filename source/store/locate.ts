import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';

export const DEFAULT_DIR = 'privacy';
export const ANSWERS_FILE = 'answers.json';

export interface Location {
  /** absolute project root */
  root: string;
  /** absolute folder of the answers and outputs */
  dir: string;
  /** the folder as given or remembered, relative to the root (POSIX) */
  dirName: string;
  answersPath: string;
}

/**
 * Where the answers live: --dir if given, else privacy/, else a folder whose
 * answers.json remembers it as its outputDir (so a custom --dir need not be repeated).
 */
export function locate(cwd: string, dirOption?: string): Location {
  const root = resolve(cwd);
  if (!existsSync(root)) {
    throw new UsageError(`the project folder does not exist: ${root}`, { field: '--cwd', fix: 'pass the folder of your project with --cwd, or run the command there' });
  }
  if (!statSync(root).isDirectory()) {
    throw new UsageError(`the project folder is a file, not a folder: ${root}`, { field: '--cwd', fix: 'pass the folder that holds the file (the project root) with --cwd' });
  }
  const at = (dirName: string): Location => {
    const dir = isAbsolute(dirName) ? resolve(dirName) : join(root, dirName);
    const inside = relative(root, dir).split('\\').join('/');
    // A folder outside the project is remembered as an absolute path: "../x" would mean
    // something else when the command runs from another folder.
    const name = inside === '..' || inside.startsWith('../') || isAbsolute(inside) ? dir.split('\\').join('/') : inside || '.';
    return { root, dir, dirName: name, answersPath: join(dir, ANSWERS_FILE) };
  };
  if (dirOption) return at(dirOption);
  const standard = at(DEFAULT_DIR);
  if (existsSync(standard.answersPath)) return insideProject(standard);
  return insideProject(findRemembered(root, at) ?? standard);
}

/**
 * A folder found without --dir (privacy/, or one remembered as inside the project) that is a
 * symbolic link to somewhere outside the project is refused: writing there must be asked for.
 */
function insideProject(location: Location): Location {
  if (isAbsolute(location.dirName) || !existsSync(location.dir)) return location;
  const root = realpathSync(location.root);
  const target = realpathSync(location.dir);
  const inside = relative(root, target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new UsageError(`the folder ${location.dirName}/ leads outside the project (to ${target}), so privacy-wizard will not write there`, {
      file: location.dir,
      field: '--dir',
      fix: `replace the link with a folder, or pass --dir ${target} to use that folder on purpose`,
    });
  }
  return location;
}

function findRemembered(root: string, at: (dirName: string) => Location): Location | undefined {
  const skip = new Set(['node_modules', '.git', 'dist', 'build', 'vendor']);
  const candidates: string[] = [];
  const visit = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || skip.has(entry.name) || entry.name.startsWith('.')) continue;
      const sub = dir ? `${dir}/${entry.name}` : entry.name;
      candidates.push(sub);
      if (depth < 2) visit(sub, depth + 1);
    }
  };
  visit('', 1);
  for (const dirName of candidates) {
    const path = join(root, dirName, ANSWERS_FILE);
    if (!existsSync(path)) continue;
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as { outputDir?: string; schemaVersion?: unknown };
      if (file.outputDir === dirName && file.schemaVersion !== undefined) return at(dirName);
    } catch {
      // not ours or broken; the standard location is used instead
    }
  }
  return undefined;
}
