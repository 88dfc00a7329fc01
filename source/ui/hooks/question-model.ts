// What the question screen shows for a question: its choices, per-item form items,
// the pre-filled value and where it came from, markers, and the finished steps above it.
import type { AnswerValue, Answers, RecordsValue } from '../../core/answers/types.js';
import { effectiveAnswers, formFields, isVisible, visibleQuestions } from '../../core/answers/visibility.js';
import { choiceFolds, fieldFold, FOLD_SEPARATOR, foldMode, mergeChoices, mergedValue } from '../../core/questions/folds.js';
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
  /** questions folded into this one's choices: a merged choice answers them too (see splitMerged) */
  folds?: Question[];
  /** this question is the second field of an earlier one's screen: that question and its answer, shown above */
  foldedUnder?: { prompt: string; answer: string } | undefined;
  /** the prompt of the second field that follows on this screen, when it will be asked */
  nextField?: string | undefined;
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
  const { bank } = session.engine;
  const parent = question.foldInto ? bank.byId.get(question.foldInto) : undefined;
  const foldedUnder = parent && foldMode(parent, question) === 'field' && answers[parent.id] !== undefined
    ? { prompt: parent.prompt, answer: formatAnswer(answers[parent.id], resolveChoices(parent, ctx)) }
    : undefined;
  const second = fieldFold(bank, question);
  const nextField = second && isVisible(second, effectiveAnswers(bank, value === undefined ? answers : { ...answers, [question.id]: value })) ? second.prompt : undefined;
  const base: QuestionModel = {
    choices,
    items,
    fieldChoices: (field) => resolveChoices(field, ctx),
    value,
    note,
    markers: choiceMarkers(question, ctx),
    // the question this one is a second field of is shown in full above it, not as a finished step
    finished: foldedUnder ? finished.filter((f) => f.label !== foldedUnder.prompt) : finished,
    foldedUnder,
    nextField,
    focusItems: isRecords(answer) ? incompleteItems({ ...question, fields: question.fields && formFields(question, effectiveAnswers(session.engine.bank, answers)) }, items, answer) : undefined,
    saved: isRecords(answer) ? answer : undefined,
  };
  // Questions folded into this one's choices: one choice stands for both answers.
  const folds = choiceFolds(session.engine.bank, question);
  if (folds.length === 0) return base;
  const merged = mergeChoices(question, choices, folds);
  const markers = { ...base.markers };
  for (const c of merged) {
    const own = c.value.split(FOLD_SEPARATOR)[0]!;
    if (own !== c.value && markers[own]) markers[c.value] = markers[own];
  }
  return { ...base, choices: merged, markers, value: mergedValue(question, folds, answers, value), folds };
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
      return !values || fields.some((f) => f.required && fieldApplies(f, values, item) && values[f.id] === undefined);
    })
    .map((item) => item.key);
}

function isRecords(v: AnswerValue | undefined): v is RecordsValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
