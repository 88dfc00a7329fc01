// Transfer safeguards per origin of the data. A tool covers only the data it was made for:
// the EU SCCs and the EU-US DPF cover data from the EEA; the UK needs the IDTA, the UK Addendum or
// the UK Extension to the DPF (SI 2023/1028); Switzerland needs the Swiss-US DPF or the SCCs with the
// Swiss amendments (reference rows GDPR-13-1-f-RCPT, GDPR-46-SCC, UK-XFER-IDTA, UK-XFER-DPF, GDPR-XFER-CH).
import type { OwnLocationFacts, ServiceFacts } from './types.js';

export type Origin = 'eea' | 'uk' | 'ch';
export const ORIGINS: readonly Origin[] = ['eea', 'uk', 'ch'];

export const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IS IE IT LV LI LT LU MT NL NO PL PT RO SK SI ES SE'.split(' '));
const EUROPE = new Set([...EEA, 'GB', 'CH']);

/** Destinations with an EU adequacy decision (GDPR Art. 45); the US only through the DPF, handled apart. */
export const EU_ADEQUATE = new Set(['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY']);
/** Destinations covered by UK adequacy regulations (DPA 2018 s.17A and Sch. 21): the EEA, Gibraltar, the EU's 2020 list and Korea. */
export const UK_ADEQUATE = new Set([...EEA, 'GI', 'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'UY']);
/** Destinations on the Swiss list (Data Protection Ordinance Annex 1), without the US (Swiss-US DPF only). */
export const CH_ADEQUATE = new Set([...EEA, 'GB', 'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JE', 'MC', 'NZ', 'UY']);

const code = (location: string | undefined) => (location && /^[A-Za-z]{2}$/.test(location.trim()) ? location.trim().toUpperCase() : undefined);

/** The answer for data from this origin. */
export function safeguardFor(s: ServiceFacts, origin: Origin): string | undefined {
  return origin === 'eea' ? s.safeguard : origin === 'uk' ? s.ukSafeguard : s.chSafeguard;
}

/** Whether data from this origin leaves the EEA, the UK and Switzerland when it goes to this service. */
export function leavesEurope(s: ServiceFacts): boolean {
  const c = code(s.location);
  return c !== undefined && !EUROPE.has(c);
}

/**
 * Whether a safeguard, as answered, really covers data from this origin going to this service's location.
 * False for a tool made for another origin, for adequacy where there is none, for a DPF outside the US or
 * with a recipient the catalog knows is not certified, and for "no transfer" when the data does leave.
 */
export function safeguardCovers(s: ServiceFacts, origin: Origin, id: string | undefined): boolean {
  const c = code(s.location);
  if (id === undefined || c === undefined) return false;
  switch (id) {
    case 'none':
      return EUROPE.has(c);
    case 'adequacy':
      return origin === 'eea' && EU_ADEQUATE.has(c);
    case 'uk-adequacy':
      return origin === 'uk' && UK_ADEQUATE.has(c);
    case 'ch-adequacy':
      return origin === 'ch' && CH_ADEQUATE.has(c);
    case 'dpf':
      return origin === 'eea' && c === 'US' && s.dpf !== false;
    case 'uk-extension':
      return origin === 'uk' && c === 'US' && s.dpf !== false;
    case 'swiss-dpf':
      return origin === 'ch' && c === 'US' && s.dpf !== false;
    case 'scc':
      return origin === 'eea' && !EUROPE.has(c);
    case 'uk-idta':
    case 'uk-addendum':
      return origin === 'uk' && !EUROPE.has(c);
    case 'scc-ch':
      return origin === 'ch' && !EUROPE.has(c);
    case 'bcr':
    case 'derogation':
      return !EUROPE.has(c);
    default:
      return false;
  }
}

/** Safeguards that are contracts or rules a person can ask to see a copy of (GDPR Art. 13(1)(f)). */
export const COPYABLE = new Set(['scc', 'bcr', 'uk-idta', 'uk-addendum', 'scc-ch']);

/** One of the business's own locations abroad seen as a recipient, so one safeguard logic covers both. */
export function ownRecipient(o: OwnLocationFacts): ServiceFacts {
  return { id: `own-${o.country}`, name: o.country, fromCatalog: false, purposes: [], data: [], location: o.country, safeguard: o.safeguard, ukSafeguard: o.ukSafeguard, chSafeguard: o.chSafeguard };
}

/** Whether an own location is a transfer out of Europe: a separate company of the group outside the EEA, the UK and Switzerland. */
export const ownTransfer = (o: OwnLocationFacts): boolean => o.entity === 'affiliate' && leavesEurope(ownRecipient(o));
