// The sub-processors a processor engages for its business customers (GDPR Art. 28(2), (4)): the same
// processors, locations and safeguards the policy's sharing table shows (one view builder for both).
import type { PolicyFacts, ServiceFacts } from '../../core/facts/types.js';
import { countryName, listWords, upperFirst } from '../../core/render/format.js';
import { viewContext } from '../../core/render/views/context.js';
import { safeguardCell } from '../../core/render/views/sharing.js';

/** The EU-US Data Privacy Framework list, where an entity's certification can be checked. */
export const DPF_LIST = 'https://www.dataprivacyframework.gov/list';

export interface SubprocessorRow {
  /** the service name as the policy prints it (the key of the change log) */
  name: string;
  entity: string;
  purposes: string;
  data: string;
  location: string;
  safeguard: string;
  /** the catalog says the entity is DPF-certified */
  dpf: boolean;
}

/** Whether the product acts as a processor for business customers (product.processorRole). */
export const actsAsProcessor = (facts: PolicyFacts): boolean => facts.product.processorRole === true;

export function subprocessorRows(facts: PolicyFacts): SubprocessorRow[] {
  const c = viewContext(facts);
  return c.processors.map((s: ServiceFacts) => ({
    name: s.name,
    entity: s.entity ?? s.name,
    purposes: upperFirst(listWords(s.purposes.map(c.purposeLabel))) || '—',
    data: upperFirst(listWords(s.data.map(c.dataLabel))) || '—',
    location: s.location ? countryName(s.location) : '—',
    safeguard: safeguardCell(c, s),
    dpf: s.dpf === true && s.location?.trim().toUpperCase() === 'US',
  }));
}
