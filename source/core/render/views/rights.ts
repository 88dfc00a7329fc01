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
export function responseExtensions({ eeaOrUk, applies }: ViewContext): { where: string; more: string }[] {
  const out: { where: string; more: string }[] = [];
  if (eeaOrUk) out.push({ where: 'In the EEA and the UK', more: 'up to two more months, if a request is complex or we get many requests' });
  if (applies('ccpa')) out.push({ where: 'In California', more: 'up to 45 more days, when that is reasonably necessary' });
  if (applies('us-states')) out.push({ where: 'In other US states', more: 'up to 45 more days, when that is reasonably necessary' });
  if (applies('pipeda'))
    out.push({
      where: applies('quebec') ? 'In Canada outside Québec' : 'In Canada',
      more: 'up to 30 more days, if answering sooner would unreasonably interfere with our work or we need to consult others; or longer, only to convert the information into a format you need',
    });
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
