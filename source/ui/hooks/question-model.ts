// What the question screen shows for a question: its choices, per-item form items,
// the pre-filled value and where it came from, markers, and the finished steps above it.
import type { AnswerValue, Answers, RecordsValue } from '../../core/answers/types.js';
import { visibleQuestions } from '../../core/answers/visibility.js';
import type { Choice, Field, Question } from '../../core/questions/types.js';
import {
  choiceMarkers,
  formatAnswer,
  mergeRecords,
  recordItems,
  resolveChoices,
  suggestAnswer,
  type RecordItem,
} from '../../core/suggest/index.js';
import { fieldApplies } from '../inputs/record-steps.js';
import type { Session } from '../session.js';
import { suggestContext } from '../session.js';

export interface QuestionModel {
  choices: Choice[];
  items: RecordItem[];
  fieldChoices(field: Field, item: string): Choice[];
  value: AnswerValue | undefined;
  /** where a pre-filled value came from, e.g. "from package.json"; absent for the user's own answer */
  note?: string | undefined;
  markers: Record<string, string>;
  /** answered questions before this one in its section, as "label: answer" */
  finished: { label: string; answer: string }[];
  /** records answered before: the items added since (e.g. new services), the only ones the form walks */
  focusItems?: string[] | undefined;
  /** the saved records answer: its cells are the user's, the rest are suggestions */
  saved?: RecordsValue | undefined;
}

export function questionModel(session: Session, question: Question, answers: Answers): QuestionModel {
  const ctx = suggestContext(session, answers);
  const choices = resolveChoices(question, ctx);
  const items = question.type === 'records' ? recordItems(question, ctx) : [];
  const answer = answers[question.id];
  const suggestion = suggestAnswer(question, ctx);
  let value = answer ?? suggestion?.value;
  let note = answer === undefined ? suggestion?.note : undefined;
  if (question.type === 'records' && suggestion && isRecords(suggestion.value) && (answer === undefined || isRecords(answer))) {
    value = mergeRecords(answer as RecordsValue | undefined, suggestion.value);
    if (answer !== undefined) note = undefined;
  }
  const visible = visibleQuestions(session.engine.bank, answers);
  const before = visible.slice(0, Math.max(0, visible.findIndex((q) => q.id === question.id)));
  const finished = before
    .filter((q) => q.section === question.section && answers[q.id] !== undefined)
    .map((q) => ({ label: q.prompt, answer: formatAnswer(answers[q.id], q.type === 'records' ? recordItems(q, ctx).map((i) => ({ value: i.key, label: i.label })) : resolveChoices(q, ctx)) }));
  return {
    choices,
    items,
    fieldChoices: (field) => resolveChoices(field, ctx),
    value,
    note,
    markers: choiceMarkers(question, ctx),
    finished,
    focusItems: isRecords(answer) ? incompleteItems(question, items, answer) : undefined,
    saved: isRecords(answer) ? answer : undefined,
  };
}

/** Items never answered, or left with a required field empty (a form stopped half-way by Ctrl+C). */
function incompleteItems(question: Question, items: RecordItem[], answer: RecordsValue): string[] {
  const fields = question.fields ?? [];
  return items
    .filter((item) => {
      const values = answer[item.key];
      return !values || fields.some((f) => f.required && fieldApplies(f, values) && values[f.id] === undefined);
    })
    .map((item) => item.key);
}

function isRecords(v: AnswerValue | undefined): v is RecordsValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
