import { SCHEMA_VERSION, type AnswersFile } from '../core/answers/types.js';

type Migrations = Record<number, (file: Record<string, unknown>) => Record<string, unknown>>;

/**
 * Migrations of the answers file, keyed by the schemaVersion they produce.
 * Each takes the file as written by the previous version and returns the next.
 * Version 1 is the first format, so there is nothing to migrate yet; add
 * `2: (file) => ({ ...file, schemaVersion: 2, ... })` when the format changes.
 */
export const MIGRATIONS: Migrations = {};

/** Applies every migration after the file's version up to `target`, in memory. */
export function migrate(file: Record<string, unknown>, migrations: Migrations = MIGRATIONS, target = SCHEMA_VERSION): AnswersFile {
  let current = file;
  const from = Number(current.schemaVersion);
  for (let version = from + 1; version <= target; version += 1) {
    const step = migrations[version];
    if (step) current = step(current);
    current = { ...current, schemaVersion: version };
  }
  return current as unknown as AnswersFile;
}

/** conf's `projectVersion` for a schema version (conf keys migrations by semver). */
export const confVersion = (schemaVersion: number): string => `${schemaVersion}.0.0`;
