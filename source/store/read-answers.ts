import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION, type AnswersFile, type Answers } from '../core/answers/types.js';
import { UsageError } from '../core/errors.js';
import { describeSchemaError, schemaValidator } from '../core/schema.js';
import { migrate } from './migrations.js';

/**
 * Reads and checks an answers file without changing it: invalid JSON, a newer
 * schemaVersion or a schema violation is a UsageError naming the file, the field
 * and the fix. Older files are migrated in memory only. Returns undefined if absent.
 */
export function readAnswersFile(path: string): AnswersFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read the answers file: ${(error as Error).message}`, {
      file: path,
      fix: 'check the file permissions',
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the answers file is not valid JSON (${(error as Error).message})`, {
      file: path,
      fix: 'fix the JSON syntax (an editor with JSON support shows where), or restore the file from git',
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UsageError('the answers file must hold a JSON object', { file: path, fix: 'restore the file from git' });
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) {
    throw new UsageError('the answers file has no valid schemaVersion', {
      file: path,
      field: 'schemaVersion',
      fix: `set "schemaVersion": ${SCHEMA_VERSION}`,
    });
  }
  if ((version as number) > SCHEMA_VERSION) {
    throw new UsageError(
      `the answers file was written by a newer privacy-wizard (schemaVersion ${String(version)}; this version reads up to ${SCHEMA_VERSION})`,
      { file: path, field: 'schemaVersion', fix: 'upgrade privacy-wizard (npm install --save-dev privacy-wizard@latest) and run it again' },
    );
  }
  const file = migrate(raw as Record<string, unknown>);
  const validate = schemaValidator('answers.schema.json');
  if (!validate(file)) {
    const { path: field, message } = describeSchemaError(validate.errors);
    throw new UsageError(`the answers file is invalid: ${field || 'the file'} ${message}`, {
      file: path,
      field: field || undefined,
      fix: 'correct the value (see schema/answers.schema.json in the privacy-wizard package) or re-answer it with `npx privacy-wizard`',
    });
  }
  return { ...file, dismissed: file.dismissed ?? {} };
}

/** The plain id -> value view of a file's answers. */
export function answersOf(file: AnswersFile): Answers {
  return Object.fromEntries(Object.entries(file.answers).map(([id, entry]) => [id, entry.value]));
}
