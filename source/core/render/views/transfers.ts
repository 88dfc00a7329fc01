// "Where we process your data": storage, the countries, and each transfer's safeguard per origin.
import { COPYABLE } from '../../facts/transfers.js';
import { countryName, joinWords, sentence } from '../format.js';
import { bare, known, uniq, type ViewContext } from './context.js';
import { ORIGIN_NAMES, safeguardsOf } from './sharing.js';

export function transfersView(c: ViewContext) {
  const { facts, p, eeaOrUk, applies, outside } = c;
  const serviceCountries = uniq(known(facts.services.map((s) => s.location?.trim().toUpperCase()))).sort();
  if (!facts.transfers.storage && serviceCountries.length === 0) return null;
  const origins = facts.transfers.origins;
  const recipients = outside.map((s) => {
    const safeguards = safeguardsOf(c, s);
    return {
      name: s.name,
      country: countryName(s.location!),
      // One origin: just the safeguard; several: which data each covers.
      safeguard: origins.length === 1 ? safeguards[0]?.label : safeguards.map((x) => `from ${ORIGIN_NAMES[x.origin]}, ${lowerTool(x.label)}`).join('; ') || undefined,
      complete: safeguards.length === origins.length,
      ids: safeguards.map((x) => x.id),
    };
  });
  const used = uniq(recipients.flatMap((r) => r.ids)).filter((id) => id !== 'none');
  const copyable = used.some((id) => COPYABLE.has(id));
  return {
    storage: bare(facts.transfers.storage),
    countries: joinWords(serviceCountries.map(countryName)),
    eea:
      eeaOrUk && origins.length > 0 && recipients.length > 0
        ? {
            origins: joinWords(origins.map((o) => ORIGIN_NAMES[o]), 'or'),
            // "Each transfer has a safeguard" only when every recipient has one for every origin.
            allCovered: recipients.every((r) => r.complete),
            recipients,
            names: joinWords(recipients.map((r) => r.name)),
            safeguards: known(used.map((id) => (p.safeguards[id] && p.safeguardDetails[id] ? { label: p.safeguards[id], detail: p.safeguardDetails[id] } : undefined))),
            copyHow: copyable && facts.transfers.copyHow ? sentence(facts.transfers.copyHow) : undefined,
          }
        : null,
    foreignLaw: applies('pipeda') || applies('quebec') || applies('australia') || applies('lgpd'),
  };
}

/** "EU standard contractual clauses" stays; "A specific exception in the law" -> "a specific exception in the law". */
const lowerTool = (label: string) => (/^(A|An|The) /.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);
