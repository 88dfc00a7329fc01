import Conf from 'conf';
import { SCHEMA_VERSION, type OutputFormat, type AnswerValue, type AnswersFile, type Answers, type PolicyVersion, type Provenance } from '../core/answers/types.js';
import { VERSION } from '../version.js';
import { dataPath } from '../core/paths.js';
import { existsSync, readFileSync } from 'node:fs';
import type { Location } from './locate.js';
import { confVersion, MIGRATIONS } from './migrations.js';
import { answersOf, readAnswersFile } from './read-answers.js';

const SCHEMA_URL = 'https://privacy-wizard.dev/schema/answers.schema.json';
const KEY_ORDER = ['$schema', 'schemaVersion', 'toolVersion', 'outputDir', 'format', 'answers', 'dismissed', 'lastRun', '__internal__'];

/** Stable, reviewable JSON: known keys first, answers sorted by id. */
function serialize(value: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of [...KEY_ORDER, ...Object.keys(value).sort()]) {
    if (!(key in value) || key in ordered) continue;
    const v = value[key];
    ordered[key] =
      key === 'answers' && v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
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

function openConf(location: Location): Conf<AnswersFile> {
  return new Conf<AnswersFile>({
    cwd: location.dir,
    configName: 'answers',
    fileExtension: 'json',
    projectVersion: confVersion(SCHEMA_VERSION),
    migrations: Object.fromEntries(
      Object.entries(MIGRATIONS).map(([version, step]) => [
        confVersion(Number(version)),
        (store: Conf<AnswersFile>) => {
          store.store = step(store.store as unknown as Record<string, unknown>) as unknown as AnswersFile;
        },
      ]),
    ),
    schema: confSchema() as never,
    rootSchema: { additionalProperties: false },
    ajvOptions: { allowUnionTypes: true },
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    watch: false,
    serialize: serialize as never,
    defaults: emptyFile(location),
  });
}

/**
 * The answers file, read and written through conf (atomic writes, schema, migrations).
 * The file is validated by readAnswersFile first, so a broken file is reported and
 * left byte-for-byte unchanged; conf only ever sees a valid one.
 */
export class AnswersStore {
  private opened: Conf<AnswersFile> | undefined;

  private constructor(readonly location: Location) {}

  /** Opens the answers file (created on the first write). Throws UsageError for a broken file. */
  static open(location: Location): AnswersStore {
    const store = new AnswersStore(location);
    // conf writes as soon as it opens a file; only open it now if it already exists.
    if (existsSync(location.answersPath)) {
      readAnswersFile(location.answersPath);
      store.conf;
    }
    return store;
  }

  /** Whether the answers file exists on disk. */
  get exists(): boolean {
    return this.opened !== undefined || existsSync(this.location.answersPath);
  }

  private get conf(): Conf<AnswersFile> {
    this.opened ??= openConf(this.location);
    return this.opened;
  }

  get path(): string {
    return this.location.answersPath;
  }

  /** The whole file, without conf's bookkeeping. */
  get file(): AnswersFile {
    if (!this.opened) return emptyFile(this.location);
    const { __internal__: _internal, ...file } = this.conf.store as AnswersFile & { __internal__?: unknown };
    return file;
  }

  answers(): Answers {
    return answersOf(this.file);
  }

  /** Saves one answer at once (atomic write), so Ctrl+C never loses it. */
  setAnswer(id: string, value: AnswerValue, source: Provenance = 'user', now = new Date()): void {
    const answers = { ...this.file.answers, [id]: { value, source, updatedAt: now.toISOString() } };
    this.write({ answers });
  }

  clearAnswer(id: string): void {
    const { [id]: _removed, ...answers } = this.file.answers;
    this.write({ answers });
  }

  dismiss(serviceId: string, reason: string, now = new Date()): void {
    this.write({ dismissed: { ...this.file.dismissed, [serviceId]: { reason, at: now.toISOString() } } });
  }

  undismiss(serviceId: string): void {
    const { [serviceId]: _removed, ...dismissed } = this.file.dismissed;
    this.write({ dismissed });
  }

  setFormat(format: OutputFormat): void {
    this.write({ format });
  }

  /** Records the policy's versions (a new one whenever its text changes), so they survive regeneration. */
  setPolicyVersions(policyVersions: PolicyVersion[]): void {
    this.write({ policyVersions });
  }

  setLastRun(lastRun: NonNullable<AnswersFile['lastRun']>): void {
    this.write({ lastRun });
  }

  private write(patch: Partial<AnswersFile>): void {
    this.conf.store = { ...this.conf.store, ...patch, toolVersion: VERSION, outputDir: this.location.dirName };
  }
}
