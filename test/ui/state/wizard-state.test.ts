import { describe, expect, it } from 'vitest';
import { createReducer, initialState, nothingToAsk, progressOf, type WizardAction, type WizardState } from '../../../source/ui/state/wizard-state.js';
import { smallBank } from './bank.js';

const bank = smallBank();
const reducer = createReducer(bank);
const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(reducer, state);

describe('wizard reducer', () => {
  it('starts on the welcome screen and Start opens the first question', () => {
    const s = run(initialState({}), { type: 'start' });
    expect(s.screen).toBe('question');
    expect(s.questionId).toBe('a.name');
  });

  it('Enter moves forward, skipping questions whose condition is false', () => {
    const s = run(initialState({}), { type: 'start' }, { type: 'answer', id: 'a.name', value: 'Acme' }, { type: 'answer', id: 'a.kids', value: false });
    expect(s.questionId).toBe('b.list');
    expect(s.answers).toEqual({ 'a.name': 'Acme', 'a.kids': false });
  });

  it('shows a conditional question once its condition holds', () => {
    const s = run(initialState({}), { type: 'start' }, { type: 'answer', id: 'a.name', value: 'Acme' }, { type: 'answer', id: 'a.kids', value: true });
    expect(s.questionId).toBe('a.age');
  });

  it('skips a per-item form with no items, and ends on the audit', () => {
    let s = run(initialState({}), { type: 'openSection', sectionId: 'b' }, { type: 'answer', id: 'b.list', value: [] });
    expect(s.questionId).toBe('b.last');
    s = run(s, { type: 'answer', id: 'b.last', value: 'x' });
    expect(s.screen).toBe('audit');
  });

  it('asks the per-item form when its list has items', () => {
    const s = run(initialState({}), { type: 'openSection', sectionId: 'b' }, { type: 'answer', id: 'b.list', value: ['x'] });
    expect(s.questionId).toBe('b.details');
    expect(nothingToAsk(bank.byId.get('b.details')!, { 'b.list': ['x'] })).toBe(false);
  });

  it('Esc goes back one question, and from the first of a section to the section list', () => {
    let s = run(initialState({}), { type: 'start' }, { type: 'answer', id: 'a.name', value: 'Acme' });
    s = run(s, { type: 'back' });
    expect(s.questionId).toBe('a.name');
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('sections');
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('welcome');
  });

  it('a finding opens its question and Enter returns to the audit', () => {
    let s = run({ ...initialState({ 'a.name': 'Acme' }), screen: 'audit' }, { type: 'fix', id: 'a.kids' });
    expect(s).toMatchObject({ screen: 'question', questionId: 'a.kids', returnTo: 'audit' });
    s = run(s, { type: 'answer', id: 'a.kids', value: false });
    expect(s.screen).toBe('audit');
    expect(s.queue).toBeUndefined();
  });

  it('Esc from a finding question also returns to the audit', () => {
    const s = run({ ...initialState({}), screen: 'audit' }, { type: 'fix', id: 'a.name' }, { type: 'back' });
    expect(s.screen).toBe('audit');
  });

  it('ignores a finding whose question is hidden', () => {
    const start = { ...initialState({}), screen: 'audit' as const };
    expect(run(start, { type: 'fix', id: 'a.age' })).toBe(start);
  });

  it('review walks only the listed questions that are visible, then the audit', () => {
    let s = run(initialState({ 'a.kids': false }), { type: 'review', ids: ['a.age', 'a.name', 'b.last'] });
    expect(s.questionId).toBe('a.name');
    s = run(s, { type: 'answer', id: 'a.name', value: 'Acme' });
    expect(s.questionId).toBe('b.last');
    s = run(s, { type: 'answer', id: 'b.last', value: 'y' });
    expect(s.screen).toBe('audit');
  });

  it('a review asks the follow-up questions an answer makes relevant during it', () => {
    let s = run(initialState({}), { type: 'review', ids: ['a.kids', 'b.last'] });
    expect(s.questionId).toBe('a.kids');
    s = run(s, { type: 'answer', id: 'a.kids', value: true });
    // a.age was hidden when the review started
    expect(s.questionId).toBe('a.age');
    s = run(s, { type: 'answer', id: 'a.age', value: 12 });
    expect(s.questionId).toBe('b.last');
  });

  it('an empty review goes straight to where it returns', () => {
    expect(run(initialState({}), { type: 'review', ids: [], returnTo: 'welcome' }).screen).toBe('welcome');
  });

  it('asks for dismissal reasons one service at a time, then moves on', () => {
    let s = run(initialState({}), { type: 'openSection', sectionId: 'b' }, { type: 'answer', id: 'b.list', value: ['x'], dismiss: ['stripe', 'sentry'] });
    expect(s).toMatchObject({ screen: 'dismiss', pendingDismiss: ['stripe', 'sentry'] });
    s = run(s, { type: 'dismissed', serviceId: 'stripe' });
    expect(s).toMatchObject({ screen: 'dismiss', pendingDismiss: ['sentry'] });
    s = run(s, { type: 'dismissed', serviceId: 'sentry' });
    expect(s).toMatchObject({ screen: 'question', questionId: 'b.details' });
  });

  it('progress saves a partial answer without moving', () => {
    const s = run(initialState({}), { type: 'openSection', sectionId: 'b' }, { type: 'progress', id: 'b.list', value: ['x'] });
    expect(s).toMatchObject({ screen: 'question', questionId: 'b.list', answers: { 'b.list': ['x'] } });
  });

  it('ignores a second answer for a question already left (a stale Enter)', () => {
    const once = run(initialState({}), { type: 'start' }, { type: 'answer', id: 'a.name', value: 'Acme' });
    const twice = run(once, { type: 'answer', id: 'a.name', value: 'Acme' }, { type: 'progress', id: 'a.name', value: 'x' });
    expect(twice).toBe(once);
    expect(twice.questionId).toBe('a.kids');
  });

  it('toggles help and closes it on the next question', () => {
    let s = run(initialState({}), { type: 'start' }, { type: 'toggleHelp' });
    expect(s.help).toBe(true);
    s = run(s, { type: 'answer', id: 'a.name', value: 'A' });
    expect(s.help).toBe(false);
  });

  it('Esc steps back along write → preview → audit → welcome', () => {
    let s = run(initialState({}), { type: 'go', screen: 'write' });
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('preview');
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('audit');
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('welcome');
  });

  it('written files lead to the done screen', () => {
    expect(run(initialState({}), { type: 'written', paths: ['/p'] })).toMatchObject({ screen: 'done', written: ['/p'] });
  });

  it('reports section k of n and progress over visible questions', () => {
    const p = progressOf(bank, { 'a.name': 'A', 'a.kids': false }, bank.byId.get('b.list')!);
    expect(p).toMatchObject({ sectionNumber: 2, sectionCount: 2, questionNumber: 1 });
    expect(p.percent).toBe(Math.round((2 / 5) * 100));
  });
});
