// Folded questions (`foldInto`): a question answered on another question's screen, so that a run
// asks fewer screens without asking less. Two kinds, decided by the questions themselves:
// - "choices": a select asked only after one choice of a select (`when: { q: parent, equals: v }`)
//   merges into the parent's choices: "v" becomes one choice per answer of the folded question, and
//   picking one answers both. The folded question never has a step of its own.
// - "field": anything else is a second field under the parent's input, on the same screen.
// Both questions keep their ids and answers, so answers files do not change.
import type { Answers, AnswerValue } from '../answers/types.js';
import { NOT_SURE, type Choice, type Question, type QuestionBank } from './types.js';

export type FoldMode = 'choices' | 'field';

/** Separates the parent's and the folded question's values in a merged choice. */
export const FOLD_SEPARATOR = '\u001F';

/** The parent's choice value a "choices" fold expands, or undefined when the fold is a second field. */
export function foldedChoice(parent: Question, child: Question): string | undefined {
  const when = child.when;
  if (parent.type !== 'select' || child.type !== 'select' || !parent.choices || !child.choices) return undefined;
  if (!when || !('equals' in when) || when.q !== parent.id || typeof when.equals !== 'string') return undefined;
  return parent.choices.some((c) => c.value === when.equals) ? when.equals : undefined;
}

export function foldMode(parent: Question, child: Question): FoldMode {
  return foldedChoice(parent, child) === undefined ? 'field' : 'choices';
}

/** The question a folded question is answered on, when its fold is "choices" (it then has no step of its own). */
export function choiceParent(bank: QuestionBank, q: Question): Question | undefined {
  const parent = q.foldInto ? bank.byId.get(q.foldInto) : undefined;
  return parent && foldMode(parent, q) === 'choices' ? parent : undefined;
}

/** The question whose step shows `id`: its parent for a "choices" fold, else itself. */
export function stepOf(bank: QuestionBank, id: string): string {
  const q = bank.byId.get(id);
  return (q && choiceParent(bank, q)?.id) ?? id;
}

/** Whether a question has a step of its own (false for a "choices" fold). */
export function hasOwnStep(bank: QuestionBank, q: Question): boolean {
  return choiceParent(bank, q) === undefined;
}

/** The questions folded into `parent` as merged choices. */
export function choiceFolds(bank: QuestionBank, parent: Question): Question[] {
  return bank.questions.filter((q) => q.foldInto === parent.id && foldMode(parent, q) === 'choices');
}

/** The question folded into `parent` as a second field, if any. */
export function fieldFold(bank: QuestionBank, parent: Question): Question | undefined {
  return bank.questions.find((q) => q.foldInto === parent.id && foldMode(parent, q) === 'field');
}

/** The parent's choices with each folded choice expanded into one choice per answer of its folded question. */
export function mergeChoices(parent: Question, parentChoices: Choice[], folds: Question[]): Choice[] {
  return parentChoices.flatMap((choice) => {
    const child = folds.find((f) => foldedChoice(parent, f) === choice.value);
    if (!child) return [choice];
    const answers = [...(child.choices ?? []), ...(child.notSure ? [{ value: NOT_SURE, label: 'Not sure yet' }] : [])];
    return answers.map((a) => ({
      value: `${choice.value}${FOLD_SEPARATOR}${a.value}`,
      label: child.foldLabels?.[a.value] ?? `${choice.label}: ${a.label}`,
    }));
  });
}

/** The merged choice that stands for the saved answers (a folded question not answered yet reads "Not sure yet"). */
export function mergedValue(parent: Question, folds: Question[], answers: Answers, value: AnswerValue | undefined): AnswerValue | undefined {
  const child = folds.find((f) => foldedChoice(parent, f) === value);
  if (!child || typeof value !== 'string') return value;
  const answer = answers[child.id];
  return `${value}${FOLD_SEPARATOR}${typeof answer === 'string' ? answer : NOT_SURE}`;
}

/** A merged choice back into the parent's answer and the folded question's. */
export function splitMerged(parent: Question, folds: Question[], value: AnswerValue): { value: AnswerValue; also: Record<string, AnswerValue> } {
  if (typeof value !== 'string' || !value.includes(FOLD_SEPARATOR)) return { value, also: {} };
  const [own, folded] = value.split(FOLD_SEPARATOR) as [string, string];
  const child = folds.find((f) => foldedChoice(parent, f) === own);
  return { value: own, also: child ? { [child.id]: folded } : {} };
}
