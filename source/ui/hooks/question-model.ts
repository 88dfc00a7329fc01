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
  // Re-run: services found in the code since the last run are pre-selected, as the hint says.
  const added = question.suggest === 'services' && Array.isArray(answer) ? newlyDetected(session, answer) : [];
  if (added.length > 0 && Array.isArray(answer)) {
    value = [...answer, ...added];
    note = `New in your code since the last run, pre-selected: ${added.length}`;
  }
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

/** Detected (not dev-only, not dismissed), not detected at the last run, and not in the answer. */
function newlyDetected(session: Session, answer: string[]): string[] {
  if (!session.store.file.lastRun) return [];
  const before = new Set(session.store.file.lastRun.detectedServices);
  const dismissed = session.store.file.dismissed ?? {};
  return session.scan.services
    .filter((d) => !d.devOnly && !before.has(d.serviceId) && !answer.includes(d.serviceId) && !(d.serviceId in dismissed))
    .map((d) => d.serviceId);
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
