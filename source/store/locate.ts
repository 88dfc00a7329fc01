import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
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
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new UsageError(`the project folder does not exist: ${root}`, { field: '--cwd', fix: 'pass the folder of your project with --cwd, or run the command there' });
  }
  const at = (dirName: string): Location => {
    const dir = isAbsolute(dirName) ? dirName : join(root, dirName);
    return { root, dir, dirName: relative(root, dir).split('\\').join('/') || '.', answersPath: join(dir, ANSWERS_FILE) };
  };
  if (dirOption) return at(dirOption);
  const standard = at(DEFAULT_DIR);
  if (existsSync(standard.answersPath)) return standard;
  return findRemembered(root, at) ?? standard;
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
