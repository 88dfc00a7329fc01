// "Where we process your data": storage, the countries, and each transfer's safeguard.
import { countryName, joinWords, sentence } from '../format.js';
import { bare, known, uniq, type ViewContext } from './context.js';
import { safeguardOf } from './sharing.js';

export function transfersView(c: ViewContext) {
  const { facts, p, eeaOrUk, applies, outside } = c;
  const serviceCountries = uniq(known(facts.services.map((s) => s.location?.trim().toUpperCase()))).sort();
  if (!facts.transfers.storage && serviceCountries.length === 0) return null;
  const recipients = outside.map((s) => ({ name: s.name, country: countryName(s.location!), safeguard: safeguardOf(c, s) }));
  const used = uniq(known(outside.map((s) => s.safeguard))).filter((id) => id !== 'none');
  return {
    storage: bare(facts.transfers.storage),
    countries: joinWords(serviceCountries.map(countryName)),
    eea:
      eeaOrUk && recipients.length > 0
        ? {
            recipients,
            safeguards: known(used.map((id) => (p.safeguards[id] && p.safeguardDetails[id] ? { label: p.safeguards[id], detail: p.safeguardDetails[id] } : undefined))),
            copyHow: facts.transfers.copyHow ? sentence(facts.transfers.copyHow) : undefined,
          }
        : null,
    foreignLaw: applies('pipeda') || applies('quebec') || applies('australia') || applies('lgpd'),
  };
}
