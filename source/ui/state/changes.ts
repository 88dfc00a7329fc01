// What changed in the project and the tool since the last run, for the welcome screen
// of a re-run. Pure: compares the answers file with the current scan and question bank.
import type { AnswersFile } from '../../core/answers/types.js';
import { visibleQuestions } from '../../core/answers/visibility.js';
import { stepOf } from '../../core/questions/folds.js';
import { NOT_SURE, type QuestionBank } from '../../core/questions/types.js';
import type { Detection } from '../../core/scan/types.js';
import { nothingToAsk } from './wizard-state.js';

export interface Changes {
  /** detected now, not at the last run, and neither declared nor dismissed */
  newServices: Detection[];
  /** detected at the last run, not any more */
  removedServices: string[];
  /** visible questions the last run did not have (a newer version of the tool) */
  newQuestions: string[];
  /** visible questions without an answer */
  unanswered: string[];
  /** answers of "Not sure yet" (also inside per-item forms) */
  notSure: string[];
}

export function whatChanged(bank: QuestionBank, file: AnswersFile, detections: Detection[]): Changes {
  const answers = Object.fromEntries(Object.entries(file.answers).map(([id, e]) => [id, e.value]));
  const visible = visibleQuestions(bank, answers).filter((q) => !nothingToAsk(q, answers));
  const last = file.lastRun;
  const declared = new Set(Array.isArray(answers['services.used']) ? (answers['services.used'] as string[]) : []);
  const before = new Set(last?.detectedServices ?? []);
  const now = new Set(detections.map((d) => d.serviceId));
  const known = new Set(last?.questionIds ?? []);
  return {
    newServices: detections.filter((d) => !before.has(d.serviceId) && !declared.has(d.serviceId) && !(d.serviceId in file.dismissed)),
    removedServices: [...before].filter((id) => !now.has(id)),
    newQuestions: last ? visible.filter((q) => !known.has(q.id)).map((q) => q.id) : [],
    unanswered: visible.filter((q) => answers[q.id] === undefined).map((q) => q.id),
    notSure: visible.filter((q) => containsNotSure(answers[q.id])).map((q) => q.id),
  };
}

/** Whether an answer is, or holds in one of its cells, "Not sure yet". */
export function containsNotSure(value: unknown): boolean {
  if (value === NOT_SURE) return true;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.values(value).some((fields) => Object.values(fields as object).some((v) => v === NOT_SURE));
  }
  return false;
}

/** The questions "review what changed" walks, in bank order. */
export function reviewIds(bank: QuestionBank, changes: Changes): string[] {
  // When the project or the tool changed, the review is about that (and what is still unanswered); the
  // "Not sure yet" answers are the audit's business then, so adding one service stays a short review.
  const changed = changes.newServices.length > 0 || changes.removedServices.length > 0 || changes.newQuestions.length > 0;
  const ids = new Set([...changes.newQuestions, ...changes.unanswered, ...(changed ? [] : changes.notSure)]);
  if (changes.newServices.length > 0 || changes.removedServices.length > 0) {
    ids.add('services.used');
    ids.add('services.details');
  }
  // a question answered on another's screen is reviewed there
  const steps = new Set([...ids].map((id) => stepOf(bank, id)));
  return bank.questions.filter((q) => steps.has(q.id)).map((q) => q.id);
}

/** Whether anything is worth reviewing. */
export const hasChanges = (c: Changes): boolean =>
  c.newServices.length + c.removedServices.length + c.newQuestions.length + c.unanswered.length + c.notSure.length > 0;
