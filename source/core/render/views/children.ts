// "Children" (a general-audience minimum age) and the COPPA notice to parents.
import { adTech as adTechOf } from '../../facts/ad-tech.js';
import { isIndefinite } from '../../facts/retention.js';
import { phrase } from '../engine.js';
import { joinWords, listWords, sentence, upperFirst } from '../format.js';
import { answerText, bare, typed, type ViewContext } from './context.js';

export function childrenView({ facts }: ViewContext) {
  const { audience, minimumAge } = facts.children;
  return (audience === 'no' || audience === 'teens') && minimumAge !== undefined ? { minimumAge } : null;
}

export function coppaView({ facts, p, applies, processors, dataLabel, purposeLabel, product, retentionOf }: ViewContext) {
  if (!applies('coppa')) return null;
  const { org } = facts;
  const thirdParties = typed(facts.answers['coppa.thirdParties']);
  const childAnswer = facts.answers['coppa.childData'];
  // Only what the answers say comes from children: a parent's contact details are not collected from the child (§312.4(d)(2)).
  const childData = Array.isArray(childAnswer) ? facts.data.filter((d) => childAnswer.includes(d.id)) : [];
  const childIds = new Set(childData.map((d) => d.id));
  const providers = processors.filter((s) => s.data.some((d) => childIds.has(d)));
  const adTech = adTechOf(facts).length > 0 || facts.cookies.kinds.includes('advertising');
  // §312.4(d)(3): persistent identifiers used only for internal operations, and what keeps them there.
  const identifiers = childData.find((d) => d.id === 'device');
  const internalOps =
    identifiers && identifiers.purposes.length > 0 && !adTech && !identifiers.purposes.some((x) => ['advertising', 'personalisation', 'marketing'].includes(x))
      ? {
          purposes: listWords(identifiers.purposes.map(purposeLabel)),
          contracts: providers.length > 0 && providers.every((s) => s.dpa === 'signed'),
        }
      : undefined;
  return {
    data: listWords(childData.map((d) => dataLabel(d.id))),
    // Service providers supporting internal operations (§312.2), with what each does; third parties (below) use the data for themselves.
    providers: providers.map((s) => (s.purposes.length > 0 ? `${s.name}, to ${joinWords(s.purposes.map(purposeLabel))}` : s.name)).join('; '),
    internalOps,
    retention: childData.filter((d) => d.retention).map(retentionOf),
    // "Only as long as we need it" is true only when every period ends without anyone acting (§312.10).
    retentionBounded: childData.every((d) => d.retention !== undefined && !isIndefinite(d.retention)),
    disclosure: answerText(facts.answers['coppa.thirdPartyDisclosure']),
    thirdParties: thirdParties ? sentence(upperFirst(thirdParties)) : undefined,
    publicPosting: typeof facts.answers['coppa.publicPosting'] === 'boolean' ? facts.answers['coppa.publicPosting'] : undefined,
    consent: phrase(p.consentMethods, answerText(facts.answers['coppa.consentMethod'])),
    contact: { name: org.legalName ?? product, address: bare(org.address), phone: typed(facts.answers['coppa.phone']), email: org.email },
  };
}
