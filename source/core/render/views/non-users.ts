// "Data about people who are not our users": the Art. 14 notice for people whose data reaches us
// from someone else (GDPR Art. 14(1)(c)-(d), 14(2)(f), 14(3), 14(5)(b)). Every part comes from the
// "non-users" row of the data answers and the nonUsers questions; nothing is printed for an open one.
import { joinWords, lowerFirst, sentence } from '../format.js';
import { bare, known, type ViewContext } from './context.js';

// The sources as a person who is not a user reads them: the shared phrases speak to users ("when they invite you").
const SOURCES: Record<string, string> = { 'other-users': 'our users', partners: 'partners and service providers', public: 'public sources', automatic: 'collected automatically when our users use the product', user: 'you' };

export function nonUsersView({ facts, gdpr, ukGdpr, purposeLabel }: ViewContext) {
  const row = facts.data.find((d) => d.id === 'non-users');
  if (!row || facts.nonUsers.kinds.length === 0) return null;
  return {
    kinds: facts.nonUsers.kinds,
    items: bare(row.items),
    sources: joinWords(known(row.sources.map((x) => SOURCES[x]))) || undefined,
    purposes: row.purposes.map(purposeLabel),
    // Their own basis (they are not parties to the users' contract), where the GDPR applies and it is answered.
    basis: (gdpr || ukGdpr) && facts.nonUsers.basisLabel ? lowerFirst(facts.nonUsers.basisLabel) : undefined,
    interest: facts.nonUsers.basis === 'legitimate-interests' ? bare(facts.nonUsers.interest) : undefined,
    retention: row.retention ? lowerFirst(sentence(row.retention)) : undefined,
    notice: facts.nonUsers.notice,
    email: facts.org.email,
  };
}
