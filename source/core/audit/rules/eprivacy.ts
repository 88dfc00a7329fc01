// ePrivacy Directive 2002/58/EC (cookies, electronic marketing): reference §3, with the UK's PECR twins (§2).
import type { LawId, PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule, RuleMessage } from '../types.js';

const NON_ESSENTIAL = new Set(['preferences', 'analytics', 'advertising']);
const nonEssential = (f: PolicyFacts) => f.cookies.kinds.filter((k) => NON_ESSENTIAL.has(k));

function cookiesWithoutConsent(f: PolicyFacts): string | null {
  const kinds = nonEssential(f);
  if (kinds.length === 0 || (f.cookies.consent !== 'opt-out' && f.cookies.consent !== 'none')) return null;
  return `You set ${kinds.join(', ')} cookies ${f.cookies.consent === 'none' ? 'without asking' : 'by default and let people turn them off'}. Non-essential cookies and SDK identifiers need consent before they are set: add a banner that blocks them until the user agrees, with "Reject" as easy as "Accept".`;
}

function marketingWithoutUnsubscribe(f: PolicyFacts): string | null {
  if (f.marketing.emails === undefined || f.marketing.emails === 'none' || f.marketing.optOut.includes('unsubscribe-link')) return null;
  return f.marketing.emails === 'customers'
    ? 'You email existing customers without their opt-in, which is allowed only if every message carries an easy way to opt out. Add an unsubscribe link to every marketing message.'
    : 'Your marketing messages have no unsubscribe link. Every marketing message must let people opt out easily; add an unsubscribe link.';
}

function analyticsExemption(f: PolicyFacts): string | null {
  return f.cookies.kinds.includes('analytics')
    ? 'The Data (Use and Access) Act 2025 lets UK sites set some analytics cookies without consent if they explain them clearly and offer a simple way to object. Check the exemption\'s scope and start date before relying on it; until then, ask for consent.'
    : null;
}

/** Services that store or read information on the device beyond what is strictly necessary. */
export const deviceAccessServices = (f: PolicyFacts) =>
  f.services.filter((s) => s.setsCookies === true && s.cookieKind !== undefined && s.cookieKind !== 'essential');

/**
 * C-40 / EP-5-3-BASIS (EDPB Opinion 5/2019; Planet49): storing or reading on the device needs Art. 5(3)
 * consent whatever the Art. 6 basis of the later processing. A purpose on legitimate interests or contract
 * served by such an SDK is lawful only if the SDK runs after consent.
 */
function deviceAccessWithoutConsent(f: PolicyFacts): string[] {
  if (f.cookies.consent === 'opt-in') return [];
  const sdks = deviceAccessServices(f);
  return f.purposes
    .filter((p) => p.basis !== undefined && p.basis !== 'consent')
    .flatMap((p) => {
      const via = sdks.filter((s) => s.purposes.includes(p.id));
      return via.length === 0
        ? []
        : [`For "${p.label}" you rely on ${p.basisLabel?.toLowerCase() ?? p.basis}, through ${via.map((s) => s.name).join(', ')}, which ${via.length === 1 ? 'stores or reads' : 'store or read'} information on the device. That needs consent first (ePrivacy Art. 5(3)) whatever the basis of the later use: load ${via.length === 1 ? 'it' : 'them'} only after the user agrees, and answer that cookies need consent.`];
    });
}

const banner: Action = { id: 'cookie-consent-banner', due: 'engineering', text: 'Add a cookie consent banner that blocks non-essential cookies, pixels and SDK identifiers until the user agrees; make rejecting as easy as accepting, log consent and let people change their mind.' };
const unsubscribe: Action = { id: 'unsubscribe-link', due: 'engineering', text: 'Put a working unsubscribe link in every marketing message.' };

const cookieConsentRule = (id: string, law: LawId, citation: string): Rule => ({ id, law, severity: 'error', citation, fix: ['cookies.consent'], action: banner, check: cookiesWithoutConsent });
const marketingRule = (id: string, law: LawId, citation: string): Rule => ({ id, law, severity: 'error', citation, fix: ['marketing.optOut'], action: unsubscribe, check: marketingWithoutUnsubscribe });

/**
 * A service that sets cookies of a kind the catalog leaves open (its vendor does not say whether they are
 * strictly necessary) and the answers do not give yet: the cookie table lists them as not classified yet,
 * so say what that asks of the team. Answering "What are its cookies for?" in the services table settles it.
 * A service the user added whose answer to "Does it set cookies…?" is "Not sure yet" (or missing) is the
 * same case one step earlier: nobody knows yet whether it sets any, so the same caution applies.
 */
const unclassified = (f: PolicyFacts) => f.services.filter((s) => (s.setsCookies === true && s.cookieKind === undefined) || s.setsCookies === 'not-sure');
const CUSTOM_QUESTION = '"Does it set cookies or similar on people\'s devices?"';
/**
 * One finding per service for the EU and the UK together: the two rules printed the same message
 * twice, the UK one citing "Art. 5(3)" of a directive that does not bind UK sites. The UK twin speaks
 * only where the EU rules do not apply; the message names the provision of each law that applies.
 */
function unclassifiedCookies(f: PolicyFacts): RuleMessage[] {
  const eu = f.laws.eprivacy.applies === true;
  const uk = f.laws.pecr.applies === true;
  const law = [eu ? 'ePrivacy Directive Art. 5(3)' : '', uk ? 'PECR reg. 6' : ''].filter(Boolean).join('; ') || 'Art. 5(3)';
  return unclassifiedMessages(f, law);
}
const unclassifiedCookiesUk = (f: PolicyFacts): RuleMessage[] => (f.laws.eprivacy.applies === true ? [] : unclassifiedMessages(f, 'PECR reg. 6'));

function unclassifiedMessages(f: PolicyFacts, law: string): RuleMessage[] {
  const asked = f.cookies.consent === 'opt-in' ? ', as your policy says of non-essential cookies' : '';
  return unclassified(f).map((s) =>
    s.setsCookies === 'not-sure'
      ? {
          message: `You have not said whether ${s.name} sets cookies or similar on people's devices, so the cookie table lists it as not confirmed yet. Only cookies strictly necessary for what the person asked for may be set without consent (${law}): until you know, load ${s.name} only after the user agrees${asked}. Once you know, answer ${CUSTOM_QUESTION} for ${s.name} in the services table.`,
          cell: { item: s.id, field: 'cookies' },
        }
      : {
          message: `${s.name} sets cookies, but its vendor does not say whether they are strictly necessary, so the cookie table lists them as not classified yet. Only cookies strictly necessary for what the person asked for may be set without consent (${law}): until you know, load ${s.name} only after the user agrees${asked}. Once you know, answer "What are its cookies for?" for ${s.name} in the services table.`,
          cell: { item: s.id, field: 'cookieKind' },
        },
  );
}
const classifyTask = (f: PolicyFacts): Action[] =>
  unclassified(f).map((s) =>
    s.setsCookies === 'not-sure'
      ? { id: `classify-cookies-${s.id}`, due: 'publish', text: `Find out whether ${s.name} sets cookies, local storage or an SDK identifier on people's devices, and whether they are strictly necessary for what the user asked for (its documentation or support), then answer ${CUSTOM_QUESTION} in the services table; until then, load it only after consent.` }
      : { id: `classify-cookies-${s.id}`, due: 'publish', text: `Find out whether ${s.name}'s cookies are strictly necessary for what the user asked for (its documentation or support), then answer "What are its cookies for?" in the services table; until then, load it only after consent.` },
  );

export const eprivacyRules: Rule[] = [
  cookieConsentRule('EP-5-3', 'eprivacy', 'ePrivacy Directive Art. 5(3)'),
  cookieConsentRule('EP-5-3-uk', 'pecr', 'PECR reg. 6'),
  // Marketing rules follow the people (EEA/UK users), not device storage, so they hang on the GDPR.
  marketingRule('EP-13', 'gdpr', 'ePrivacy Directive Art. 13(2)'),
  marketingRule('EP-13-uk', 'uk-gdpr', 'PECR regs 22–23'),
  { id: 'C-40', law: 'eprivacy', severity: 'error', citation: 'ePrivacy Directive Art. 5(3); EDPB Opinion 5/2019; CJEU C-673/17 Planet49; EDPB Guidelines 2/2023', covers: ['EP-5-3-BASIS', 'EP-5-3-SCOPE'], fix: ['cookies.consent', 'purposes.details'], action: banner, check: deviceAccessWithoutConsent },
  { id: 'C-40-uk', law: 'pecr', severity: 'error', citation: 'PECR reg. 6', fix: ['cookies.consent', 'purposes.details'], action: banner, check: deviceAccessWithoutConsent },
  { id: 'EP-5-3-KIND', law: 'eprivacy', severity: 'warning', citation: 'ePrivacy Directive Art. 5(3); EDPB Guidelines 2/2023; PECR reg. 6', fix: ['services.details'], check: unclassifiedCookies },
  { id: 'EP-5-3-KIND-uk', law: 'pecr', severity: 'warning', citation: 'PECR reg. 6', fix: ['services.details'], check: unclassifiedCookiesUk },
  { id: 'UK-PECR-6', law: 'pecr', severity: 'warning', unverified: true, citation: 'PECR reg. 6, as amended by DUAA 2025', fix: ['cookies.consent'], check: analyticsExemption },
];

function cookieTasks(f: PolicyFacts): Action[] {
  const tasks: Action[] = [];
  if (nonEssential(f).length > 0) tasks.push(banner);
  if (f.cookies.kinds.length > 0)
    tasks.push({ id: 'cookie-table', due: 'publish', text: 'Publish a cookie table: each cookie or SDK identifier, who sets it (you or a third party), its purpose and how long it lasts.' });
  return [...tasks, ...classifyTask(f)];
}

export const eprivacyObligations: Obligation[] = [
  { id: 'EP-5-3-INFO', law: 'eprivacy', citation: 'ePrivacy Directive Art. 5(3); CJEU C-673/17 Planet49', covers: ['EP-5-3'], tasks: cookieTasks },
  { id: 'EP-5-3-INFO-uk', law: 'pecr', citation: 'PECR reg. 6', covers: ['EP-5-3-uk'], tasks: cookieTasks },
];
