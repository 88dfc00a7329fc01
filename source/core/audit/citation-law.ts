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
