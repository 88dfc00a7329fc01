/** The value stored for an answer of "Not sure yet". The audit turns it into a finding. */
export const NOT_SURE = 'not-sure';

export type QuestionType =
  | 'text'
  | 'email'
  | 'url'
  | 'date'
  | 'number'
  | 'select'
  | 'multiselect'
  | 'confirm'
  | 'list'
  | 'records';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Declarative condition on earlier answers. A question with `when` is shown only if it holds.
 * Leaf forms compare the answer of question `q`; `all`/`any`/`not` combine.
 */
export type Condition =
  | { q: string; equals: string | number | boolean }
  | { q: string; notEquals: string | number | boolean }
  | { q: string; in: (string | number | boolean)[] }
  | { q: string; includes: string }
  | { q: string; includesAny: string[] }
  | { q: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Where a question's choices come from when they are not listed inline. */
export type ChoicesFrom =
  | 'dataCategories'
  | 'sensitiveCategories'
  | 'purposes'
  | 'legalBases'
  | 'transferSafeguards'
  | 'ukTransferSafeguards'
  | 'swissTransferSafeguards'
  | 'regions'
  | 'serviceCategories'
  | 'cookieKinds'
  | 'catalog';

/** A field of a per-item form (type 'records'). */
export interface Field {
  id: string;
  prompt: string;
  hint?: string;
  help?: string;
  /** citations this field serves; the question's own are used when absent */
  law?: string[];
  type: Exclude<QuestionType, 'records'>;
  choices?: Choice[];
  choicesFrom?: ChoicesFrom;
  /** For fields whose choices are the selected answers of another question (e.g. the purposes chosen earlier). */
  choicesFromAnswer?: string;
  default?: unknown;
  required?: boolean;
  notSure?: boolean;
  /** condition on other fields of the same item, written with q: "<field id>" */
  when?: Condition;
  /** condition on earlier questions (e.g. the UK safeguard only when users are in the UK); false hides the field for every item */
  shownIf?: Condition;
  /** asked only for items the catalog says this of (core/answers/item-filters.ts), e.g. services whose cookies are of an unstated kind, or services the user added */
  forItems?: 'cookiesOfUnstatedKind' | 'customServices';
}

export interface Question {
  id: string;
  section: string;
  prompt: string;
  /** one line shown under the prompt */
  hint?: string;
  /** full help for `?`: why it matters, which law */
  help: string;
  /** citations this question serves, e.g. "GDPR Art. 13(1)(a)" */
  law?: string[];
  type: QuestionType;
  choices?: Choice[];
  choicesFrom?: ChoicesFrom;
  choicesFromAnswer?: string;
  default?: unknown;
  required?: boolean;
  /** offer "Not sure yet" */
  notSure?: boolean;
  when?: Condition;
  /** filled from the scan, earlier answers or a vetted table, e.g. "services" (see core/suggest) */
  suggest?: 'services' | 'googleScopes' | 'dataKinds' | 'productName' | 'productUrl' | 'platforms' | 'productKind' | 'today' | 'countryFromAddress' | 'leadAuthority' | 'purposeBases' | 'dataDetails' | 'dataFromServices' | 'purposesFromServices' | 'cookiesFromServices';
  /** records: one item per selected value of these question ids (multiselect or list answers) */
  itemsFrom?: string[];
  /** records: the per-item form */
  fields?: Field[];
  placeholder?: string;
  /**
   * Answered on this earlier question's screen (core/questions/folds.ts): as merged choices when both are selects and this
   * one is asked after one of the parent's choices, otherwise as a second field under the parent's input.
   */
  foldInto?: string;
  /** merged choices: this question's choice value (or "not-sure") -> the label of the merged choice on the parent's screen */
  foldLabels?: Record<string, string>;
}

export interface Section {
  id: string;
  title: string;
  intro: string;
  questions: Question[];
}

export interface QuestionBank {
  sections: Section[];
  /** all questions in order */
  questions: Question[];
  byId: Map<string, Question>;
}
