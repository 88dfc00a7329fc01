// Suggestions for the organisation section that follow from earlier answers:
// the country from the postal address, the lead authority from the country.
import type { AnswerValue } from '../answers/types.js';
import type { Choice } from '../questions/types.js';
import { COUNTRY_ALIASES, LEAD_AUTHORITIES } from './vetted.js';

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** The country code of org.country that the address ends with ("…, Dublin D02 X285, Ireland" -> IE), or undefined. */
export function countryFromAddress(address: AnswerValue | undefined, choices: Choice[]): string | undefined {
  if (typeof address !== 'string') return undefined;
  const parts = address.split(/[,\n]/).map(norm).filter(Boolean);
  const last = parts.at(-1);
  if (!last) return undefined;
  const byName = new Map<string, string>();
  for (const c of choices) if (c.value !== 'other') byName.set(norm(c.label), c.value);
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) if (choices.some((c) => c.value === code)) byName.set(alias, code);
  // the whole last part ("Ireland"), else its last words without a postcode ("Ireland D02 X285", "75001 France")
  const exact = byName.get(last);
  if (exact) return exact;
  const words = last.replace(/\S*\d\S*/g, ' ').replace(/\s+/g, ' ').trim();
  if (byName.has(words)) return byName.get(words);
  // the longest country name that ends the part, preceded by a space (never "ireland" inside "northern ireland")
  const matches = [...byName.keys()].filter((name) => words === name || words.endsWith(` ${name}`)).sort((a, b) => b.length - a.length);
  const best = matches[0];
  if (!best) return undefined;
  if (best === 'ireland' && words.endsWith('northern ireland')) return byName.get('northern ireland');
  return byName.get(best);
}

/** The lead supervisory authority for the country of establishment, where one country decides it. */
export function leadAuthorityFor(country: AnswerValue | undefined): string | undefined {
  return typeof country === 'string' ? LEAD_AUTHORITIES[country.toUpperCase()] : undefined;
}
