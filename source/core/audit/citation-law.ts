import type { LawId } from '../facts/types.js';

// Which law a citation string belongs to, by how citations are written in the question bank.
const PREFIXES: [RegExp, LawId][] = [
  [/^UK GDPR|^DPA 2018|^DUAA/, 'uk-gdpr'],
  [/^GDPR/, 'gdpr'],
  [/^ePrivacy/, 'eprivacy'],
  [/^PECR/, 'pecr'],
  [/^Cal\. Civ\. Code|^11 CCR/, 'ccpa'],
  [/^Cal\. Bus\. & Prof\. Code/, 'caloppa'],
  [/^16 CFR|^COPPA/, 'coppa'],
  [/^Va\. Code|^C\.R\.S\.|^Conn\. Gen\. Stat\.|^Utah Code|^Tex\. Bus\. & Com\. Code|^ORS |^4 CCR 904/, 'us-states'],
  [/^LGPD/, 'lgpd'],
  [/^PIPEDA/, 'pipeda'],
  [/^Québec|^CQLR/, 'quebec'],
  [/^APP |^Privacy Act 1988/, 'australia'],
  [/^DPDP/, 'dpdp'],
  [/^APPI/, 'appi'],
  [/^App Store/, 'apple'],
  [/^Google Play/, 'google-play'],
];

export function lawOfCitation(citation: string): LawId | undefined {
  return PREFIXES.find(([pattern]) => pattern.test(citation))?.[1];
}

/** The citations that belong to a law that applies (or to no known law); all of them if none does. */
export function applicableCitations(citations: string[], applies: (law: LawId) => boolean): string[] {
  const kept = citations.filter((c) => {
    const law = lawOfCitation(c);
    return law === undefined || applies(law);
  });
  return kept.length > 0 ? kept : citations.slice(0, 1);
}

// The state each US state-law citation belongs to, by how the rules write them.
const STATE_PREFIXES: [RegExp, string][] = [
  [/^Va\. Code/, 'VA'],
  [/^C\.R\.S\.|^4 CCR 904/, 'CO'],
  [/^Conn\. Gen\. Stat\./, 'CT'],
  [/^Utah Code/, 'UT'],
  [/^Tex\. Bus\. & Com\. Code/, 'TX'],
  [/^ORS |^Oregon /, 'OR'],
  [/^Md\. Code/, 'MD'],
  [/^R\.I\. Gen\. Laws/, 'RI'],
  [/^Minn\. Stat\./, 'MN'],
  [/^Iowa Code/, 'IA'],
  [/^Neb\. Rev\. Stat\./, 'NE'],
  [/^Mont\. Code/, 'MT'],
];

/**
 * A multi-state citation ("Va. Code …; Tex. Bus. & Com. Code …; ORS …") cut to the states whose
 * law applies, so that a checklist task does not cite a statute that does not bind the business (a
 * small business cited the Texas act, which exempts it). Parts naming no state stay; when no
 * state's part would be left, the citation stays whole.
 */
export function citationForStates(citation: string, states: readonly string[]): string {
  const parts = citation.split('; ');
  const stateOf = (part: string) => STATE_PREFIXES.find(([pattern]) => pattern.test(part))?.[1];
  if (!parts.some((p) => stateOf(p) !== undefined)) return citation;
  const kept = parts.filter((p) => {
    const state = stateOf(p);
    return state === undefined || states.includes(state);
  });
  return kept.some((p) => stateOf(p) !== undefined) ? kept.join('; ') : citation;
}
