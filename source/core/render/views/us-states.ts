// "Your rights in other US states".
import { phrase } from '../engine.js';
import { joinWords, sentence } from '../format.js';
import { known, type ViewContext } from './context.js';

export function usStatesView({ facts, p, applies, neitherSellsNorShares }: ViewContext) {
  if (!applies('us-states')) return null;
  const texasSells = facts.usStates.includes('TX') && facts.sells === true ? facts.answers['texas.sellsSensitive'] : undefined;
  return {
    states: joinWords(known(facts.usStates.map((s) => phrase(p.states, s)))),
    appeals: facts.rights.appeals ? sentence(facts.rights.appeals) : undefined,
    neitherSellsNorShares,
    sells: facts.sells === true,
    shares: facts.shares === true,
    profiling: facts.ai.profiling,
    // Tex. Bus. & Com. Code §541.102(b)-(c): what the seller says it sells, not everything it collects.
    texasSensitive: texasSells === 'sensitive' || texasSells === 'both',
    texasBiometric: texasSells === 'biometric' || texasSells === 'both',
    connecticut: facts.usStates.includes('CT'),
  };
}
