// Which of a processor-product's service providers are its sub-processors (GDPR Art. 28(2), (4)):
// one predicate for the sub-processor list, the record of processing and the checklist, so the
// documents never name different sets.
import type { ServiceFacts } from './types.js';

/** Data kinds that are the business customers' own data when the product is their processor. */
const CUSTOMER_DATA = new Set(['content', 'audio-visual', 'non-users']);

/**
 * The answers do not say service by service which one sees the customers' data. A service provider
 * that provides and runs the product (hosting, databases, storage) does, and so does one that
 * receives what the customers and their users put in the product (its content, recordings, or data
 * about people who are not users), such as an AI provider that processes documents.
 */
export const isSubprocessor = (s: ServiceFacts): boolean =>
  s.role === 'processor' && (s.purposes.includes('provide-service') || s.data.some((d) => CUSTOMER_DATA.has(d)));
