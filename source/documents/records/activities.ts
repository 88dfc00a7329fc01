// The processing activities of GDPR Art. 30(1), one per purpose, from the same facts and view
// helpers as the policy, so the record and the policy cannot say different things.
import type { PolicyFacts, ServiceFacts } from '../../core/facts/types.js';
import { phrase } from '../../core/render/engine.js';
import { countryName, upperFirst } from '../../core/render/format.js';
import { isOutside, known, uniq, viewContext, type ViewContext } from '../../core/render/views/context.js';
import { ORIGIN_NAMES, safeguardCell, safeguardsOf } from '../../core/render/views/sharing.js';
import { isEeaOrUk } from '../../core/facts/build-facts.js';
import { ownRecipient } from '../../core/facts/transfers.js';

/** One processing activity: what Art. 30(1)(b)-(g) asks for, as plain strings (not escaped). */
export interface Activity {
  purpose: string;
  /** "Contract (GDPR Art. 6(1)(b))", or undefined when not answered */
  basis?: string;
  interest?: string;
  subjects: string[];
  data: string[];
  recipients: string[];
  transfers: string[];
  retention: string[];
  /** false while the services are not answered: "no transfer" is then not known */
  servicesKnown: boolean;
  /** false while no data is mapped to any use (data.details): "nothing kept" is then not known */
  dataKnown: boolean;
}

/**
 * Who the data is about (Art. 30(1)(c)), as far as the answers say. With a purpose, the people who
 * get marketing messages are named only for marketing: payments or support are not about them.
 */
export function dataSubjects(facts: PolicyFacts, product: string, purpose?: string): string[] {
  const { audienceType, kinds } = facts.product;
  const users =
    audienceType === 'b2b'
      ? `Staff of our business customers who use ${product}`
      : audienceType === 'both'
        ? `People who use ${product}, for themselves or for their employer`
        : `People who use ${product}`;
  const out = [users];
  if (facts.children.audience === 'children' || facts.children.audience === 'mixed') out.push('Children who use it, and their parents');
  if (kinds.includes('website')) out.push('Visitors to our website');
  if (facts.marketing.emails && facts.marketing.emails !== 'none' && (purpose === undefined || purpose === 'marketing')) out.push('People who get our marketing messages');
  return out;
}

const recipientOf = (s: ServiceFacts) => `${s.name}${s.role === 'processor' ? ' (service provider)' : s.role === 'third-party' ? ' (third party)' : ''}${s.location ? `, ${countryName(s.location)}` : ''}`;

export function activities(facts: PolicyFacts, c: ViewContext = viewContext(facts)): Activity[] {
  const servicesKnown = Array.isArray(facts.answers['services.used']);
  const dataKnown = facts.data.some((d) => d.purposes.length > 0);
  return facts.purposes.map((p) => {
    const data = facts.data.filter((d) => d.purposes.includes(p.id));
    const services = facts.services.filter((s) => s.purposes.includes(p.id));
    const employer = p.basis === 'contract' && facts.product.audienceType === 'both' && c.eeaOrUk;
    // as the policy says: a person invited by their employer is not a party to the contract (EDPB Guidelines 2/2019 paras 26-27)
    const basis = p.basisLabel ? `${p.basisLabel}${p.basisCitation ? ` (${p.basisCitation})` : ''}${employer ? '; for people whose employer gives them access, legitimate interests (GDPR Art. 6(1)(f)): providing the service the employer pays for to the people it invites' : ''}` : undefined;
    return {
      purpose: upperFirst(p.label),
      basis,
      interest: p.basis === 'legitimate-interests' ? p.interest : undefined,
      subjects: dataSubjects(facts, c.product, p.id),
      data: data.map((d) => upperFirst(c.dataLabel(d.id))),
      recipients: services.map(recipientOf),
      transfers: c.eeaOrUk ? services.filter(isOutside).map((s) => `${s.name}, ${countryName(s.location!)}: ${safeguardCell(c, s)}`) : [],
      retention: known(data.map((d) => (d.retention ? `${upperFirst(c.dataLabel(d.id))}: ${d.retention}` : undefined))),
      servicesKnown,
      dataKnown,
    };
  });
}

// the policy's words (outputs/policy/own-locations.eta)
const OWN_WHAT = { servers: 'servers that store personal data', office: 'an office whose staff access personal data', 'remote-staff': 'staff who work from there and access personal data' } as const;

/**
 * Our own teams and servers outside the EEA and the UK (Art. 30(1)(e)), as the policy's "Where we
 * process your data" names them: a group company is a transfer, with its safeguard per origin; our
 * own staff abroad are processing there by the same company.
 */
export function ownTransfers(c: ViewContext): string[] {
  if (!c.eeaOrUk) return [];
  return c.facts.transfers.own
    .filter((o) => !isEeaOrUk(o.country))
    .map((o) => {
      const where = `${upperFirst(countryName(o.country))}: ${o.what ? OWN_WHAT[o.what] : 'a place where personal data is processed'}`;
      if (o.entity === 'same') return `${where}, part of our own company`;
      if (o.entity !== 'affiliate') return where;
      const safeguards = safeguardsOf(c, ownRecipient(o)).map((g) => `from ${ORIGIN_NAMES[g.origin]}: ${g.label}`);
      return `${where}, run by another company of our group; ${safeguards.length > 0 ? safeguards.join('; ') : 'safeguard not answered yet'}`;
    });
}

/** Recipients that are not services (authorities, advisers, a buyer), as the policy names them. */
export function otherRecipients(c: ViewContext): string[] {
  return known(c.facts.otherRecipients.map((r) => phrase(c.p.otherRecipients, r)));
}

/** The security measures (Art. 30(1)(g), Art. 32(1)) in the policy's words. */
export function securityMeasures(c: ViewContext): string[] {
  return uniq(known(c.facts.security.measures.map((m) => phrase(c.p.security, m))));
}
