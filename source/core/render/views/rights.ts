// "Your rights" (with how to make a request) and "Your right to object".
import { phrase } from '../engine.js';
import { joinWords, sentence } from '../format.js';
import { bare, known, type ViewContext } from './context.js';

/**
 * How much longer each law that applies lets a business take, said only for that law's readers:
 * GDPR Art. 12(3); Cal. Civ. Code §1798.130(a)(2)(A) and 11 CCR §7021; the state laws' 45-day
 * extensions (e.g. Va. Code §59.1-577(C)); PIPEDA s.8(3)-(4). Québec (CQLR c. P-39.1 s.32) and
 * Brazil (LGPD Art. 19) allow none, so nothing is said for them.
 */
/** "In the EEA and the UK", "In the EEA" or "In the UK": where the GDPR or UK GDPR applies. */
const europe = (applies: ViewContext['applies']) => (applies('gdpr') && applies('uk-gdpr') ? 'In the EEA and the UK' : applies('gdpr') ? 'In the EEA' : 'In the UK');

export function responseExtensions({ eeaOrUk, applies }: ViewContext): { where: string; more: string }[] {
  const out: { where: string; more: string }[] = [];
  if (eeaOrUk) out.push({ where: europe(applies), more: 'up to two more months, if a request is complex or we get many requests' });
  if (applies('ccpa')) out.push({ where: 'In California', more: 'up to 45 more days, when that is reasonably necessary' });
  if (applies('us-states')) out.push({ where: 'In other US states', more: 'up to 45 more days, when that is reasonably necessary' });
  if (applies('pipeda'))
    out.push({
      where: applies('quebec') ? 'In Canada outside Québec' : 'In Canada',
      more: 'up to 30 more days, if answering sooner would unreasonably interfere with our work or we need to consult others; or longer, only to convert the information into a format you need',
    });
  return out;
}

/**
 * When a business may charge for a request or refuse it, said only for the law that allows it:
 * GDPR/UK GDPR Art. 12(5); Cal. Civ. Code §1798.145(h)(3) and the state laws (e.g. Va. Code
 * §59.1-577(D)); PIPEDA s.8(6) and Principle 4.9.4; Québec CQLR c. P-39.1 s.33; Australian
 * Privacy Principle 12.7-12.8; APPI Art. 38. LGPD Art. 18 §5 makes every request free.
 */
export function requestFees({ eeaOrUk, applies }: ViewContext): string[] {
  const out: string[] = [];
  if (eeaOrUk) out.push(`${europe(applies)}, if a request is clearly unfounded or excessive, we may charge a reasonable fee or refuse it.`);
  const us = [applies('ccpa') && 'California', applies('us-states') && 'other US states'].filter(Boolean).join(' and ');
  if (us) out.push(`In ${us}, if a request is clearly unfounded or excessive${applies('us-states') ? ' (or, under some state laws, repetitive)' : ''}, we may charge a reasonable fee or refuse it.`);
  if (applies('pipeda')) out.push(`In Canada${applies('quebec') ? ' outside Québec' : ''}, if answering a request would cost you anything, we tell you the approximate cost first, and you can withdraw the request.`);
  if (applies('quebec')) out.push('In Québec, access is free; we may charge a reasonable fee only for transcribing, copying or sending the information, and we tell you the amount first.');
  if (applies('australia')) out.push('In Australia, we may charge a reasonable fee for giving you access to your data, never for making the request.');
  if (applies('appi')) out.push('In Japan, we may charge a reasonable fee for disclosing your data to you.');
  return out;
}

export function rightsView(c: ViewContext) {
  const { facts, p, product } = c;
  const { org } = facts;
  const methods = known(
    facts.rights.methods.map((kind) => {
      const value = { email: org.email, 'web-form': org.contactForm, phone: org.tollFree, post: bare(org.address), 'in-app': product }[kind];
      return value === undefined ? undefined : { kind, value };
    }),
  );
  return {
    methods,
    responseTime: phrase(p.responseTime, facts.rights.responseTime),
    extensions: responseExtensions(c),
    fees: requestFees(c),
    verification: facts.rights.verification ? sentence(facts.rights.verification) : undefined,
    agents: facts.rights.agents === true,
    anyConsent: facts.purposes.some((x) => x.basis === 'consent') || facts.cookies.consent === 'opt-in',
    deletion: facts.product.accounts === true ? joinWords(known(facts.product.deletion.map((d) => phrase(p.deletion, d))), 'or') : '',
    complaints: facts.rights.complaints === true,
    email: org.email,
  };
}

export function objectionView({ facts, eeaOrUk, applies, purposeIds }: ViewContext) {
  const interests = facts.purposes.some((x) => x.basis === 'legitimate-interests' || x.basis === 'public-task');
  const marketing = (facts.marketing.emails !== undefined && facts.marketing.emails !== 'none') || purposeIds.includes('marketing');
  return (eeaOrUk || applies('lgpd')) && (interests || marketing) ? { interests, marketing } : null;
}
