// The breach sentence of "How we protect it": what the written plan commits to, and no more
// (GDPR Art. 33(1), 34(1); reference GDPR-33-34-PP, C-45). The 72 hours of Art. 33 are the
// authority's deadline, so no number is printed unless the plan commits to one for people.
import type { ViewContext } from './context.js';

export function breachView({ facts }: ViewContext) {
  const { breachProcess, breachNotice, breachNoticeHours } = facts.security;
  if (breachProcess !== 'written') return null;
  return {
    /** undefined: no commitment was answered, and the general sentence stays */
    notice: breachNotice,
    when: breachNoticeHours !== undefined ? `within ${breachNoticeHours} ${breachNoticeHours === 1 ? 'hour' : 'hours'} of confirming it` : 'without undue delay',
    // As processor, the business tells the customer; whether people are told is the customer's decision (Art. 33(2), C-39).
    customerData: facts.product.processorRole === true,
  };
}
