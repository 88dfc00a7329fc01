// What happens when a question is answered, apart from the screen change: the answer
// is saved at once (Ctrl+C never loses it), remembered in the org profile, and a
// detected service the user unticked is queued for a dismissal reason.
import { isDeepStrictEqual } from 'node:util';
import type { AnswerValue, Provenance } from '../core/answers/types.js';
import { NOT_SURE } from '../core/questions/types.js';
import { suggestAnswer } from '../core/suggest/index.js';
import type { Session } from './session.js';
import { suggestContext } from './session.js';

/** Saves the answer and returns the detected services to ask a dismissal reason for. */
export function saveAnswer(session: Session, id: string, value: AnswerValue): string[] {
  const { store } = session;
  const question = session.engine.bank.byId.get(id);
  const before = store.answers();
  let source: Provenance = 'user';
  if (question && before[id] === undefined) {
    const suggestion = suggestAnswer(question, suggestContext(session, before));
    if (suggestion && isDeepStrictEqual(suggestion.value, value) && suggestion.origin !== 'profile') source = suggestion.source;
  } else if (before[id] !== undefined && isDeepStrictEqual(before[id], value)) {
    source = store.file.answers[id]?.source ?? 'user';
  }
  store.setAnswer(id, value, source);
  if (value !== NOT_SURE) session.profile.remember(id, value);
  if (question?.suggest !== 'services' || !Array.isArray(value)) return [];
  const dismissed = store.file.dismissed ?? {};
  for (const serviceId of value) if (serviceId in dismissed) store.undismiss(serviceId);
  return session.scan.services
    .filter((d) => !d.devOnly && !value.includes(d.serviceId) && !(d.serviceId in dismissed))
    .map((d) => d.serviceId);
}
