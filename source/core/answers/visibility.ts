import type { Question, QuestionBank } from '../questions/types.js';
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

/** The questions shown for these answers, in order. */
export function visibleQuestions(bank: QuestionBank, answers: Answers): Question[] {
  const effective = effectiveAnswers(bank, answers);
  return bank.questions.filter((q) => isVisible(q, effective));
}
