import type { Choice, Field, Question } from '../../core/questions/types.js';
import type { AnswerValue, RecordsValue } from '../../core/answers/types.js';

/** Props shared by every question input. Inputs keep their own draft state from `value` on mount: key them by question id. */
export interface InputProps {
  /** the question or records-field being answered (prompt, type, required, notSure…) */
  spec: Question | Field;
  /** resolved choices for select/multiselect (the caller resolves choicesFrom) */
  choices: Choice[];
  /** the current answer, or the pre-filled suggestion/default */
  value: AnswerValue | undefined;
  /** choice value -> marker shown next to it, e.g. "detected in package.json:14" or "earlier answer" */
  markers?: Record<string, string>;
  /** offer "Not sure yet" (stores NOT_SURE) */
  notSure: boolean;
  /** only the active input handles keys (useInput's isActive) */
  isActive: boolean;
  /** columns and rows the input may use; long lists window, long text wraps */
  width: number;
  height: number;
  onSubmit(value: AnswerValue): void;
  /** Esc: the caller goes back */
  onCancel(): void;
}

/** One item of a records question, e.g. a data category or a service. */
export interface RecordItem {
  key: string;
  label: string;
  /** fields not asked for this item (Field.forItems) */
  skip?: string[];
}

/** Props of the records input: one small form per item. */
export interface RecordsInputProps extends InputProps {
  items: RecordItem[];
  /** choices of a select/multiselect field for one item (the caller resolves choicesFrom/choicesFromAnswer) */
  fieldChoices(field: Field, item: string): Choice[];
  /** called with the whole draft after every field, so the caller can save progress before the form is finished */
  onProgress?(value: RecordsValue): void;
  /** show only these rows (e.g. services added since the last run); the others keep their answers */
  focusItems?: string[] | undefined;
  /** the answer saved before, if any: cells equal to it are the user's, not suggestions */
  saved?: RecordsValue | undefined;
  /** edit this cell at once and submit the table after it (a fix from the audit) */
  cell?: { item: string; field: string } | undefined;
}

/** Props of the dispatcher: records props are needed only when spec.type is 'records'. */
export type QuestionInputProps = InputProps & Partial<Pick<RecordsInputProps, 'items' | 'fieldChoices' | 'onProgress' | 'focusItems' | 'saved' | 'cell'>>;

/** The label shown for NOT_SURE everywhere. */
export const NOT_SURE_LABEL = 'Not sure yet';
