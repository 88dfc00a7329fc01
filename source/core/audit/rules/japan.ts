// Japan: APPI (Act No. 57 of 2003 as amended) and the Telecommunications Business Act: reference §12.
// Every row there is UNVERIFIED, so every rule is marked unverified and the engine caps it at info.
import type { PolicyFacts } from '../../facts/types.js';
import type { Obligation, Rule } from '../types.js';

const abroad = (f: PolicyFacts) => f.transfers.countries.filter((c) => c !== 'JP');
const TRACKING_CATEGORIES = new Set(['analytics', 'product-analytics', 'session-replay', 'advertising']);

const japanRule = (id: string, citation: string, fix: string[], check: Rule['check']): Rule => ({ id, law: 'appi', severity: 'warning', unverified: true, citation, fix, check });

export const japanRules: Rule[] = [
  japanRule('APPI-17-21', 'APPI Art. 17, 21', ['purposes.list'], () =>
    'In Japan, state the purposes of use before you collect data directly from people; a Japanese version of the policy is customary. Check the current APPI requirements.',
  ),
  japanRule('APPI-32', 'APPI Art. 32(1)', ['security.measures'], () =>
    'Japan expects the policy to give your company\'s representative (e.g. the CEO), the request procedures and any fees, your security measures and a complaints contact. Check the current APPI requirements.',
  ),
  japanRule('APPI-27-5', 'APPI Art. 27(5)(iii)', ['sharing.otherRecipients'], (f) =>
    f.otherRecipients.includes('affiliates')
      ? 'You share data within your group. In Japan joint use must be announced with the data items, the joint users, the purpose and the responsible company. Check the current APPI requirements.'
      : null,
  ),
  japanRule('APPI-28', 'APPI Art. 28(2)–(3)', ['services.details'], (f) =>
    abroad(f).length > 0
      ? `Data of people in Japan goes to ${abroad(f).join(', ')}. Before relying on consent for that, tell people the country, its data protection system and the recipient's safeguards. Check the current APPI requirements.`
      : null,
  ),
  japanRule('APPI-31', 'APPI Art. 31', ['sharing.shares', 'cookies.kinds'], (f) =>
    f.shares === true || f.cookies.kinds.includes('advertising')
      ? 'Cookie IDs and similar data passed to a recipient that links them to a person need that person\'s consent in Japan. Check your advertising tags against the current APPI requirements.'
      : null,
  ),
  japanRule('APPI-26', 'APPI Art. 26', ['security.breachProcess'], (f) =>
    f.security.breachProcess !== 'written'
      ? 'Japan requires reporting certain leaks to the Personal Information Protection Commission and telling the people affected. Include this in a written breach plan.'
      : null,
  ),
  japanRule('JP-TBA', 'Telecommunications Business Act Art. 27-12', ['services.used', 'cookies.kinds'], (f) =>
    f.services.some((s) => TRACKING_CATEGORIES.has(s.category ?? '') || s.setsCookies === true) || f.cookies.kinds.some((k) => k === 'analytics' || k === 'advertising')
      ? 'Japan\'s Telecommunications Business Act may require you to publish which user information your tags and SDKs send out, to whom and why. Check whether it applies to you.'
      : null,
  ),
];

export const japanObligations: Obligation[] = [];
