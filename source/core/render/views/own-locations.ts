// The business's own servers, offices and staff abroad, in "Where we process your data". A separate
// company of the group is a recipient, so its transfer safeguard is printed per origin, only where it
// really covers that origin (GDPR Art. 13(1)(f), 44-46); the business's own staff abroad are not a
// transfer (EDPB Guidelines 05/2021) but are still a place where data is processed (APP 1.4(f)-(g), QC-8).
import { COPYABLE, ownRecipient } from '../../facts/transfers.js';
import { countryName, sentence, upperFirst } from '../format.js';
import { type ViewContext } from './context.js';
import { ORIGIN_NAMES, safeguardsOf } from './sharing.js';
import { transfersView } from './transfers.js';

export function ownLocationsView(c: ViewContext) {
  const own = c.facts.transfers.own;
  if (own.length === 0) return null;
  const items = own.map((o) => {
    const safeguards = o.entity === 'affiliate' ? safeguardsOf(c, ownRecipient(o)) : [];
    return {
      country: upperFirst(countryName(o.country)),
      what: o.what,
      entity: o.entity,
      safeguards: safeguards.map((s) => ({ origin: ORIGIN_NAMES[s.origin], label: s.label })),
      copyable: safeguards.some((s) => COPYABLE.has(s.id)),
    };
  });
  const transfers = transfersView(c);
  const copyPrinted = !!transfers?.eea?.copyHow;
  return {
    // The section's heading comes from the transfers partial when it has anything to say.
    heading: transfers === null,
    items,
    copyHow: !copyPrinted && items.some((i) => i.copyable) && c.facts.transfers.copyHow ? sentence(c.facts.transfers.copyHow) : undefined,
  };
}
