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
  if (eeaOrUk) out.push({ where: europe(applies), more: 'up to two more months, if a request is complex or we get many' });
  const us = [applies('ccpa') && 'California', applies('us-states') && 'other US states'].filter(Boolean).join(' and ');
  if (us) out.push({ where: `In ${us}`, more: 'up to 45 more days, when reasonably necessary' });
  if (applies('pipeda'))
    out.push({
      where: applies('quebec') ? 'In Canada outside Québec' : 'In Canada',
      more: 'up to 30 more days, if answering sooner would unreasonably disrupt our work or we must consult others; longer only to convert the data into a format you need',
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
  // GDPR Art. 12(5) and the US laws allow the same: one sentence for every place where one applies.
  const places = [eeaOrUk && europe(applies).replace(/^In /, ''), applies('ccpa') && 'California', applies('us-states') && 'other US states'].filter((x): x is string => !!x);
  if (places.length) out.push(`In ${joinWords(places)}, if a request is clearly unfounded or excessive${applies('us-states') ? ' (or, under some state laws, repetitive)' : ''}, we may charge a reasonable fee or refuse it.`);
  if (applies('pipeda')) out.push(`In Canada${applies('quebec') ? ' outside Québec' : ''}, if a request would cost you anything, we tell you the approximate cost first, and you can withdraw it.`);
  if (applies('quebec')) out.push('In Québec, access is free; we may charge a reasonable fee only for transcribing, copying or sending the information, and we tell you the amount first.');
  if (applies('australia')) out.push('In Australia, we may charge a reasonable fee for giving you access to your data, never for making the request.');
  if (applies('appi')) out.push('In Japan, we may charge a reasonable fee for disclosing your data to you.');
  return out;
}

/** The rights every privacy law we cover gives in some form, in plain words (GDPR Art. 15-21; Cal. Civ. Code §1798.105-.106, .110; PIPEDA Principle 4.9; LGPD Art. 18). */
export const RIGHTS = [
  { id: 'access', text: 'tell you whether we hold data about you, and give you a copy of it' },
  { id: 'correct', text: 'correct data that is wrong or incomplete' },
  { id: 'delete', text: 'delete your data' },
  { id: 'restrict', text: 'limit how we use your data' },
  { id: 'portability', text: 'send your data to you or to another company in a format a computer can read' },
  { id: 'object', text: 'stop using your data for some purposes' },
] as const;
export const OPT_OUT = { id: 'opt-out', text: 'stop selling or sharing your data (opt out)' } as const;

export function rightsView(c: ViewContext) {
  const { facts, p, product } = c;
  const { org } = facts;
  const methods = known(
    facts.rights.methods.map((kind) => {
      const value = { email: org.email, 'web-form': org.contactForm, phone: org.tollFree, post: bare(org.address), 'in-app': product }[kind];
      return value === undefined ? undefined : { kind, value };
    }),
  );
  const sellsOrShares = facts.sells === true || facts.shares === true;
  // The opt-out is a right under the CCPA and the state laws (Cal. Civ. Code §1798.120; e.g. Va. Code §59.1-577(A)(5)).
  const optOut = sellsOrShares && (c.applies('ccpa') || c.applies('us-states'));
  const anyConsent = facts.purposes.some((x) => x.basis === 'consent') || facts.cookies.consent === 'opt-in';
  return {
    // One list of rights for every law; the sections for a law add only what that law adds.
    items: [...RIGHTS, ...(optOut ? [OPT_OUT] : [])],
    glance: { optOut, consent: anyConsent },
    methods,
    responseTime: phrase(p.responseTime, facts.rights.responseTime),
    extensions: responseExtensions(c),
    fees: requestFees(c),
    verification: facts.rights.verification ? sentence(facts.rights.verification) : undefined,
    agents: facts.rights.agents === true,
    anyConsent,
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
