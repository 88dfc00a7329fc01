// The short country sections: Brazil, Canada, Australia, India.
import { countryName, joinWords } from '../format.js';
import { bare, known, uniq, type ViewContext } from './context.js';

export function brazilView({ applies, officer }: ViewContext) {
  return applies('lgpd') ? { officer } : null;
}

export function canadaView({ facts, applies, officer }: ViewContext) {
  return applies('pipeda') || applies('quebec') ? { officer, address: bare(facts.org.address), quebec: applies('quebec') } : null;
}

export function australiaView({ facts, applies }: ViewContext) {
  if (!applies('australia')) return null;
  const countries = uniq(known(facts.services.map((s) => s.location?.trim().toUpperCase()))).sort();
  return { countries: joinWords(countries.map(countryName)) };
}

export function indiaView({ applies, officer }: ViewContext) {
  return applies('dpdp') ? { officer } : null;
}
