// "Your rights in California" (CCPA and the CPPA regulations).
import type { PolicyFacts } from '../../facts/types.js';
import { joinWords, listWords, upperFirst } from '../format.js';
import { answerText, uniq, type ViewContext } from './context.js';

/** How the California section describes opting out: the links shown, or GPC without links. */
function optOutMethod(method: string | undefined, gpc: PolicyFacts['cookies']['gpc']): 'links' | 'alternative-link' | 'frictionless' | undefined {
  if (method === 'frictionless') return gpc === 'honoured' ? 'frictionless' : undefined;
  return method === 'links' || method === 'alternative-link' ? method : undefined;
}

export function californiaView({ facts, applies, dataLabel, purposeLabel, sourcesOf, sellsOrShares, neitherSellsNorShares, gpc, retentionOf }: ViewContext) {
  if (!applies('ccpa')) return null;
  const categories = uniq(facts.data.map((d) => d.ccpaCategory)).map((name) => {
    const members = facts.data.filter((d) => d.ccpaCategory === name);
    const ids = members.map((d) => d.id);
    const receiving = facts.services.filter((s) => s.data.some((id) => ids.includes(id)));
    // Companies that use the data for themselves are where a sale or share happens, when there is one.
    const soldTo = sellsOrShares ? receiving.filter((s) => s.role === 'third-party' || s.sellingOrSharing === true) : [];
    const recipients = receiving.filter((s) => !soldTo.includes(s)).map((s) => s.name);
    return {
      name,
      examples: upperFirst(listWords(members.map((d) => dataLabel(d.id)))),
      sources: upperFirst(sourcesOf(uniq(members.flatMap((d) => d.sources)))),
      purposes: upperFirst(listWords(uniq(members.flatMap((d) => d.purposes)).map(purposeLabel))),
      recipients: joinWords(recipients),
      soldTo: joinWords(soldTo.map((s) => s.name)),
      retention: members.filter((d) => d.retention).map(retentionOf),
    };
  });
  const sensitiveAnswered = Array.isArray(facts.answers['data.sensitive']);
  const spi = facts.sensitive.filter((s) => s.cpraSpi);
  const preciseLocation = facts.data.some((d) => d.id === 'location-precise');
  return {
    categories,
    neitherSellsNorShares,
    sells: facts.sells === true,
    shares: facts.shares === true,
    under16: neitherSellsNorShares || facts.children.knowsUnder16 === false,
    spiLimited: sensitiveAnswered && !preciseLocation && spi.every((s) => s.infers === false),
    limit: spi.some((s) => s.infers === true),
    gpc,
    noIncentive: facts.financialIncentive === false,
    incentiveNotice: facts.financialIncentive === true ? answerText(facts.answers['ccpa.incentiveNotice']) : undefined,
    // Frictionless GPC (11 CCR §7025(f)) is only claimed when GPC is honoured too.
    optOut: sellsOrShares ? optOutMethod(answerText(facts.answers['ccpa.optOutMethod']), gpc) : undefined,
    last12Months: facts.answers['ccpa.sameLast12Months'] === true,
    tollFree: facts.org.tollFree,
  };
}
