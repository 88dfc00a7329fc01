// What every section's view builder shares: the facts, the phrases and vocabulary, and the
// small derived answers several sections agree on (so that two sections can never disagree).
import type { PolicyFacts, ServiceFacts } from '../../facts/types.js';
import { noSaleOrShareIsTrue } from '../../facts/ad-tech.js';
import { isEeaOrUk } from '../../facts/build-facts.js';
import { NOT_SURE } from '../../questions/types.js';
import { loadVocabulary, labelOf, type Vocabulary } from '../../vocabulary/load.js';
import { loadPhrases, phrase, type Phrases } from '../engine.js';
import { joinWords, lowerFirst, sentence, shortLabel, trimEndChar, upperFirst } from '../format.js';

/** A typed value without a trailing full stop, for use inside our own sentences. */
export const bare = (text: string | undefined) => (text === undefined ? undefined : trimEndChar(text.trim(), '.') || undefined);
/** A DPO "name" that only repeats the role ("Data Protection Officer", "DPO"). */
export { isRoleOnly } from '../../facts/role-names.js';
import { isRoleOnly } from '../../facts/role-names.js';
export const known = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);
export const uniq = <T>(items: T[]): T[] => [...new Set(items)];
/** A select answer's id, or undefined when unanswered or "Not sure yet". */
export const answerText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' && value !== NOT_SURE ? value : undefined);
/** A typed text answer without surrounding space or a trailing full stop, or undefined when empty or "Not sure yet". */
export const typed = (value: unknown): string | undefined => bare(answerText(value)) || undefined;

export interface ViewContext {
  facts: PolicyFacts;
  p: Phrases;
  v: Vocabulary;
  applies: (law: keyof PolicyFacts['laws']) => boolean;
  gdpr: boolean;
  ukGdpr: boolean;
  eeaOrUk: boolean;
  /** the product's name, or "our service" */
  product: string;
  dataLabel: (id: string) => string;
  purposeLabel: (id: string) => string;
  sourcesOf: (ids: string[]) => string;
  neitherSellsNorShares: boolean;
  sellsOrShares: boolean;
  purposeIds: string[];
  processors: ServiceFacts[];
  /** services that handle data outside the EEA and the UK */
  outside: ServiceFacts[];
  /** the GPC answer, unless "not applicable" would be false (the business sells or shares, or has not said) */
  gpc: PolicyFacts['cookies']['gpc'];
  retentionOf: (d: PolicyFacts['data'][number]) => { label: string; retention: string };
  officer: { name: string; named: boolean; email?: string } | undefined;
}

export const isOutside = (s: ServiceFacts) => !!s.location && !isEeaOrUk(s.location);

export function viewContext(facts: PolicyFacts): ViewContext {
  const p = loadPhrases();
  const v = loadVocabulary();
  const applies = (law: keyof PolicyFacts['laws']) => facts.laws[law].applies === true;
  const gdpr = applies('gdpr');
  const ukGdpr = applies('uk-gdpr');
  const { org } = facts;
  // the facts' label (narrowed to what was answered), the vocabulary's for a kind not collected
  const dataLabel = (id: string) => lowerFirst(shortLabel(facts.data.find((d) => d.id === id)?.label ?? labelOf(v.dataCategories, id)));
  // "We do not sell or share" only when no advertising SDK or cookie makes a sale or share likely
  // (Cal. Civ. Code §1798.140(ad), (ah)); one decision for every section.
  const neitherSellsNorShares = noSaleOrShareIsTrue(facts);
  return {
    facts,
    p,
    v,
    applies,
    gdpr,
    ukGdpr,
    eeaOrUk: gdpr || ukGdpr,
    product: facts.product.name ?? 'our service',
    dataLabel,
    // Verb-first plain words (phrases.yaml purposeWords), the vocabulary's label for a purpose without them.
    purposeLabel: (id) => lowerFirst(phrase(p.purposeWords, id) ?? labelOf(v.purposes, id)),
    sourcesOf: (ids) => joinWords(known(ids.map((s) => phrase(p.sources, s)))),
    neitherSellsNorShares,
    sellsOrShares: facts.sells === true || facts.shares === true,
    purposeIds: facts.purposes.map((x) => x.id),
    processors: facts.services.filter((s) => s.role === 'processor'),
    outside: facts.services.filter(isOutside),
    gpc: facts.cookies.gpc === 'not-applicable' && !neitherSellsNorShares ? undefined : facts.cookies.gpc,
    retentionOf: (d) => ({ label: upperFirst(dataLabel(d.id)), retention: sentence(d.retention!) }),
    officer:
      // A DPO answered by role only, and a named person in charge of privacy (org.privacyOfficer, the
      // answer LGPD Art. 41 §1, Québec s.3.1 and PIPEDA 4.1 ask for, and the one the LGPD-41 rule
      // checks): the sections that must identify that person name them, reached at the DPO's address.
      org.hasDpo === true && (org.dpoName === undefined || isRoleOnly(org.dpoName)) && org.privacyOfficer && !isRoleOnly(org.privacyOfficer) && bare(org.privacyOfficer)
        ? { name: bare(org.privacyOfficer)!, named: true, email: org.dpoEmail ?? org.email }
        : org.hasDpo === true && (org.dpoName || org.dpoEmail)
        ? {
            name: isRoleOnly(org.dpoName) ? 'our Data Protection Officer' : (bare(org.dpoName) ?? 'our Data Protection Officer'),
            // a person or team is named, not only the role ("DPO", "Encarregada de Dados")
            named: !isRoleOnly(org.dpoName) && bare(org.dpoName) !== undefined,
            email: org.dpoEmail ?? org.email,
          }
        : org.privacyOfficer
          ? { name: bare(org.privacyOfficer)!, named: !isRoleOnly(org.privacyOfficer), email: org.email }
          : undefined,
  };
}
