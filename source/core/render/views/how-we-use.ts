// "How we use your data": each purpose, the data it uses and (where a law asks) its legal basis.
import { phrase } from '../engine.js';
import { deviceAccessServices } from '../../audit/rules/eprivacy.js';
import { joinWords, listWords, lowerFirst, sentence, upperFirst } from '../format.js';
import type { ViewContext } from './context.js';

export function usesView({ facts, p, eeaOrUk, applies, dataLabel }: ViewContext) {
  if (facts.purposes.length === 0) return null;
  // Device access needs consent whatever the basis (ePrivacy Art. 5(3), EDPB Opinion 5/2019): say so
  // where a purpose on another basis runs through an SDK that sets non-essential cookies.
  const cookieRules = applies('eprivacy') || applies('pecr');
  const sdks = cookieRules && facts.cookies.consent === 'opt-in' ? deviceAccessServices(facts) : [];
  const showBasis = eeaOrUk || applies('lgpd');
  const used = [...new Set(facts.purposes.map((x) => x.basis))];
  // People who are not users have their own basis (they are not parties to the users' contract,
  // GDPR Art. 6(1)(b)); where it differs from the purpose's, the table must not claim the purpose's for them.
  const ownBasis = (basis: string | undefined) => showBasis && facts.nonUsers.kinds.length > 0 && facts.nonUsers.basis !== undefined && facts.nonUsers.basis !== basis;
  // GDPR-6-1-b-B2B (EDPB Guidelines 2/2019 paras 26-27): a person who uses the product through their
  // employer's account is not a party to the contract, so "Contract" is not their basis; the reference's
  // default for them is legitimate interests (the saas example, sold to people and to teams, said Contract to all).
  const employer = eeaOrUk && facts.product.audienceType === 'both' && facts.purposes.some((x) => x.basis === 'contract');
  return {
    showBasis,
    employer,
    // Each basis that is used, explained once above the table (GDPR Art. 13(1)(c); LGPD Art. 7).
    bases: showBasis ? used.flatMap((id) => (id && p.basisNames[id] && p.basisMeanings[id] ? [{ name: p.basisNames[id], meaning: basisMeaning(facts, p, id) }] : [])) : [],
    items: facts.purposes.map((x) => ({
      id: x.id,
      label: phrase(p.purposeWords, x.id) ?? x.label,
      data: upperFirst(listWords(facts.data.filter((d) => d.purposes.includes(x.id)).map((d) => (d.id === 'non-users' && ownBasis(x.basis) ? `${dataLabel(d.id)} (on the legal basis given in the section about them)` : dataLabel(d.id))))),
      basis: phrase(p.basisNames, x.basis),
      consent: x.basis === 'consent',
      interest: x.interest ? lowerFirst(sentence(x.interest)) : undefined,
      afterConsent: x.basis !== 'consent' ? afterConsent(sdks.filter((s) => s.purposes.includes(x.id)).map((s) => s.name)) : undefined,
    })),
  };
}

export function sensitiveView({ facts, p, eeaOrUk, applies }: ViewContext) {
  if (facts.sensitive.length === 0) return null;
  return {
    items: facts.sensitive.map((s) => ({
      label: s.label,
      purpose: s.purpose ? sentence(s.purpose) : undefined,
      condition: eeaOrUk && s.gdpr9 ? phrase(p.conditions, s.condition) : undefined,
      infers: applies('ccpa') || applies('us-states') ? s.infers : undefined,
    })),
  };
}

/** A basis explained; "The table names our reason" only when the table does name every interest (GDPR Art. 13(1)(d)). */
function basisMeaning(facts: ViewContext['facts'], p: ViewContext['p'], id: string): string {
  const meaning = p.basisMeanings[id]!;
  if (id !== 'legitimate-interests') return meaning;
  const named = facts.purposes.filter((x) => x.basis === id).every((x) => !!x.interest);
  const more = phrase(p.basisMeanings, 'legitimate-interests-named');
  return named && more ? `${meaning} ${more}` : meaning;
}

/** "PostHog reads or stores", "PostHog and Sentry read or store"; undefined for none. */
function afterConsent(names: string[]): string | undefined {
  return names.length === 0 ? undefined : `${joinWords(names)} ${names.length === 1 ? 'reads or stores' : 'read or store'}`;
}
