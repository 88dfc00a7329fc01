import type { Field, Question, QuestionBank } from '../questions/types.js';
import { evaluateCondition } from './conditions.js';
import type { Answers } from './types.js';

/** Whether a question is shown, given the answers of the questions before it. */
export function isVisible(question: Question, answers: Answers): boolean {
  return question.when ? evaluateCondition(question.when, (id) => answers[id]) : true;
}

/**
 * The answers that count: those of questions that are visible given earlier answers.
 * An answer left over from a question that no longer applies is ignored, not deleted.
 */
export function effectiveAnswers(bank: QuestionBank, answers: Answers): Answers {
  const effective: Answers = {};
  for (const question of bank.questions) {
    if (!isVisible(question, effective)) continue;
    const value = answers[question.id];
    if (value !== undefined) effective[question.id] = value;
  }
  return effective;
}

/** The fields of a records question that are asked, given the answers to earlier questions (`shownIf`). */
export function formFields(question: Question, answers: Answers): Field[] {
  const fields = question.fields ?? [];
  return fields.some((f) => f.shownIf) ? fields.filter((f) => !f.shownIf || evaluateCondition(f.shownIf, (id) => answers[id])) : fields;
}

/** The questions shown for these answers, in order; a records question carries only the fields asked. */
export function visibleQuestions(bank: QuestionBank, answers: Answers): Question[] {
  const effective = effectiveAnswers(bank, answers);
  return bank.questions
    .filter((q) => isVisible(q, effective))
    .map((q) => (q.fields?.some((f) => f.shownIf) ? { ...q, fields: formFields(q, effective) } : q));
}
