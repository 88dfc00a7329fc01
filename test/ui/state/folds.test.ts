// The reducer and progress with folded questions: a question folded into another's choices has no step of its own
// (it is answered with that question, and a fix or review of it opens that question); a second field keeps its step.
import { describe, expect, it } from 'vitest';
import type { Question, QuestionBank, Section } from '../../../source/core/questions/types.js';
import type { AnswersFile } from '../../../source/core/answers/types.js';
import { createReducer, initialState, progressOf, type WizardAction, type WizardState } from '../../../source/ui/state/wizard-state.js';
import { percentDone } from '../../../source/ui/state/progress.js';
import { reviewIds, whatChanged } from '../../../source/ui/state/changes.js';

function foldBank(): QuestionBank {
  const q = (id: string, extra: Partial<Question> = {}): Question => ({ id, section: 's', prompt: `${id}?`, help: 'H', type: 'text', ...extra });
  const choices = [{ value: 'written', label: 'Written' }, { value: 'none', label: 'No' }];
  const questions: Question[] = [
    q('s.plan', { type: 'select', choices, notSure: true }),
    q('s.tells', { type: 'select', notSure: true, when: { q: 's.plan', equals: 'written' }, foldInto: 's.plan', choices: [{ value: 'law', label: 'Law' }, { value: 'all', label: 'All' }] }),
    q('s.storage'),
    q('s.countries', { type: 'list', foldInto: 's.storage' }),
    q('s.last'),
  ];
  const sections: Section[] = [{ id: 's', title: 'S', intro: '', questions }];
  return { sections, questions, byId: new Map(questions.map((x) => [x.id, x])) };
}

const bank = foldBank();
const reducer = createReducer(bank);
const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(reducer, state);

describe('folded questions in the wizard', () => {
  it('a merged choice answers both questions and goes past the folded one; a second field is the next step', () => {
    const s = run(initialState({}), { type: 'start' }, { type: 'answer', id: 's.plan', value: 'written', also: { 's.tells': 'all' } });
    expect(s.answers).toEqual({ 's.plan': 'written', 's.tells': 'all' });
    expect(s.questionId).toBe('s.storage');
    const t = run(s, { type: 'answer', id: 's.storage', value: 'AWS' });
    expect(t.questionId).toBe('s.countries');
    // Esc on the second field goes back to the first; Esc on the storage skips the folded question to the plan
    expect(run(t, { type: 'back' }).questionId).toBe('s.storage');
    expect(run(t, { type: 'back' }, { type: 'back' }).questionId).toBe('s.plan');
  });

  it('a fix from the audit on the folded question opens the screen it is answered on, and returns to the audit', () => {
    const answers = { 's.plan': 'written', 's.tells': 'not-sure' };
    const s = run({ ...initialState(answers), screen: 'audit' }, { type: 'fix', id: 's.tells' });
    expect(s.screen).toBe('question');
    expect(s.questionId).toBe('s.plan');
    const back = run(s, { type: 'answer', id: 's.plan', value: 'written', also: { 's.tells': 'law' } });
    expect(back.screen).toBe('audit');
    expect(back.answers['s.tells']).toBe('law');
  });

  it('review what changed asks the folded question on its screen, once', () => {
    const file = { answers: { 's.plan': { value: 'written' }, 's.storage': { value: 'AWS' }, 's.countries': { value: [] }, 's.last': { value: 'x' } }, dismissed: {} } as unknown as AnswersFile;
    const changes = whatChanged(bank, file, []);
    expect(changes.unanswered).toEqual(['s.tells']);
    const ids = reviewIds(bank, changes);
    expect(ids).toEqual(['s.plan']);
    const s = run(initialState({ 's.plan': 'written' }), { type: 'review', ids: ['s.tells', 's.plan'] });
    expect(s.questionId).toBe('s.plan');
    expect(s.queue).toEqual(['s.plan']);
  });

  it('progress counts screens: the folded question is not one more to answer', () => {
    expect(percentDone(bank, { 's.plan': 'written', 's.tells': 'law' })).toMatchObject({ answered: 1, total: 4 });
    expect(progressOf(bank, { 's.plan': 'written' }, bank.byId.get('s.storage')!)).toMatchObject({ questionNumber: 2, questionCount: 4, remaining: 3 });
  });
});
