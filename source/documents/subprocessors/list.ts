// The sub-processors of a product that is itself a processor for business customers: the service
// providers that run the product, where the customers' workspace data lives (GDPR Art. 28(2), (4)).
import { isSubprocessor } from '../../core/facts/subprocessors.js';
import { countryName, listWords, upperFirst } from '../../core/render/format.js';
import { isOutside, type ViewContext } from '../../core/render/views/context.js';
import { safeguardCell } from '../../core/render/views/sharing.js';

export interface Subprocessor {
  name: string;
  entity?: string;
  purposes: string;
  data: string;
  location: string;
  /** the same, inside a sentence ("the United States") */
  locationInSentence: string;
  /** the transfer safeguard (per origin), "—" inside the EEA/UK */
  safeguard: string;
  dpf: boolean;
  policyUrl?: string;
}

export { isSubprocessor };

export function subprocessors(c: ViewContext): Subprocessor[] {
  return c.facts.services.filter(isSubprocessor).map((s) => ({
    name: s.name,
    entity: s.entity && s.entity !== s.name ? s.entity : undefined,
    purposes: upperFirst(listWords(s.purposes.map(c.purposeLabel))),
    data: upperFirst(listWords(s.data.map(c.dataLabel))) || '—',
    location: s.location ? upperFirst(countryName(s.location)) : 'Not sure yet',
    locationInSentence: s.location ? countryName(s.location) : 'not sure yet',
    safeguard: isOutside(s) && c.eeaOrUk ? safeguardCell(c, s) : '—',
    dpf: s.dpf === true,
    policyUrl: s.policyUrl,
  }));
}
