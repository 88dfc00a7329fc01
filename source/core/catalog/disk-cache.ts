import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { dataPath } from '../paths.js';
import { VERSION } from '../../version.js';
import type { ServiceEntry } from './types.js';

/** Bump when the loader's checks change, so entries validated by older rules are checked again. */
const CACHE_FORMAT = 1;
/** Validated catalogs kept per user: a few versions, so switching branches stays fast. */
const KEEP = 8;

/** A catalog file's path and text. */
export interface CatalogSource {
  file: string;
  text: string;
}

/** The validated catalog stored as JSON, so an unchanged catalog skips YAML parsing and validation. */
export interface CatalogCache {
  read(): ServiceEntry[] | undefined;
  write(services: ServiceEntry[]): void;
}

/**
 * The cache entry for these catalog files. Its name is a hash of the files (names and text), the
 * schema, the vocabulary and the tool version, so any change to what decides validity misses.
 *
 * Kept in the user's cache folder ($PRIVACY_WIZARD_CACHE_DIR, empty = off). Only runs from source
 * use it: the bundle ships the catalog compiled at build time. Only validated catalogs are written,
 * and any failure to read or write falls back to the YAML, so the cache makes loading faster but
 * never wrong.
 */
export function catalogCache(sources: CatalogSource[]): CatalogCache {
  const hash = createHash('sha256');
  hash.update(`${CACHE_FORMAT}\0${VERSION}\0`);
  hash.update(readFileSync(dataPath('schema', 'catalog.schema.json')));
  hash.update(readFileSync(dataPath('questions', 'vocabulary.yaml')));
  for (const { file, text } of sources) hash.update(`\0${basename(file)}\0${text}`);
  const name = `catalog-${hash.digest('hex').slice(0, 32)}.json`;
  const userFolder = userCacheFolder();
  return {
    read: () => (userFolder ? readEntry(join(userFolder, name)) : undefined),
    write: (services) => {
      if (userFolder) writeEntry(userFolder, name, services);
    },
  };
}

function readEntry(path: string): ServiceEntry[] | undefined {
  try {
    const services: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(services) ? (services as ServiceEntry[]) : undefined;
  } catch {
    return undefined; // absent or damaged: parse the YAML instead
  }
}

function writeEntry(folder: string, name: string, services: ServiceEntry[]): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Write then rename, so a parallel reader never sees half a file.
    const temporary = join(folder, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(services));
    renameSync(temporary, join(folder, name));
    pruneOldEntries(folder);
  } catch {
    // read-only home, full disk: the next run parses the YAML again
  }
}

function pruneOldEntries(folder: string): void {
  const entries = readdirSync(folder)
    .filter((file) => /^catalog-[0-9a-f]+\.json$/.test(file))
    .map((file) => ({ file, mtime: statSync(join(folder, file)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of entries.slice(KEEP)) rmSync(join(folder, file), { force: true });
}

function userCacheFolder(): string | undefined {
  const override = process.env.PRIVACY_WIZARD_CACHE_DIR;
  if (override !== undefined) return override || undefined;
  const base =
    process.env.XDG_CACHE_HOME ||
    (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) ||
    (process.platform === 'darwin' ? join(homedir(), 'Library', 'Caches') : join(homedir(), '.cache'));
  return base ? join(base, 'privacy-wizard') : undefined;
}
