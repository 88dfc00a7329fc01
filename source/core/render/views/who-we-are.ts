// "Who we are" and the opening paragraph: the controller, its contacts and representatives.
import { bare, isRoleOnly, known, type ViewContext } from './context.js';

export function introView({ facts }: ViewContext) {
  return {
    url: facts.product.url,
    apps: known(facts.product.platforms.map((x) => ({ ios: 'iOS', android: 'Android' } as Record<string, string>)[x])),
  };
}

export function whoView({ facts, gdpr, ukGdpr, applies }: ViewContext) {
  const { org } = facts;
  return {
    // "Controller" is the word of the GDPR (Art. 4(7)), the UK GDPR, the LGPD (Art. 5(VI)) and the US
    // state laws (e.g. Va. Code §59.1-575); PIPEDA, the CCPA, APPI and the Privacy Act (Cth) do not use it.
    controllerTerm: gdpr || ukGdpr || applies('lgpd') || applies('us-states'),
    legalName: org.legalName,
    tradingName: org.tradingName && org.tradingName !== org.legalName ? org.tradingName : undefined,
    address: bare(org.address),
    email: org.email,
    // A DPO "named" only by the role, with no email, gives the reader nothing to act on.
    dpo: org.hasDpo === true && (org.dpoEmail || (org.dpoName && !isRoleOnly(org.dpoName))) ? { name: isRoleOnly(org.dpoName) ? undefined : bare(org.dpoName), email: org.dpoEmail } : undefined,
    euRepresentative: gdpr && !org.establishedInEea ? bare(org.euRepresentative) : undefined,
    ukRepresentative: ukGdpr && org.country !== 'GB' ? bare(org.ukRepresentative) : undefined,
    processor: facts.product.processorRole === true,
    // "Processor" is the word of the GDPR (Art. 4(8)), the UK GDPR, the LGPD (Art. 5(VII)) and the US state laws; the CCPA says "service provider".
    processorTerm: gdpr || ukGdpr || applies('lgpd') || applies('us-states'),
  };
}
