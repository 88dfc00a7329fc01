import { readFileSync, statSync } from 'node:fs';
import { SCHEMA_VERSION, type AnswersFile, type Answers } from '../core/answers/types.js';
import { findValueProblem, type ValueContext } from '../core/answers/validate-values.js';
import { loadCatalog } from '../core/catalog/load.js';
import { UsageError } from '../core/errors.js';
import { loadQuestionBank } from '../core/questions/load.js';
import { describeSchemaError, schemaValidator } from '../core/schema.js';
import { loadVocabulary } from '../core/vocabulary/load.js';
import { migrate } from './migrations.js';

/** The answers file as read: the checked (and in-memory migrated) contents and the exact text on disk. */
export interface ReadAnswers {
  file: AnswersFile;
  text: string;
}

/** The text of a file, undefined if absent; a folder or an unreadable file is a UsageError. */
export function readUserText(path: string, what: string): string | undefined {
  try {
    // a named pipe (or a link to a device) would block the read forever, or never end
    if (!statSync(path).isFile() && !statSync(path).isDirectory()) {
      throw new UsageError(`the ${what} is not a regular file (it is a pipe, socket or device)`, {
        file: path,
        fix: 'replace it with a regular file (or delete it), then run the command again',
      });
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') {
      throw new UsageError(`the ${what} is a folder, not a file`, { file: path, fix: 'move or rename the folder, then run the command again' });
    }
    if (code === 'ENOTDIR') {
      throw new UsageError(`a part of the path of the ${what} is a file, not a folder`, { file: path, fix: 'rename the file in the way, or pass --dir to use another folder' });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UsageError(`cannot read the ${what}: permission denied (${code})`, { file: path, fix: `make the file readable for your user (chmod u+r "${path}")` });
    }
    throw new UsageError(`cannot read the ${what}: ${(error as Error).message}`, { file: path, fix: 'check the file and the disk, then run the command again' });
  }
}

let engine: ValueContext | undefined;
const valueContext = (): ValueContext => (engine ??= { bank: loadQuestionBank(), vocabulary: loadVocabulary(), catalog: loadCatalog() });

/**
 * Checks the text of an answers file without changing anything: invalid JSON, a newer
 * schemaVersion, a schema violation or a value that does not fit its question is a
 * UsageError naming the file, the field and the fix. Older files are migrated in memory only.
 */
export function parseAnswersText(text: string, path: string, ctx: ValueContext = valueContext()): AnswersFile {
  // UTF-16 (PowerShell's `>` and Out-File write it) read as UTF-8: a mangled byte-order mark and NULs
  if (/^\uFFFD\uFFFD|^\uFEFF?\S?\u0000|\u0000\S?\u0000/.test(text.slice(0, 8))) {
    throw new UsageError('the answers file is not UTF-8 text (it looks like UTF-16, which PowerShell\'s > and Out-File write)', {
      file: path,
      fix: 'save it again as UTF-8 (VS Code: "Save with Encoding", UTF-8), or restore it from git',
    });
  }
  let raw: unknown;
  try {
    // Editors on Windows may save a byte-order mark; it is not part of the JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`the answers file is not valid JSON (${(error as Error).message})`, {
      file: path,
      fix: 'fix the JSON syntax (an editor with JSON support shows where), or restore the file from git',
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UsageError('the answers file must hold a JSON object', { file: path, fix: 'restore the file from git' });
  }
  const version = Object.hasOwn(raw, 'schemaVersion') ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
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
  const problem = findValueProblem(file, ctx);
  if (problem) {
    throw new UsageError(`the answers file is invalid: ${problem.field} ${problem.message}`, {
      file: path,
      field: problem.field,
      fix: `write ${problem.expected} there, or delete the answer and answer it again with \`npx privacy-wizard\``,
    });
  }
  const { __internal__: _conf, ...rest } = file as AnswersFile & { __internal__?: unknown };
  return { ...rest, dismissed: rest.dismissed ?? {} };
}

/** Reads and checks the answers file (see parseAnswersText), with its text; undefined if absent. */
export function readAnswers(path: string): ReadAnswers | undefined {
  const text = readUserText(path, 'answers file');
  return text === undefined ? undefined : { file: parseAnswersText(text, path), text };
}

/** Reads and checks an answers file without changing it. Returns undefined if absent. */
export function readAnswersFile(path: string): AnswersFile | undefined {
  return readAnswers(path)?.file;
}

/** The plain id -> value view of a file's answers. */
export function answersOf(file: AnswersFile): Answers {
  return Object.fromEntries(Object.entries(file.answers).map(([id, entry]) => [id, entry.value]));
}
