// "Your rights" (with how to make a request) and "Your right to object".
import { phrase } from '../engine.js';
import { joinWords, sentence } from '../format.js';
import { bare, known, type ViewContext } from './context.js';

export function rightsView({ facts, p, eeaOrUk, product }: ViewContext) {
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
    gdprExtension: eeaOrUk,
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
