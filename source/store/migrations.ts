import { SCHEMA_VERSION, type AnswersFile } from '../core/answers/types.js';
import { NOT_SURE } from '../core/questions/types.js';

type Migrations = Record<number, (file: Record<string, unknown>) => Record<string, unknown>>;

/**
 * Version 2: a service's transfer safeguard is answered per origin of the data. Version 1 had one
 * answer for "EEA/UK data"; a UK-only tool (UK Addendum, IDTA) there covered no EEA data, so it moves
 * to `ukSafeguard` and the EEA answer becomes "Not sure yet" for the user to confirm. Nothing else
 * is guessed: an EU-US DPF answer stays the EEA answer only (the UK Extension is a separate fact).
 */
function safeguardPerOrigin(file: Record<string, unknown>): Record<string, unknown> {
  const answers = file.answers as Record<string, { value?: unknown }> | undefined;
  const details = answers?.['services.details'];
  const value = details?.value;
  if (!details || !value || typeof value !== 'object' || Array.isArray(value)) return file;
  const rows = Object.fromEntries(
    Object.entries(value as Record<string, Record<string, unknown>>).map(([item, row]) => {
      const old = row?.safeguard;
      if (old !== 'uk-addendum' && old !== 'uk-idta') return [item, row];
      return [item, { ...row, safeguard: NOT_SURE, ukSafeguard: old }];
    }),
  );
  return { ...file, answers: { ...answers, 'services.details': { ...details, value: rows } } };
}

/**
 * Migrations of the answers file, keyed by the schemaVersion they produce.
 * Each takes the file as written by the previous version and returns the next.
 */
export const MIGRATIONS: Migrations = { 2: safeguardPerOrigin };

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
