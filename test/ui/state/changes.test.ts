import { describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../../source/core/answers/types.js';
import type { Detection } from '../../../source/core/scan/types.js';
import { hasChanges, reviewIds, whatChanged } from '../../../source/ui/state/changes.js';
import { smallBank } from './bank.js';

const bank = smallBank();
const file = (answers: Record<string, unknown>, extra: Partial<AnswersFile> = {}): AnswersFile => ({
  schemaVersion: 1,
  toolVersion: '0.1.0',
  answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value: value as never, source: 'user' as const }])),
  dismissed: {},
  ...extra,
});
const detection = (serviceId: string): Detection => ({ serviceId, name: serviceId.toUpperCase(), evidence: [{ file: 'package.json', line: 3, kind: 'npm', match: serviceId }] });

describe('whatChanged', () => {
  it('lists unanswered and "Not sure yet" answers', () => {
    const c = whatChanged(bank, file({ 'a.name': 'not-sure', 'a.kids': false }), []);
    expect(c.notSure).toEqual(['a.name']);
    // the per-item form has no items yet, so it is not counted
    expect(c.unanswered).toEqual(['b.list', 'b.last']);
  });

  it('finds "Not sure yet" inside per-item forms', () => {
    const c = whatChanged(bank, file({ 'b.list': ['x'], 'b.details': { x: { f: 'not-sure' } } }), []);
    expect(c.notSure).toEqual(['b.details']);
  });

  it('compares detected services and questions with the last run', () => {
    const lastRun = { at: '2026-01-01T00:00:00Z', detectedServices: ['stripe', 'sentry'], questionIds: ['a.name', 'a.kids'] };
    const c = whatChanged(bank, file({ 'a.name': 'A', 'a.kids': false, 'b.list': [] }, { lastRun, dismissed: { posthog: { reason: 'dev' } } }), [
      detection('stripe'),
      detection('openai'),
      detection('posthog'),
    ]);
    expect(c.newServices.map((d) => d.serviceId)).toEqual(['openai']);
    expect(c.removedServices).toEqual(['sentry']);
    expect(c.newQuestions).toEqual(['b.list', 'b.last']);
    expect(reviewIds(bank, c)).toContain('b.last');
    expect(hasChanges(c)).toBe(true);
  });

  it('has nothing new without a last run beyond unanswered questions', () => {
    const c = whatChanged(bank, file({ 'a.name': 'A', 'a.kids': false, 'b.list': [], 'b.details': {}, 'b.last': 'z' }), []);
    expect(hasChanges(c)).toBe(false);
    expect(reviewIds(bank, c)).toEqual([]);
  });

  it('a new service keeps the review short: the services and what is unanswered, not every "Not sure yet"', () => {
    const f = file({ 'a.name': 'not-sure', 'a.kids': false, 'b.list': ['x'], 'b.details': { x: { f: 'v' } }, 'b.last': 'y' }, { lastRun: { at: '', detectedServices: [], questionIds: bank.questions.map((q) => q.id) } });
    const ids = reviewIds(bank, whatChanged(bank, f, [detection('stripe')]));
    expect(ids).not.toContain('a.name');
    // nothing changed in the project: the open answers are the review
    expect(reviewIds(bank, whatChanged(bank, f, []))).toContain('a.name');
  });
});
