/** Current version of the answers file format. Bump it with a migration in store/migrations.ts. */
export const SCHEMA_VERSION = 2;

/** A records answer: item key (e.g. a data-category id or service id) -> field id -> value. */
export type FieldValue = string | number | boolean | string[];
export interface RecordsValue {
  [itemKey: string]: Record<string, FieldValue>;
}

/** Values by question type: text-like -> string, number, confirm -> boolean,
 *  multiselect/list -> string[], records -> RecordsValue; "Not sure yet" -> NOT_SURE. */
export type AnswerValue = string | number | boolean | string[] | RecordsValue;

/** Where an answer came from. */
export type Provenance = 'user' | 'detected' | 'default';

export interface AnswerEntry {
  value: AnswerValue;
  source: Provenance;
  /** ISO timestamp of the last change */
  updatedAt?: string;
}

/** A detected service the user said is not relevant, with the reason. */
export interface Dismissal {
  reason: string;
  at?: string;
}

/** The contents of privacy/answers.json. */
export interface AnswersFile {
  $schema?: string;
  schemaVersion: number;
  /** version of privacy-wizard that last wrote the file */
  toolVersion: string;
  /** output folder relative to the project root (remembered --dir) */
  outputDir?: string;
  /** front matter of the written policy (remembered --format) */
  format?: OutputFormat;
  answers: Record<string, AnswerEntry>;
  /** serviceId -> why a detection does not belong in the policy */
  dismissed: Record<string, Dismissal>;
  /** every version of the policy text, oldest first (GDPR Art. 13(3); CalOPPA §22575(b)(4)) */
  policyVersions?: PolicyVersion[];
  /** documents to write or not, by registry id, overriding whether they apply (the wizard's write step) */
  documents?: Record<string, boolean>;
  /** markers of generated files that have no comment syntax (CSV, JSON), by path in the privacy folder */
  generatedFiles?: Record<string, { lastUpdated: string; sha256: string }>;
  /** what the last wizard/generate run saw, to tell the user what changed since */
  lastRun?: {
    at: string;
    detectedServices: string[];
    questionIds: string[];
  };
}

/** One version of the policy text: the date it took effect and what changed. */
export interface PolicyVersion {
  /** YYYY-MM-DD */
  date: string;
  summary: string;
}

/** Front matter flavours of the written policy. */
export type OutputFormat = 'markdown' | 'jekyll' | 'hugo' | 'docusaurus' | 'html';

/** Plain id -> value view of the answers used by the pure core. */
export type Answers = Record<string, AnswerValue>;
