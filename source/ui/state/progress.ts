// How much is left: every question that is shown, plus every question that may still be shown because
// a question its `when` reads is not answered yet. Answers only ever rule questions out of this count,
// so progress does not jump backwards when a gate opens new questions.
import type { Answers } from '../../core/answers/types.js';
import { effectiveAnswers, isVisible } from '../../core/answers/visibility.js';
import { hasOwnStep } from '../../core/questions/folds.js';
import type { Condition, Question, QuestionBank } from '../../core/questions/types.js';

/** The question ids a condition reads. */
export function conditionReads(c: Condition | undefined): string[] {
  if (!c) return [];
  if ('all' in c) return c.all.flatMap(conditionReads);
  if ('any' in c) return c.any.flatMap(conditionReads);
  if ('not' in c) return conditionReads(c.not);
  return [c.q];
}

/** Questions that are shown or may still be shown, in bank order (a question folded into another's choices is not one more). */
export function possibleQuestions(bank: QuestionBank, answers: Answers): Question[] {
  const effective = effectiveAnswers(bank, answers);
  const possible = new Set<string>();
  const out: Question[] = [];
  for (const q of bank.questions) {
    const open = conditionReads(q.when).some((id) => effective[id] === undefined && possible.has(id));
    if (isVisible(q, effective) || open) {
      possible.add(q.id);
      if (hasOwnStep(bank, q)) out.push(q);
    }
  }
  return out;
}

/** Answered / possible, as a whole percentage. */
export function percentDone(bank: QuestionBank, answers: Answers): { answered: number; total: number; percent: number } {
  const effective = effectiveAnswers(bank, answers);
  const possible = possibleQuestions(bank, answers);
  const answered = possible.filter((q) => effective[q.id] !== undefined).length;
  return { answered, total: possible.length, percent: possible.length === 0 ? 100 : Math.floor((answered / possible.length) * 100) };
}
