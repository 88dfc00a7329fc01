// "Children" (a general-audience minimum age) and the COPPA notice to parents.
import { phrase } from '../engine.js';
import { joinWords, listWords, sentence, upperFirst } from '../format.js';
import { answerText, bare, typed, type ViewContext } from './context.js';

export function childrenView({ facts }: ViewContext) {
  const { audience, minimumAge } = facts.children;
  return (audience === 'no' || audience === 'teens') && minimumAge !== undefined ? { minimumAge } : null;
}

export function coppaView({ facts, p, applies, processors, dataLabel, product }: ViewContext) {
  if (!applies('coppa')) return null;
  const { org } = facts;
  const thirdParties = typed(facts.answers['coppa.thirdParties']);
  return {
    data: listWords(facts.data.map((d) => dataLabel(d.id))),
    // Service providers work only for us; third parties (below) use the data for themselves.
    providers: joinWords(processors.map((s) => s.name)),
    disclosure: answerText(facts.answers['coppa.thirdPartyDisclosure']),
    thirdParties: thirdParties ? sentence(upperFirst(thirdParties)) : undefined,
    publicPosting: typeof facts.answers['coppa.publicPosting'] === 'boolean' ? facts.answers['coppa.publicPosting'] : undefined,
    consent: phrase(p.consentMethods, answerText(facts.answers['coppa.consentMethod'])),
    contact: { name: org.legalName ?? product, address: bare(org.address), phone: typed(facts.answers['coppa.phone']), email: org.email },
  };
}
