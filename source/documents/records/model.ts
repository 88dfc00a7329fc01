// The record of processing activities (GDPR Art. 30; UK GDPR Art. 30): every element of Art. 30(1)(a)-(g),
// and of Art. 30(2) when the product also processes for business customers, built from the same view
// context as the policy so that recipients, locations, safeguards and retention agree with it.
import type { PolicyFacts, ServiceFacts } from '../../core/facts/types.js';
import { phrase } from '../../core/render/engine.js';
import { countryName, upperFirst } from '../../core/render/format.js';
import { isOutside, known, viewContext, type ViewContext } from '../../core/render/views/context.js';
import { safeguardCell } from '../../core/render/views/sharing.js';
import { actsAsProcessor, subprocessorRows } from '../subprocessors/list.js';

export const NOT_SURE_TEXT = 'Not sure yet (a task in the checklist)';
export const NOT_ANSWERED = 'Not answered yet';

/** One processing activity: a purpose, with what serves it. */
export interface Activity {
  purpose: string;
  basis: string;
  subjects: string;
  data: string;
  recipients: string;
  transfers: string;
  retention: string;
  security: string;
}

export interface Records {
  controller: { name: string; address: string; contact: string; representatives: string; dpo: string };
  activities: Activity[];
  otherRecipients: string;
  security: string;
  processor?: { controllers: string; processing: string; transfers: string; security: string };
}

/** Whether the GDPR or the UK GDPR applies: the record is theirs (Art. 30). */
export const recordsApply = (facts: PolicyFacts): boolean => facts.laws.gdpr.applies === true || facts.laws['uk-gdpr'].applies === true;

const unsure = (facts: PolicyFacts, id: string) => facts.unsure.includes(id);
/** An answer's text, or what the record says instead: "Not sure yet" or "Not answered yet". */
const or = (facts: PolicyFacts, value: string | undefined, id: string, none = NOT_ANSWERED) => value ?? (unsure(facts, id) ? NOT_SURE_TEXT : none);

function subjects(c: ViewContext): string {
  const { facts, product } = c;
  const out: string[] = [];
  const type = facts.product.audienceType;
  if (type !== 'b2b') out.push(`People who use ${product}`);
  if (type === 'b2b' || type === 'both') out.push(`Staff of our business customers who use ${product}`);
  if (facts.children.audience === 'children') out.push('Children (the service is meant for them)');
  if (facts.children.audience === 'mixed') out.push('Children, as part of a mixed audience');
  if (facts.data.some((d) => d.sources.includes('other-users'))) out.push('People whose details our users give us (for example in invitations or shared content)');
  return out.join('; ');
}

const transferText = (c: ViewContext, services: ServiceFacts[]) => {
  const outside = services.filter(isOutside);
  return outside.length === 0 ? 'None outside the EEA and the UK' : outside.map((s) => `${s.name}: ${countryName(s.location!)}; safeguard: ${safeguardCell(c, s)}`).join('; ');
};

function securityText(c: ViewContext): string {
  const measures = known(c.facts.security.measures.map((m) => phrase(c.p.security, m)));
  if (measures.length > 0) return measures.join(' ');
  return or(c.facts, undefined, 'security.measures', 'None listed');
}

export function buildRecords(facts: PolicyFacts): Records {
  const c = viewContext(facts);
  const { org } = facts;
  const security = securityText(c);
  const activities = facts.purposes.map((p): Activity => {
    const data = facts.data.filter((d) => d.purposes.includes(p.id));
    const services = facts.services.filter((s) => s.purposes.includes(p.id));
    const retention = data.map((d) => `${upperFirst(c.dataLabel(d.id))}: ${d.retention ?? or(facts, undefined, `data.details.${d.id}.retention`)}`);
    return {
      purpose: upperFirst(c.purposeLabel(p.id)),
      basis: p.basisLabel ?? (c.eeaOrUk ? or(facts, undefined, `purposes.details.${p.id}.basis`) : '—'),
      subjects: subjects(c),
      data: data.length ? data.map((d) => upperFirst(c.dataLabel(d.id)) + (d.items ? ` (${d.items})` : '')).join('; ') : 'None listed for this purpose',
      recipients: services.length ? services.map((s) => `${s.name}${s.role === 'processor' ? ' (service provider)' : s.role === 'third-party' ? ' (third party)' : ''}`).join('; ') : 'None',
      transfers: transferText(c, services),
      retention: retention.length ? retention.join('; ') : '—',
      security,
    };
  });
  const dpo =
    org.hasDpo === true
      ? [org.dpoName, org.dpoEmail].filter(Boolean).join(', ') || NOT_ANSWERED
      : org.hasDpo === false
        ? 'None appointed'
        : or(facts, undefined, 'org.hasDpo');
  const reps = [org.euRepresentative && `EU: ${org.euRepresentative}`, org.ukRepresentative && `UK: ${org.ukRepresentative}`].filter(Boolean).join('; ');
  const records: Records = {
    controller: {
      name: or(facts, org.legalName ?? org.tradingName, 'org.legalName'),
      address: or(facts, org.address, 'org.address'),
      contact: or(facts, org.email ?? org.contactForm, 'org.email'),
      representatives: reps || (unsure(facts, 'org.euRepresentative') || unsure(facts, 'org.ukRepresentative') ? NOT_SURE_TEXT : 'None'),
      dpo,
    },
    activities,
    otherRecipients: known(facts.otherRecipients.map((r) => phrase(c.p.otherRecipients, r))).join(' ') || 'None',
    security,
  };
  if (actsAsProcessor(facts)) {
    const outside = subprocessorRows(facts).filter((r, i) => isOutside(c.processors[i]!));
    records.processor = {
      controllers: `Each business customer of ${c.product}; their names and contact details are kept in our customer records`,
      processing: `Storing and processing, on each customer's instructions, the personal data the customer puts into ${c.product}`,
      transfers: outside.length === 0 ? 'None outside the EEA and the UK' : outside.map((r) => `${r.name}: ${r.location}; safeguard: ${r.safeguard}`).join('; '),
      security,
    };
  }
  return records;
}
