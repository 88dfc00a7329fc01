// GDPR duties around facts the policy states beyond the core notice: the breach commitment
// (GDPR-33-34-PP, C-45), the business's own locations abroad (Art. 44-46), people who are not
// users (Art. 14) and a self-hosted edition (controller and processor roles, GDPR-ROLE-DUAL).
import type { OwnLocationFacts, PolicyFacts } from '../../facts/types.js';
import { COPYABLE, ORIGINS, ownRecipient, ownTransfer, safeguardCovers, safeguardFor, type Origin } from '../../facts/transfers.js';
import type { Obligation, Rule } from '../types.js';
import { countryName, joinWords } from '../../render/format.js';

const ORIGIN_NAME: Record<Origin, string> = { eea: 'the EEA', uk: 'the UK', ch: 'Switzerland' };
const FIELD: Record<Origin, string> = { eea: 'safeguard', uk: 'ukSafeguard', ch: 'chSafeguard' };
const isOpen = (f: PolicyFacts, id: string) => f.missing.includes(id) || f.unsure.includes(id);
/** The item key of an own location in the transfers.ownDetails form (as typed, usually upper case). */
const itemOf = (o: OwnLocationFacts) => o.country;

/** C-45: a fixed deadline longer than 72 hours may be later than "without undue delay" (Art. 34(1)). */
function lateBreachDeadline(f: PolicyFacts): string | null {
  const typed = f.answers['security.breachNoticeHours'];
  // 0, negative or fractional hours would be dropped from the policy without a word: say so.
  if (typeof typed === 'number' && f.security.breachNoticeHours === undefined) return `"${typed}" is not a number of hours the policy can promise. Give whole hours (for example 48), or leave it empty to say "without undue delay".`;
  const hours = f.security.breachNoticeHours;
  if (hours === undefined || hours <= 72) return null;
  return `Your policy would promise to tell people within ${hours} hours of a breach. When a breach puts people at high risk, the GDPR asks you to tell them without undue delay, and the authority within 72 hours; a fixed ${hours} hours may be later than that. Shorten the deadline your plan commits to, or leave the hours empty.`;
}

/** Art. 44-46: a company of the group outside Europe receives data with no safeguard that covers it. */
function ownTransfersUncovered(f: PolicyFacts): string[] {
  const problems: string[] = [];
  for (const o of f.transfers.own.filter(ownTransfer)) {
    for (const origin of ORIGINS.filter((x) => f.transfers.origins.includes(x))) {
      const id = safeguardFor(ownRecipient(o), origin);
      if (id === undefined && isOpen(f, `transfers.ownDetails.${itemOf(o)}.${FIELD[origin]}`)) continue; // the generic finding says it
      if (!safeguardCovers(ownRecipient(o), origin, id)) {
        problems.push(
          id === undefined
            ? `Your group company in ${countryName(o.country)} receives data from ${ORIGIN_NAME[origin]}, but no transfer safeguard is given for it. Choose the one you use, usually standard contractual clauses or binding corporate rules.`
            : `The safeguard given for your group company in ${countryName(o.country)} ("${id}") does not cover data from ${ORIGIN_NAME[origin]} going there. Choose the one you actually use for that data.`,
        );
      }
    }
  }
  const copyable = f.transfers.own.filter(ownTransfer).filter((o) => ORIGINS.some((x) => f.transfers.origins.includes(x) && COPYABLE.has(safeguardFor(ownRecipient(o), x) ?? '')));
  if (copyable.length > 0 && !f.transfers.copyHow && !isOpen(f, 'transfers.copyHow')) {
    problems.push(`Transfers to your group company in ${joinWords(copyable.map((o) => countryName(o.country)))} rely on contractual safeguards, so the policy must say how people can get a copy of them. Say how (for example "email us").`);
  }
  return problems;
}

/** Art. 14(2)(f): data about people who are not users comes from someone else, never from them. */
function nonUserSourceIsThem(f: PolicyFacts): string | null {
  const row = f.data.find((d) => d.id === 'non-users');
  return row?.sources.includes('user')
    ? 'Data about people who are not your users is given as coming from the person, so the policy would tell them they gave it to you. It comes from your users (or partners): choose that source instead.'
    : null;
}

/** Art. 6(1)(b), 14(1)(c): people who are not users have no contract with you. */
function nonUserContract(f: PolicyFacts): string | null {
  return f.data.some((d) => d.id === 'non-users') && f.nonUsers.basis === 'contract'
    ? 'You give "performance of a contract" as the basis for the data of people who are not your users, but they have no contract with you. Choose the basis you rely on, usually legitimate interests (name the interest, e.g. "connecting the calls our users make").'
    : null;
}

/** Art. 14(5)(b): relying on the disproportionate-effort exemption must be assessed and written down. */
function publicNoticeOnly(f: PolicyFacts): string | null {
  return f.data.some((d) => d.id === 'non-users') && f.nonUsers.notice === 'public-only'
    ? 'You tell people who are not users about their data only through this policy. That is allowed only where telling each of them is impossible or would need disproportionate effort (Art. 14(5)(b)); write down why that is so and what else you do to protect them, such as keeping little and deleting early.'
    : null;
}

/** GDPR-ROLE-DUAL: with only a self-hosted edition, customers' data never reaches you, so you are not their processor for it. */
function selfHostedProcessor(f: PolicyFacts): string | null {
  return f.product.selfHosted === 'only' && f.product.processorRole === true
    ? 'You say business customers store their data in your product, but it is only self-hosted: the data in their instances never reaches you, so you are not their processor for it. Answer "no" to the customer-data question unless you also hold their data, for example for support.'
    : null;
}

/** Art. 13(1)(c), 14(1)(d): what a self-hosted instance sends (IP addresses, instance IDs) must be in "What we collect". */
function selfHostedDataUndeclared(f: PolicyFacts): string | null {
  const identifying = f.product.selfHostedData.filter((x) => x === 'licence' || x === 'updates' || x === 'telemetry');
  if (identifying.length === 0 || f.data.some((d) => d.id === 'device')) return null;
  return 'Self-hosted instances send you IP addresses or instance IDs (licence checks, update checks or usage statistics), but "Device and network identifiers" is not among the data you collect. Add it, so the policy lists what you receive.';
}

/** An own country typed as a name ("Canada") would silently drop out of the policy: say so. */
function ownCountryNotCode(f: PolicyFacts): string[] {
  const typed = f.answers['transfers.ownCountries'];
  return (Array.isArray(typed) ? typed : [])
    .filter((c) => typeof c === 'string' && !/^\s*[A-Za-z]{2}\s*$/.test(c))
    .map((c) => `"${c}" is not a two-letter country code, so the policy cannot say where your own servers, offices or staff are. Write the code instead (for example CA for Canada, PH for the Philippines).`);
}

const LAW = 'gdpr' as const;

export const gdprNoticeRules: Rule[] = [
  { id: 'C-45', law: LAW, severity: 'warning', citation: 'GDPR Art. 33(1), 34(1)', covers: ['GDPR-33-34-PP'], fix: ['security.breachNoticeHours'], check: lateBreachDeadline },
  { id: 'GDPR-44-OWN', law: LAW, severity: 'error', citation: 'GDPR Art. 44, 46(2)(c), 13(1)(f); EDPB Guidelines 05/2021', fix: ['transfers.ownDetails', 'transfers.copyHow'], check: ownTransfersUncovered },
  { id: 'GDPR-14-2', law: LAW, severity: 'error', citation: 'GDPR Art. 14(2)(f)', fix: ['data.details'], check: nonUserSourceIsThem },
  { id: 'GDPR-14-1', law: LAW, severity: 'error', citation: 'GDPR Art. 6(1)(b), 14(1)(c); EDPB Guidelines 2/2019, paras 26-27', fix: ['nonUsers.basis'], check: nonUserContract },
  {
    id: 'GDPR-14-5',
    law: LAW,
    severity: 'warning',
    citation: 'GDPR Art. 14(5)(b)',
    fix: ['nonUsers.notice'],
    action: { id: 'document-art14-exemption', due: 'publish', text: 'Write down why telling each person who is not a user about their data would be impossible or disproportionate, and what you do instead (publish this policy, keep little, delete early).' },
    check: publicNoticeOnly,
  },
  { id: 'GDPR-ROLE-DUAL', law: LAW, severity: 'warning', citation: 'GDPR Art. 4(7)-(8), 28; EDPB Guidelines 07/2020', fix: ['product.processorRole', 'product.selfHosted'], check: selfHostedProcessor },
  { id: 'OWN-COUNTRY-CODE', law: 'general', severity: 'error', citation: 'GDPR Art. 13(1)(f); APP 1.4(g); Québec Private Sector Act s.8', fix: ['transfers.ownCountries'], check: ownCountryNotCode },
  { id: 'SELF-HOSTED-DATA', law: LAW, severity: 'warning', citation: 'GDPR Art. 13(1)(c), 14(1)(d)', fix: ['data.categories'], check: selfHostedDataUndeclared },
];

export const gdprNoticeObligations: Obligation[] = [
  {
    id: 'GDPR-33-34-PP',
    law: LAW,
    citation: 'GDPR Art. 33(1), 34(1)',
    tasks: (f) => {
      const { breachNotice, breachNoticeHours } = f.security;
      if (f.security.breachProcess !== 'written' || !breachNotice) return [];
      const whom = breachNotice === 'all-affected' ? 'every person whose data a breach affects, whatever the risk' : 'the people affected whenever the law requires it';
      const when = breachNoticeHours !== undefined ? `within ${breachNoticeHours} hours of confirming the breach` : 'without undue delay';
      return [{ id: 'breach-notice-commitment', due: 'engineering', text: `Make your breach plan keep the policy's promise: tell ${whom}, ${when}. Prepare the message and who sends it; the 72-hour deadline is separate and is for the supervisory authority.` }];
    },
  },
  {
    id: 'GDPR-46-OWN',
    law: LAW,
    citation: 'GDPR Art. 46(2)(c), 47; Commission Implementing Decision (EU) 2021/914',
    tasks: (f) =>
      f.transfers.own
        .filter((o) => ownTransfer(o) && (o.safeguard === 'scc' || o.ukSafeguard === 'uk-addendum' || o.ukSafeguard === 'uk-idta' || o.chSafeguard === 'scc-ch'))
        .map((o) => ({ id: `group-transfer-agreement-${o.country.toLowerCase()}`, due: 'contracts', text: `Sign the transfer clauses with your group company in ${countryName(o.country)} (an intra-group agreement with the standard contractual clauses and, for UK data, the UK Addendum or IDTA) and document a transfer impact assessment.` })),
  },
];
