import Conf from 'conf';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SCHEMA_VERSION, type OutputFormat, type AnswerValue, type AnswersFile, type Answers, type PolicyVersion, type Provenance } from '../core/answers/types.js';
import { UsageError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';
import { VERSION } from '../version.js';
import type { Location } from './locate.js';
import { answersOf, parseAnswersText, readAnswers, readUserText } from './read-answers.js';
import { cleanStaleTemps, ensureFolder, writeFileSafely } from './safe-write.js';

const SCHEMA_URL = 'https://privacy-wizard.dev/schema/answers.schema.json';
const KEY_ORDER = ['$schema', 'schemaVersion', 'toolVersion', 'outputDir', 'format', 'answers', 'dismissed', 'lastRun'];

/** Stable, reviewable JSON: known keys first, answers sorted by id; conf's bookkeeping is not written. */
export function serializeAnswers(value: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of [...KEY_ORDER, ...Object.keys(value).sort()]) {
    if (!Object.hasOwn(value, key) || Object.hasOwn(ordered, key) || key === '__internal__') continue;
    const v = value[key];
    ordered[key] =
      key === 'answers' && v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v;
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function confSchema(): Record<string, object> {
  const root = JSON.parse(readFileSync(dataPath('schema', 'answers.schema.json'), 'utf8')) as { properties: Record<string, object> };
  return root.properties;
}

function emptyFile(location: Location): AnswersFile {
  return {
    $schema: SCHEMA_URL,
    schemaVersion: SCHEMA_VERSION,
    toolVersion: VERSION,
    outputDir: location.dirName,
    answers: {},
    dismissed: {},
  };
}

/**
 * conf with its write replaced by writeFileSafely: atomically 2.x ignores short writes (a full
 * disk truncated the file) and conf writes in place when SNAP is set. No `defaults` and no
 * `migrations`, so opening conf never writes; migrations run in memory in read-answers.ts.
 */
function safeWrites(conf: Conf<AnswersFile>): Conf<AnswersFile> {
  // Patched on the instance, not by subclassing: the bundle loads conf lazily through a wrapper
  // function, and a subclass of that wrapper would construct a plain Conf.
  Object.defineProperty(conf, '_write', {
    value(this: { path: string; _serialize(value: unknown): string }, value: Record<string, unknown>) {
      writeFileSafely(this.path, this._serialize(value));
    },
  });
  return conf;
}

function openConf(location: Location): Conf<AnswersFile> {
  return safeWrites(new Conf<AnswersFile>({
    cwd: location.dir,
    configName: 'answers',
    fileExtension: 'json',
    schema: confSchema() as never,
    rootSchema: { additionalProperties: false },
    ajvOptions: { allowUnionTypes: true },
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    watch: false,
    serialize: serializeAnswers as never,
    // an editor's byte-order mark is not part of the JSON (read-answers.ts accepts it too)
    deserialize: ((text: string) => JSON.parse(text.replace(/^\uFEFF/, ''))) as never,
  }));
}

/** What happened to the answers file while the wizard had it open. */
function describeChange(text: string | undefined, path: string): string {
  if (text === undefined) return 'was deleted';
  try {
    parseAnswersText(text, path);
    return 'was changed by another program';
  } catch (error) {
    return `was changed by another program and is now invalid (${(error as Error).message})`;
  }
}

/**
 * The answers file. Read once when opened (checked, migrated in memory); written through
 * conf with safe atomic writes. Opening never changes the file. Before each write the file
 * on disk is compared with what was read or last written: if something else changed it,
 * nothing is overwritten, the unsaved answers go to a side file and the write fails.
 */
export class AnswersStore {
  private opened: Conf<AnswersFile> | undefined;
  private current: AnswersFile;
  /** the text on disk as last read or written; undefined when there was no file */
  private seen: string | undefined;
  /** set after a conflict: no later write may touch the file */
  private failed: UsageError | undefined;
  /** Called instead of throwing when a save fails (the wizard ends on it); throws when unset. */
  onFailure: ((error: UsageError) => void) | undefined;

  private constructor(readonly location: Location) {
    this.current = emptyFile(location);
  }

  /** Opens the answers file (created on the first write). Throws UsageError for a broken file. */
  static open(location: Location): AnswersStore {
    const store = new AnswersStore(location);
    cleanStaleTemps(location.dir);
    const read = readAnswers(location.answersPath);
    if (read) {
      store.current = read.file;
      store.seen = read.text;
    }
    return store;
  }

  /** Whether the answers file exists (on disk, or written by this store). */
  get exists(): boolean {
    return this.seen !== undefined;
  }

  get path(): string {
    return this.location.answersPath;
  }

  /** The whole file as read or last written. */
  get file(): AnswersFile {
    return this.current;
  }

  answers(): Answers {
    return answersOf(this.current);
  }

  /** Saves one answer at once (atomic write), so Ctrl+C never loses it. */
  setAnswer(id: string, value: AnswerValue, source: Provenance = 'user', now = new Date()): void {
    const answers = { ...this.current.answers, [id]: { value, source, updatedAt: now.toISOString() } };
    this.write({ answers }, id);
  }

  clearAnswer(id: string): void {
    const { [id]: _removed, ...answers } = this.current.answers;
    this.write({ answers }, id);
  }

  dismiss(serviceId: string, reason: string, now = new Date()): void {
    this.write({ dismissed: { ...this.current.dismissed, [serviceId]: { reason, at: now.toISOString() } } });
  }

  undismiss(serviceId: string): void {
    const { [serviceId]: _removed, ...dismissed } = this.current.dismissed;
    this.write({ dismissed });
  }

  setFormat(format: OutputFormat): void {
    this.write({ format });
  }

  /** Records the policy's versions (a new one whenever its text changes), so they survive regeneration. */
  setPolicyVersions(policyVersions: PolicyVersion[]): void {
    this.write({ policyVersions });
  }

  /** Saves the markers of comment-less generated files just written (CSV, JSON). */
  setGeneratedFiles(records: { key: string; lastUpdated: string; sha256: string }[]): void {
    if (records.length === 0) return;
    const generatedFiles = { ...this.current.generatedFiles };
    for (const r of records) generatedFiles[r.key] = { lastUpdated: r.lastUpdated, sha256: r.sha256 };
    this.write({ generatedFiles });
  }

  /** Which documents to write (true) or never write (false), by registry id. */
  setDocuments(documents: Record<string, boolean>): void {
    this.write({ documents });
  }

  setLastRun(lastRun: NonNullable<AnswersFile['lastRun']>): void {
    this.write({ lastRun });
  }

  private write(patch: Partial<AnswersFile>, answerId?: string): void {
    const next: AnswersFile = { ...this.current, ...patch, toolVersion: VERSION, outputDir: this.location.dirName };
    try {
      if (this.failed) throw this.failed;
      this.checkUnchanged(next, answerId);
      ensureFolder(this.location.dir);
      this.opened ??= openConf(this.location);
      // `__internal__` present (and undefined) so conf does not copy its old bookkeeping into the file
      this.opened.store = { ...next, __internal__: undefined } as never;
      this.current = next;
      this.seen = serializeAnswers(next as unknown as Record<string, unknown>);
    } catch (error) {
      const failure = error instanceof UsageError ? error : new UsageError(`could not save the answers: ${(error as Error).message}`, { file: this.path, fix: 'check the file and run the command again' });
      this.failed ??= failure;
      if (!this.onFailure) throw failure;
      this.onFailure(failure);
    }
  }

  /** Throws (after saving `next` to a side file) when the file on disk is not the one last seen. */
  private checkUnchanged(next: AnswersFile, answerId: string | undefined): void {
    const onDisk = readUserText(this.path, 'answers file');
    if (onDisk === this.seen) return;
    const side = join(this.location.dir, `${basename(this.path, '.json')}.unsaved-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    let kept = `Nothing was saved to ${side}.`;
    try {
      writeFileSafely(side, serializeAnswers(next as unknown as Record<string, unknown>));
      kept = `Your answers, with the one just given, are in ${side}.`;
    } catch {
      // the message says the side file could not be written
    }
    throw new UsageError(`the answers file ${describeChange(onDisk, this.path)} while privacy-wizard had it open, so it was not overwritten${answerId ? ` (answer to ${answerId} not saved there)` : ''}. ${kept}`, {
      file: this.path,
      fix: 'compare the two files, keep the answers you want in answers.json (or copy the side file over it), then run `npx privacy-wizard` again',
    });
  }
}
