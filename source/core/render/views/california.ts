// "Your rights in California" (CCPA and the CPPA regulations).
import { ccpaSpi, spiBeyondPermitted } from '../../facts/ccpa-spi.js';
import type { DataCategoryFacts, PolicyFacts } from '../../facts/types.js';
import { joinWords, listWords, upperFirst } from '../format.js';
import { answerText, bare, uniq, type ViewContext } from './context.js';

/** How the California section describes opting out: the links shown, or GPC without links. */
function optOutMethod(method: string | undefined, gpc: PolicyFacts['cookies']['gpc']): 'links' | 'alternative-link' | 'frictionless' | undefined {
  if (method === 'frictionless') return gpc === 'honoured' ? 'frictionless' : undefined;
  return method === 'links' || method === 'alternative-link' ? method : undefined;
}

/** The statutory name of the SPI category (§1798.140(v)(1)(L)). */
export const SPI_CATEGORY = 'Sensitive personal information';

export function californiaView(c: ViewContext) {
  const { facts, applies, dataLabel, purposeLabel, sourcesOf, sellsOrShares, neitherSellsNorShares, gpc } = c;
  if (!applies('ccpa')) return null;
  /** One row of the categories table: what it includes, sources, purposes, recipients, sale or share (retention is listed once, in "How long we keep it"). */
  const block = (name: string, members: DataCategoryFacts[], examples: string[], extraPurposes: string[] = []) => {
    const ids = members.map((d) => d.id);
    const receiving = facts.services.filter((s) => s.data.some((id) => ids.includes(id)));
    // Companies that use the data for themselves are where a sale or share happens, when there is one.
    const soldTo = sellsOrShares ? receiving.filter((s) => s.role === 'third-party' || s.sellingOrSharing === true) : [];
    const recipients = receiving.filter((s) => !soldTo.includes(s)).map((s) => s.name);
    return {
      name,
      examples: upperFirst(listWords(examples)),
      sources: upperFirst(sourcesOf(uniq(members.flatMap((d) => d.sources)))) || '—',
      purposes: upperFirst(listWords(uniq([...members.flatMap((d) => d.purposes).map(purposeLabel), ...extraPurposes]))) || '—',
      recipients: joinWords(recipients) || '—',
      // "No" only where no sale or share happens at all; "—" where one happens but not to a company we know gets this category.
      sold: neitherSellsNorShares ? 'No' : soldTo.length > 0 ? `Yes, with ${joinWords(soldTo.map((s) => s.name))}` : '—',
    };
  };
  // SPI is its own category, named with the statute's terms, never folded into identifiers (11 CCR §7011(e)(1)(A)).
  const ordinary = facts.data.filter((d) => !d.ccpaSpi);
  const categories = uniq(ordinary.map((d) => d.ccpaCategory)).map((name) => {
    const members = ordinary.filter((d) => d.ccpaCategory === name);
    return block(name, members, members.map((d) => dataLabel(d.id)));
  });
  const spi = ccpaSpi(facts);
  if (spi.length > 0) {
    const sensitivePurposes = facts.sensitive.filter((s) => s.cpraSpi && s.purpose).map((s) => bare(s.purpose)!);
    categories.push(block(SPI_CATEGORY, facts.data.filter((d) => d.ccpaSpi), spi.map((s) => s.term), sensitivePurposes));
  }
  const beyond = spiBeyondPermitted(facts);
  const sensitiveAnswered = Array.isArray(facts.answers['data.sensitive']);
  return {
    categories,
    // The column is there only once the answers settle whether anything is sold or shared.
    showSold: neitherSellsNorShares || sellsOrShares,
    neitherSellsNorShares,
    sells: facts.sells === true,
    shares: facts.shares === true,
    under16: neitherSellsNorShares || facts.children.knowsUnder16 === false,
    // The §7011(e)(1)(K) statement, only when the answers settle it.
    noSpi: spi.length === 0 && sensitiveAnswered,
    spiLimited: spi.length > 0 && beyond === false,
    spiTerms: joinWords(spi.map((s) => s.term)),
    limit: beyond === true,
    gpc,
    noIncentive: facts.financialIncentive === false,
    incentiveNotice: facts.financialIncentive === true ? answerText(facts.answers['ccpa.incentiveNotice']) : undefined,
    // Frictionless GPC (11 CCR §7025(f)) is only claimed when GPC is honoured too.
    optOut: sellsOrShares ? optOutMethod(answerText(facts.answers['ccpa.optOutMethod']), gpc) : undefined,
    last12Months: facts.answers['ccpa.sameLast12Months'] === true,
    // The toll-free number is said here only when "How to make a request" does not list it already.
    tollFree: facts.rights.methods.includes('phone') ? undefined : facts.org.tollFree,
    retention: facts.data.some((d) => d.retention),
  };
}
