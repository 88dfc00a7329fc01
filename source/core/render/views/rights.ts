// "Your rights" (with how to make a request) and "Your right to object".
import { deletionUrl } from '../../facts/deletion-url.js';
import { stateLaw } from '../../facts/us-state-laws.js';
import type { PolicyFacts } from '../../facts/types.js';
import { phrase, type Phrases } from '../engine.js';
import { joinWords, sentence } from '../format.js';
import { bare, known, type ViewContext } from './context.js';

/**
 * How much longer each law that applies lets a business take, said only for that law's readers:
 * GDPR Art. 12(3); Cal. Civ. Code §1798.130(a)(2)(A) and 11 CCR §7021; the state laws' 45-day
 * extensions (e.g. Va. Code §59.1-577(C)); PIPEDA s.8(3)-(4). Québec (CQLR c. P-39.1 s.32) and
 * Brazil (LGPD Art. 19) allow none, so nothing is said for them.
 */
/** "In the EEA and the UK", "In the EEA" or "In the UK": where the GDPR or UK GDPR applies. */
const europe = (applies: ViewContext['applies']) => (applies('gdpr') && applies('uk-gdpr') ? 'In the EEA and the UK' : applies('gdpr') ? 'In the EEA' : 'In the UK');

/**
 * The US states whose law applies, named when there are one to three ("Connecticut", "Virginia and
 * Colorado"), else "other US states": a reader in Connecticut should not have to guess that
 * "other US states" means theirs.
 */
function usStatePlaces(facts: PolicyFacts): string[] {
  const names = facts.usStates.flatMap((code) => stateLaw(code)?.name ?? []);
  return names.length > 0 && names.length <= 3 ? names : ['other US states'];
}

export function responseExtensions({ eeaOrUk, applies, facts }: ViewContext): { where: string; more: string }[] {
  const out: { where: string; more: string }[] = [];
  if (eeaOrUk) out.push({ where: europe(applies), more: 'up to two more months, if a request is complex or we get many' });
  const us = [...(applies('ccpa') ? ['California'] : []), ...(applies('us-states') ? usStatePlaces(facts) : [])];
  if (us.length) out.push({ where: `In ${joinWords(us)}`, more: 'up to 45 more days, when reasonably necessary' });
  if (applies('pipeda'))
    out.push({
      where: applies('quebec') ? 'In Canada outside Québec' : 'In Canada',
      more: 'up to 30 more days, if answering sooner would unreasonably disrupt our work or we must consult others; longer only to convert the data into a format you need',
    });
  return out;
}

/**
 * When a business may charge for a request or refuse it, said only for the law that allows it:
 * GDPR/UK GDPR Art. 12(5); Cal. Civ. Code §1798.145(h)(3) and the state laws (e.g. Va. Code
 * §59.1-577(D)); PIPEDA s.8(6) and Principle 4.9.4; Québec CQLR c. P-39.1 s.33; Australian
 * Privacy Principle 12.7-12.8; APPI Art. 38. LGPD Art. 18 §5 makes every request free.
 */
export function requestFees({ applies, facts }: ViewContext): string[] {
  const out: string[] = [];
  const states = applies('us-states') ? usStatePlaces(facts) : undefined;
  // GDPR Art. 12(5) and the US laws allow the same: one sentence for every place where one applies.
  // each place once, flat: "In the EEA, the UK, California and other US states" (not "the EEA and the UK, California and …")
  const others = [applies('gdpr') && 'the EEA', applies('uk-gdpr') && 'the UK', applies('ccpa') && 'California'].filter((x): x is string => !!x);
  const places = [...others, ...(states ?? [])];
  // The state laws also let a business refuse repetitive requests (US-ST-FREE); said of them alone when they are the only places.
  const repetitive = !states ? '' : others.length === 0 ? ', excessive or repetitive' : ` or excessive (or, ${states[0] === 'other US states' ? 'under some state laws' : `in ${joinWords(states)}`}, repetitive)`;
  if (places.length) out.push(`In ${joinWords(places)}, if a request is clearly unfounded${repetitive || ' or excessive'}, we may charge a reasonable fee or refuse it.`);
  if (applies('pipeda')) out.push(`In Canada${applies('quebec') ? ' outside Québec' : ''}, if a request would cost you anything, we tell you the approximate cost first, and you can withdraw it.`);
  if (applies('quebec')) out.push('In Québec, access is free; we may charge a reasonable fee only for transcribing, copying or sending the information, and we tell you the amount first.');
  if (applies('australia')) out.push('In Australia, we may charge a reasonable fee for giving you access to your data, never for making the request.');
  if (applies('appi')) out.push('In Japan, we may charge a reasonable fee for disclosing your data to you.');
  return out;
}

/** The rights every privacy law we cover gives in some form, in plain words (GDPR Art. 15-21; Cal. Civ. Code §1798.105-.106, .110; PIPEDA Principle 4.9; LGPD Art. 18). */
export const RIGHTS = [
  { id: 'access', text: 'tell you whether we hold data about you, and give you a copy of it' },
  { id: 'correct', text: 'correct data that is wrong or incomplete' },
  { id: 'delete', text: 'delete your data' },
  { id: 'restrict', text: 'limit how we use your data' },
  { id: 'portability', text: 'send your data to you or to another company in a format a computer can read' },
  { id: 'object', text: 'stop using your data for some purposes' },
] as const;
export type RightId = (typeof RIGHTS)[number]['id'];
export const OPT_OUT = { id: 'opt-out', text: 'stop selling or sharing your data (opt out)' } as const;

/**
 * Which of the rights above each law gives, and where its readers live. A right is printed for the
 * places whose law gives it, never for a reader whose law does not (issue 8: "Your rights" said
 * "delete" and "move" to Canadians, whom PIPEDA gives access and correction only).
 * - GDPR / UK GDPR Art. 15-18, 20, 21: all six.
 * - CCPA: know/access and a portable copy §1798.110, .130(a)(3)(B)(iii); delete §1798.105; correct §1798.106.
 *   Limiting sensitive data (§1798.121) and the opt-out are in the California section.
 * - US state laws (e.g. Va. Code §59.1-577(A)(1)-(4)): confirm and access, correct, delete, a portable copy.
 *   Opting out of targeted ads and profiling is in the states' section.
 * - PIPEDA Principle 4.9 and s.8: access; 4.9.5 amend (correct).
 * - Québec CQLR c. P-39.1 s.27 (access, and since 2024 a structured, commonly used technological
 *   format), s.28 (rectify, and delete data that is out of date or collected unlawfully).
 * - LGPD Art. 18 I-VI, IX and §2: access, correction, blocking or deletion, portability, opposition.
 * - Australian Privacy Principles 12 and 13: access and correction.
 * - India DPDP Act 2023 s.11-12: a summary (access), correction, completion, updating and erasure.
 * - Japan APPI Art. 33-35: disclosure, correction or deletion, ceasing use.
 */
/* `extends`: the law lets a business take longer than its first answer period (responseExtensions). */
type Grant = { law: keyof ViewContext['facts']['laws']; where: string; rights: readonly RightId[]; extends: boolean };
const GRANTS: Grant[] = [
  { law: 'gdpr', where: 'the EEA', rights: ['access', 'correct', 'delete', 'restrict', 'portability', 'object'], extends: true },
  { law: 'uk-gdpr', where: 'the UK', rights: ['access', 'correct', 'delete', 'restrict', 'portability', 'object'], extends: true },
  { law: 'ccpa', where: 'California', rights: ['access', 'correct', 'delete', 'portability'], extends: true },
  { law: 'us-states', where: 'other US states', rights: ['access', 'correct', 'delete', 'portability'], extends: true },
  { law: 'pipeda', where: 'Canada', rights: ['access', 'correct'], extends: true },
  { law: 'quebec', where: 'Québec', rights: ['access', 'correct', 'delete', 'portability'], extends: false },
  { law: 'lgpd', where: 'Brazil', rights: ['access', 'correct', 'delete', 'restrict', 'portability', 'object'], extends: false },
  { law: 'australia', where: 'Australia', rights: ['access', 'correct'], extends: false },
  { law: 'dpdp', where: 'India', rights: ['access', 'correct', 'delete'], extends: false },
  { law: 'appi', where: 'Japan', rights: ['access', 'correct', 'delete', 'restrict'], extends: false },
];
const US_LAWS = new Set<string>(['ccpa', 'us-states']);

/**
 * The rights list for the laws that apply: a right every applicable law gives is said plainly; one
 * only some give names those places; one none gives is left out. With no such law known to apply
 * (regions not answered yet) the whole list stands, hedged by "depending on where you live".
 */
export function rightsFor(laws: Grant[]): { id: RightId; text: string; where?: string }[] {
  if (laws.length === 0) return RIGHTS.map((r) => ({ id: r.id, text: r.text }));
  const out: { id: RightId; text: string; where?: string }[] = [];
  for (const r of RIGHTS) {
    const giving = laws.filter((g) => g.rights.includes(r.id));
    if (giving.length === 0) continue;
    // Canada's federal law and Québec's both apply to Québec readers: "in Québec" is then exact.
    out.push(giving.length === laws.length ? { id: r.id, text: r.text } : { id: r.id, text: r.text, where: joinWords(giving.map((g) => g.where)) });
  }
  return out;
}

/** The opt-out of sale and sharing, a US right: named as such when readers elsewhere get the same list. */
function optOutItem(laws: Grant[]): { id: string; text: string } {
  const us = laws.filter((g) => US_LAWS.has(g.law));
  return us.length < laws.length ? { id: OPT_OUT.id, text: `${OPT_OUT.text} (in ${joinWords(us.map((g) => g.where))})` } : OPT_OUT;
}

/** The summary's words for the same rights: "you can ask for a copy of your data, and ask us to correct, delete or move it, or to limit or stop some uses". */
export function glanceRights(rights: { id: RightId; where?: string }[], hedged: boolean): string {
  const has = (id: RightId) => rights.some((r) => r.id === id);
  const verbs = known([has('correct') ? 'correct' : undefined, has('delete') ? 'delete' : undefined, has('portability') ? 'move' : undefined]);
  const verbList = joinWords(verbs, 'or');
  const uses = known([has('restrict') ? 'limit' : undefined, has('object') ? 'stop' : undefined]);
  const asks = [verbs.length ? `${verbList} it` : undefined, uses.length ? `${verbs.length ? 'or to ' : ''}${joinWords(uses, 'or')} some uses` : undefined].filter(Boolean).join(', ');
  const copy = has('access') ? 'ask for a copy of your data' : '';
  const text = [copy, asks ? `${copy ? 'and ' : ''}ask us to ${asks}` : ''].filter(Boolean).join(', ');
  return `${hedged ? 'depending on where you live, ' : ''}you can ${text}`;
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
  const sellsOrShares = facts.sells === true || facts.shares === true;
  // The opt-out is a right under the CCPA and the state laws (Cal. Civ. Code §1798.120; e.g. Va. Code §59.1-577(A)(5)).
  const optOut = sellsOrShares && (c.applies('ccpa') || c.applies('us-states'));
  const laws = GRANTS.filter((g) => c.applies(g.law));
  const rights = rightsFor(laws);
  // "depending on where you live": some right is not everyone's, or no law is known to apply yet
  const hedged = laws.length === 0 || rights.some((r) => r.where !== undefined);
  const anyConsent = facts.purposes.some((x) => x.basis === 'consent') || facts.cookies.consent === 'opt-in';
  return {
    // One list of rights for the laws that apply; the sections for a law add only what that law adds.
    items: [...rights.map((r) => ({ id: r.id, text: r.where ? `${r.text} (in ${r.where})` : r.text })), ...(optOut ? [optOutItem(laws)] : [])],
    hedged,
    glance: { optOut, consent: anyConsent, summary: glanceRights(rights, hedged) },
    methods,
    responseTime: phrase(p.responseTime, facts.rights.responseTime),
    extensions: responseExtensions(c),
    // one extension said to every reader only when no reader's law forbids extending (Québec s.32, LGPD Art. 19, …)
    extensionForAll: laws.every((g) => g.extends),
    fees: requestFees(c),
    verification: facts.rights.verification ? sentence(facts.rights.verification) : undefined,
    agents: facts.rights.agents === true,
    anyConsent,
    // each way to delete an account, the web form with its address (product.deletionUrl) so readers can find it
    deletion: facts.product.accounts === true ? deletionWays(facts, p) : [],
    complaints: facts.rights.complaints === true,
    email: org.email,
  };
}

/** The ways to delete an account, in the order answered; the web form carries its address when one was given. */
function deletionWays(facts: PolicyFacts, p: Phrases): { before?: string; text: string; url?: string }[] {
  const ways = known(
    facts.product.deletion.map((d) => {
      const text = phrase(p.deletion, d);
      return text === undefined ? undefined : { text, url: d === 'web-form' ? deletionUrl(facts) : undefined };
    }),
  );
  // "a, b or c", as joinWords says it
  return ways.map((w, i) => ({ ...w, before: i === 0 ? undefined : i === ways.length - 1 ? ' or ' : ', ' }));
}

/**
 * The Art. 21 objection notice, set apart as Art. 21(4) asks: a GDPR and UK GDPR right. It is said
 * only where one of them applies, and names the EEA or the UK when readers under other laws get the
 * same policy: LGPD Art. 18 §2 lets people object only to processing without consent that breaks
 * the LGPD (said in the Brazil section), and the CCPA, the state laws and PIPEDA give no such right.
 */
export function objectionView({ facts, eeaOrUk, applies, purposeIds }: ViewContext) {
  const interests = facts.purposes.some((x) => x.basis === 'legitimate-interests' || x.basis === 'public-task');
  const marketing = (facts.marketing.emails !== undefined && facts.marketing.emails !== 'none') || purposeIds.includes('marketing');
  if (!eeaOrUk || !(interests || marketing)) return null;
  const others = GRANTS.some((g) => g.law !== 'gdpr' && g.law !== 'uk-gdpr' && applies(g.law));
  const where = !others ? undefined : applies('gdpr') && applies('uk-gdpr') ? 'the EEA or the UK' : applies('gdpr') ? 'the EEA' : 'the UK';
  return { interests, marketing, where };
}
