// The wizard's state machine: which screen, which question, and where Enter and Esc
// lead. Pure (no Ink, no I/O): the App saves answers and then dispatches.
import type { AnswerValue, Answers } from '../../core/answers/types.js';
import { visibleQuestions } from '../../core/answers/visibility.js';
import { hasOwnStep, stepOf } from '../../core/questions/folds.js';
import type { Question, QuestionBank } from '../../core/questions/types.js';
import { percentDone, possibleQuestions } from './progress.js';

export type ScreenName = 'welcome' | 'sections' | 'question' | 'dismiss' | 'audit' | 'preview' | 'write' | 'done';

export interface WizardState {
  screen: ScreenName;
  answers: Answers;
  /** the question shown on the question screen */
  questionId?: string;
  /** question ids being walked (review what changed, fix a finding); absent = the whole bank in order */
  queue?: string[];
  /** where the queue ends; absent = the audit */
  returnTo?: ScreenName;
  /** full help of the current question is open */
  help: boolean;
  /** detected services the user unticked, each waiting for a reason */
  pendingDismiss: string[];
  /** files written by the write screen */
  written?: string[];
  /** opened from a finding about one cell of a table: that cell is edited, then the audit comes back */
  cell?: { item: string; field: string } | undefined;
}

export type WizardAction =
  | { type: 'start' }
  | { type: 'go'; screen: ScreenName }
  | { type: 'openSection'; sectionId: string }
  | { type: 'review'; ids: string[]; returnTo?: ScreenName }
  | { type: 'fix'; id: string; cell?: { item: string; field: string } | undefined }
  /** `also`: the answers of questions folded into this one's choices, given on the same screen */
  | { type: 'answer'; id: string; value: AnswerValue; dismiss?: string[]; also?: Record<string, AnswerValue> }
  | { type: 'progress'; id: string; value: AnswerValue }
  | { type: 'back' }
  | { type: 'toggleHelp' }
  | { type: 'dismissed'; serviceId: string }
  | { type: 'written'; paths: string[] };

export function initialState(answers: Answers): WizardState {
  return { screen: 'welcome', answers, help: false, pendingDismiss: [] };
}

/** The reducer for a question bank. */
export function createReducer(bank: QuestionBank) {
  // a question folded into another's choices has no step: it is answered on the other's screen
  const visibleIds = (answers: Answers) =>
    new Set(visibleQuestions(bank, answers).filter((q) => !nothingToAsk(q, answers) && hasOwnStep(bank, q)).map((q) => q.id));
  const order = new Map(bank.questions.map((q, i) => [q.id, i]));

  const openQuestion = (state: WizardState, id: string | undefined, extra: Partial<WizardState> = {}): WizardState =>
    id === undefined
      ? leaveQueue({ ...state, ...extra })
      : { ...state, cell: undefined, ...extra, screen: 'question', questionId: id, help: false };

  const leaveQueue = (state: WizardState): WizardState => ({
    ...state,
    screen: state.returnTo ?? 'audit',
    queue: undefined,
    returnTo: undefined,
    questionId: undefined,
    help: false,
  });

  /** The next question after the current one (in the queue, or in the bank), given the answers. */
  const nextId = (state: WizardState): string | undefined => {
    const visible = visibleIds(state.answers);
    const list = state.queue ?? bank.questions.map((q) => q.id);
    const at = state.questionId ? list.indexOf(state.questionId) : -1;
    if (state.queue && at === -1 && state.questionId) {
      // the current question is not in the queue (e.g. after a dismissal): continue after it in bank order
      const position = order.get(state.questionId) ?? -1;
      return list.find((id) => (order.get(id) ?? -1) > position && visible.has(id));
    }
    return list.slice(at + 1).find((id) => visible.has(id));
  };

  /** A queue (review, resume) gains the unanswered questions an answer just made relevant, in bank order, after the current one. */
  const followUps = (before: WizardState, after: WizardState): string[] | undefined => {
    if (!after.queue || after.returnTo === 'audit' && after.queue.length === 1) return after.queue;
    const was = visibleIds(before.answers);
    const fresh = [...visibleIds(after.answers)].filter((id) => !was.has(id) && after.answers[id] === undefined && !after.queue!.includes(id));
    if (fresh.length === 0) return after.queue;
    return [...after.queue, ...fresh].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  };

  return function reducer(state: WizardState, action: WizardAction): WizardState {
    switch (action.type) {
      case 'start': {
        const first = visibleQuestions(bank, state.answers)[0];
        return openQuestion({ ...state, queue: undefined, returnTo: undefined }, first?.id);
      }
      case 'go':
        return { ...state, screen: action.screen, queue: undefined, returnTo: undefined, help: false };
      case 'openSection': {
        const visible = visibleIds(state.answers);
        const first = bank.questions.find((q) => q.section === action.sectionId && visible.has(q.id));
        if (!first) return state;
        return openQuestion({ ...state, queue: undefined, returnTo: undefined }, first.id);
      }
      case 'review': {
        const visible = visibleIds(state.answers);
        const ids = [...new Set(action.ids.map((id) => stepOf(bank, id)))].filter((id) => visible.has(id));
        const base = { ...state, queue: ids, returnTo: action.returnTo ?? 'audit' };
        return ids.length > 0 ? openQuestion(base, ids[0]) : leaveQueue(base);
      }
      case 'fix': {
        const id = stepOf(bank, action.id);
        return visibleIds(state.answers).has(id) ? openQuestion({ ...state, queue: [id], returnTo: 'audit' }, id, { cell: action.cell }) : state;
      }
      case 'progress':
        if (state.screen !== 'question' || state.questionId !== action.id) return state;
        return { ...state, answers: { ...state.answers, [action.id]: action.value } };
      case 'answer': {
        // a second Enter that reached the old input: it answered this question already
        if (state.screen !== 'question' || state.questionId !== action.id) return state;
        const answered = { ...state, answers: { ...state.answers, ...action.also, [action.id]: action.value }, questionId: action.id };
        const withFollowUps = { ...answered, queue: followUps(state, answered) };
        if (action.dismiss && action.dismiss.length > 0) {
          return { ...withFollowUps, screen: 'dismiss', pendingDismiss: action.dismiss, help: false };
        }
        return openQuestion(withFollowUps, nextId(withFollowUps));
      }
      case 'dismissed': {
        const pendingDismiss = state.pendingDismiss.filter((id) => id !== action.serviceId);
        if (pendingDismiss.length > 0) return { ...state, pendingDismiss };
        return openQuestion({ ...state, pendingDismiss }, nextId(state));
      }
      case 'back': {
        if (state.screen === 'dismiss') return { ...state, screen: 'question', pendingDismiss: [] };
        if (state.screen !== 'question' || !state.questionId) return backFrom(state);
        const visible = visibleIds(state.answers);
        if (state.queue) {
          const at = state.queue.indexOf(state.questionId);
          const previous = state.queue.slice(0, Math.max(0, at)).reverse().find((id) => visible.has(id));
          return previous ? openQuestion(state, previous) : leaveQueue(state);
        }
        const current = bank.byId.get(state.questionId);
        const at = order.get(state.questionId) ?? 0;
        const previous = bank.questions
          .slice(0, at)
          .reverse()
          .find((q) => q.section === current?.section && visible.has(q.id));
        return previous ? openQuestion(state, previous.id) : { ...state, screen: 'sections', help: false };
      }
      case 'toggleHelp':
        return { ...state, help: !state.help };
      case 'written':
        return { ...state, screen: 'done', written: action.paths };
    }
  };
}

/** A per-item form whose item lists are all empty (e.g. no sensitive data chosen) has nothing to ask. */
export function nothingToAsk(question: Question, answers: Answers): boolean {
  if (question.type !== 'records' || !question.itemsFrom?.length) return false;
  return question.itemsFrom.every((id) => {
    const v = answers[id];
    return !Array.isArray(v) || v.length === 0;
  });
}

/** Esc on the other screens: one step back along welcome → audit → preview → write. */
function backFrom(state: WizardState): WizardState {
  const previous: Partial<Record<ScreenName, ScreenName>> = { sections: 'welcome', audit: 'welcome', preview: 'audit', write: 'preview' };
  const screen = previous[state.screen];
  return screen ? { ...state, screen, help: false } : state;
}

/** Where the current question is: its section's position among the sections with something to ask, and overall progress. */
export function progressOf(bank: QuestionBank, answers: Answers, question: Question) {
  const visible = visibleQuestions(bank, answers).filter((q) => hasOwnStep(bank, q));
  // sections and percent count what may still be asked, so neither jumps backwards when an answer opens questions
  const possible = possibleQuestions(bank, answers);
  const sections = bank.sections.filter((s) => possible.some((q) => q.section === s.id));
  const sectionIndex = sections.findIndex((s) => s.id === question.section);
  const inSection = visible.filter((q) => q.section === question.section);
  const done = percentDone(bank, answers);
  return {
    section: sections[sectionIndex] ?? bank.sections.find((s) => s.id === question.section),
    sectionNumber: sectionIndex + 1,
    sectionCount: sections.length,
    questionNumber: inSection.findIndex((q) => q.id === question.id) + 1,
    questionCount: inSection.length,
    percent: done.percent,
    remaining: done.total - done.answered,
  };
}
