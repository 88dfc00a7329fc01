// "Your rights in other US states": one section for every state law of STATE_LAWS that applies.
import { stateLaw, type StateLaw } from '../../facts/us-state-laws.js';
import { joinWords, sentence } from '../format.js';
import type { ViewContext } from './context.js';

export function usStatesView({ facts, applies, neitherSellsNorShares }: ViewContext) {
  if (!applies('us-states')) return null;
  const laws = facts.usStates.map(stateLaw).filter((l): l is StateLaw => !!l);
  const namesWhere = (pred: (l: StateLaw) => boolean) => joinWords(laws.filter(pred).map((l) => l.name));
  const texasSells = facts.usStates.includes('TX') && facts.sells === true ? facts.answers['texas.sellsSensitive'] : undefined;
  const states = facts.answers['audience.usStates'];
  // R.I. Gen. Laws §6-48.1-3 binds any seller with Rhode Island customers, whatever its size.
  const rhodeIsland = facts.sells === true && Array.isArray(states) && states.includes('RI');
  const buyers = facts.services.filter((s) => s.role === 'third-party' || s.sellingOrSharing === true).map((s) => s.name);
  return {
    states: joinWords(laws.map((l) => l.name)),
    // "Depending on your state" only when some state's law lacks one of the rights listed (Iowa, Utah)
    everyRight: laws.length > 0 && laws.every((l) => l.virginiaRights !== false),
    appeals: facts.rights.appeals ? sentence(facts.rights.appeals) : undefined,
    appealStates: laws.some((l) => l.appeal),
    noAppealStates: namesWhere((l) => !l.appeal),
    neitherSellsNorShares,
    sells: facts.sells === true,
    shares: facts.shares === true,
    profiling: facts.ai.profiling,
    // Response times by law (US-ST-DEADLINE, US-ST-IA): 45 days, Iowa 90, each extendable once by 45.
    longerDeadlines: laws.filter((l) => l.responseDays !== 45).map((l) => ({ name: l.name, days: l.responseDays })),
    // Free requests: only the counts the reference verified (US-ST-FREE).
    twoFree: namesWhere((l) => l.freeRequests === 2),
    specificThirdParties: namesWhere((l) => !!l.specificThirdParties),
    rhodeIslandBuyers: rhodeIsland && buyers.length > 0 ? joinWords(buyers) : undefined,
    // Tex. Bus. & Com. Code §541.102(b)-(c): what the seller says it sells, not everything it collects.
    texasSensitive: texasSells === 'sensitive' || texasSells === 'both',
    texasBiometric: texasSells === 'biometric' || texasSells === 'both',
    connecticut: facts.usStates.includes('CT'),
  };
}
