// "Self-hosted <product>": data in a customer's own instance never reaches the business; the
// organisation running it is responsible for it (GDPR Art. 4(7); EDPB Guidelines 07/2020). What an
// instance does send is listed as answered, and only that (GDPR Art. 13(1)(c), 14(1)(d)).
import { lowerFirst, sentence, upperFirst } from '../format.js';
import type { ViewContext } from './context.js';

const SENT = ['licence', 'updates', 'telemetry', 'errors', 'support'] as const;

export function selfHostedView({ facts, eeaOrUk, applies }: ViewContext) {
  const { selfHosted, selfHostedData, selfHostedBasis, selfHostedBasisLabel, selfHostedInterest, selfHostedRetention } = facts.product;
  if (selfHosted !== 'also' && selfHosted !== 'only') return null;
  const sent = SENT.filter((id) => selfHostedData.includes(id));
  return {
    only: selfHosted === 'only',
    // "sends us nothing" only when that is the whole answer; a pick beside it wins.
    sendsNothing: sent.length === 0 && selfHostedData.includes('nothing'),
    sent,
    basis: (eeaOrUk || applies('lgpd')) && sent.length > 0 ? basisText(selfHostedBasis, selfHostedBasisLabel, selfHostedInterest) : undefined,
    retention: sent.length > 0 && selfHostedRetention ? upperFirst(sentence(selfHostedRetention)) : undefined,
    // "does not reach us" only when what an instance sends is answered and carries none of its contents
    // (error reports and support material can).
    neverReachesUs: (sent.length === 0 && selfHostedData.includes('nothing')) || (sent.length > 0 && !sent.includes('errors') && !sent.includes('support')),
  };
}

/** The basis where a law asks for one (GDPR Art. 13(1)(c), LGPD Art. 7); legitimate interests only with the interest named (Art. 13(1)(d)). */
function basisText(basis: string | undefined, label: string | undefined, interest: string | undefined): string | undefined {
  if (!basis || !label) return undefined;
  if (basis !== 'legitimate-interests') return `${label}.`;
  return interest ? `${label}: ${lowerFirst(sentence(interest))}` : undefined;
}
