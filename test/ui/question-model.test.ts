import { describe, expect, test } from 'vitest';
import type { Answers } from '../../source/core/answers/types.js';
import { questionModel } from '../../source/ui/hooks/question-model.js';
import { demoSession } from './screens/helpers.js';

const complete = { role: 'processor', purposes: ['payments'], data: ['payment'], location: 'US', safeguard: 'dpf', dpa: 'signed' };

describe('question model of a per-item form on a re-run', () => {
  test('walks only the services added since, or left half-answered; all of them when none is', async () => {
    const session = await demoSession();
    const question = session.engine.bank.byId.get('services.details')!;
    const base: Answers = { 'purposes.list': ['payments'], 'data.categories': ['payment'], 'services.used': ['stripe', 'sentry', 'twilio'] };

    const added = questionModel(session, question, { ...base, 'services.details': { stripe: complete, sentry: complete } });
    expect(added.focusItems).toEqual(['twilio']);

    const halfDone = questionModel(session, question, { ...base, 'services.details': { stripe: complete, sentry: { role: 'processor' }, twilio: complete } });
    expect(halfDone.focusItems).toEqual(['sentry']);

    const allDone = questionModel(session, question, { ...base, 'services.details': { stripe: complete, sentry: complete, twilio: complete } });
    expect(allDone.focusItems).toEqual([]);

    expect(questionModel(session, question, base).focusItems).toBeUndefined();
  });
});
