// Consistency checks (reference §15): contradictions between answers, or between answers and the law.
// They run for every product ('general') and check inside which laws make them matter.
import type { AnswerValue, FieldValue } from '../../answers/types.js';
import type { LawId, PolicyFacts } from '../../facts/types.js';
import type { Action, Obligation, Rule } from '../types.js';
import { safeguardCovers } from '../../facts/transfers.js';
import { NOT_SURE } from '../../questions/types.js';
import { outsideEeaUk } from './gdpr.js';
import { countryName } from '../../render/format.js';

const applies = (f: PolicyFacts, ...laws: LawId[]) => laws.some((law) => f.laws[law].applies === true);
const europe = (f: PolicyFacts) => applies(f, 'gdpr', 'uk-gdpr');

function revokedPrivacyShield(f: PolicyFacts): string[] {
  if (!europe(f)) return [];
  return f.services
    .filter((s) => s.safeguard === 'dpf' && s.dpf === false)
    .map((s) => `You rely on the EU-US Data Privacy Framework for ${s.name}, but ${s.entity ?? s.name} is not certified under it. Use standard contractual clauses with a transfer impact assessment instead.`);
}

function unknownDpfStatus(f: PolicyFacts): string[] {
  if (!europe(f)) return [];
  return f.services
    .filter((s) => s.safeguard === 'dpf' && s.dpf === undefined && s.location?.toUpperCase() === 'US')
    .map((s) => `You rely on the EU-US Data Privacy Framework for ${s.name}, but we cannot confirm it is certified. Look it up on the DPF List (dataprivacyframework.gov); if it is not active there, use standard contractual clauses.`);
}

const SERVICE_PURPOSES = new Set(['provide-service', 'account', 'payments']);

/** Swiss data sent abroad on a tool that does not cover it: EU-only tools and the EU-US DPF do not (C-37). */
function swissTransferTool(f: PolicyFacts): string[] {
  if (!f.transfers.origins.includes('ch')) return [];
  return f.services
    .filter((s) => s.chSafeguard !== undefined && s.chSafeguard !== NOT_SURE && !safeguardCovers(s, 'ch', s.chSafeguard))
    .map((s) =>
      s.chSafeguard === 'swiss-dpf'
        ? `You rely on the Swiss-US Data Privacy Framework for ${s.name}, but it processes data in ${s.location ? countryName(s.location) : 'an unknown country'} or is not certified. Use the EU standard contractual clauses with the Swiss amendments instead.`
        : `The safeguard you chose for Swiss data going to ${s.name} does not cover a transfer to ${s.location ? countryName(s.location) : 'an unknown country'}. Choose one that does, such as the EU standard contractual clauses with the Swiss amendments.`,
    );
}

function consentForService(f: PolicyFacts): string[] {
  return f.purposes
    .filter((p) => SERVICE_PURPOSES.has(p.id) && p.basis === 'consent')
    .map((p) => `You give consent as the basis for "${p.label}", but the product cannot work without it, so consent would not be free and withdrawing it would break the service. Use "performance of a contract" instead.`);
}

const VAGUE_RETENTION = /^(as long as (necessary|needed|required|we need( it)?)|until no longer (needed|necessary)|indefinitely|forever|permanently|n\/a|tbd|-)\.?$/i;

function vagueRetention(f: PolicyFacts): string[] {
  return f.data
    .filter((d) => d.retention !== undefined && VAGUE_RETENTION.test(d.retention.trim()))
    .map((d) => `For "${d.label}" you keep data "${d.retention}". Give a period or the criteria that decide it, e.g. "while your account is open, then 30 days".`);
}

function childAgeContradictions(f: PolicyFacts): string[] {
  const out: string[] = [];
  const age = f.children.minimumAge;
  if (f.children.knowsUnder16 === true && age !== undefined && age >= 16)
    out.push(`Your minimum age is ${age}, but you know you have users under 16. Either enforce the minimum age (and delete those accounts) or treat the product as used by teenagers.`);
  if (f.children.audience === 'no' && age !== undefined && age < 13)
    out.push(`You say the product is for adults, but your minimum age is ${age}. A product open to children under 13 must follow the children's rules (e.g. COPPA); raise the minimum age to 13 or more, or change your answer about children.`);
  return out;
}

function interestRestatesPurpose(f: PolicyFacts): string[] {
  return f.purposes
    .filter((p) => p.interest !== undefined && [p.id, p.label].some((x) => x.toLowerCase() === p.interest!.trim().toLowerCase().replace(/\.$/, '')))
    .map((p) => `For "${p.label}" the legitimate interest you give just repeats the purpose. Say what you gain from it and why it is fair to the person, e.g. "finding and fixing errors so the product works reliably".`);
}

/**
 * A use listed in purposes.list that no kind of data is answered for: the policy's table of uses
 * shows it with no data (GDPR Art. 13(1)(c); Cal. Civ. Code §1798.100(a)(1)). Only once data.details
 * maps data to uses at all (before that, the data questions are open and say so themselves).
 */
function purposeWithoutData(f: PolicyFacts): string[] {
  if (!f.data.some((d) => d.purposes.length > 0)) return [];
  return f.purposes
    .filter((p) => !f.data.some((d) => d.purposes.includes(p.id)))
    .map((p) => `You listed "${p.label}" as a use of personal data, but no kind of data is used for it in your data answers, so the policy's table of uses shows it with no data. In data.details, add it to the data it needs, or remove it from your uses.`);
}

/**
 * A request channel chosen in rights.methods whose address is not answered: the policy can only
 * print the channels it can point to, so it leaves that one out (brazil-ecommerce chose a web form;
 * the policy offered email alone). GDPR Art. 12(2); Cal. Civ. Code §1798.130(a)(1).
 */
function channelWithoutAddress(f: PolicyFacts): string[] {
  const out: string[] = [];
  if (f.rights.methods.includes('web-form') && !f.org.contactForm)
    out.push('You chose a web form as a way to make privacy requests, but its address is not answered (org.contactForm), so the policy cannot point to it and leaves it out. Give the form\'s URL, or untick the web form.');
  if (f.rights.methods.includes('phone') && !f.org.tollFree)
    out.push('You chose a phone line as a way to make privacy requests, but no number is answered (org.tollFree), so the policy cannot give it and leaves it out. Give the number, or untick the phone line.');
  if (f.rights.methods.includes('post') && !f.org.address)
    out.push('You chose post as a way to make privacy requests, but no postal address is answered (org.address), so the policy cannot give it and leaves it out. Give the address, or untick post.');
  return out;
}

function transferWithNoSafeguard(f: PolicyFacts): string[] {
  if (!europe(f)) return [];
  return f.services
    .filter((s) => outsideEeaUk(s) && s.safeguard === 'none')
    .map((s) => `${s.name} processes data in ${countryName(s.location!)}, outside the EEA and UK, but you answered that there is no transfer. Choose the safeguard you use (Data Privacy Framework, standard contractual clauses, adequacy).`);
}

function undeclaredCookies(f: PolicyFacts): string[] {
  if (!applies(f, 'eprivacy', 'pecr')) return [];
  return f.services
    .filter((s) => s.setsCookies === true && s.cookieKind && s.cookieKind !== 'essential' && !f.cookies.kinds.includes(s.cookieKind))
    .map((s) => `${s.name} sets ${s.cookieKind} cookies, but you did not list ${s.cookieKind} cookies. Add them, so that the policy lists them and you ask for consent before they are set.`);
}

function article9WithoutCondition(f: PolicyFacts): string[] {
  if (!europe(f)) return [];
  return f.sensitive
    .filter((s) => s.gdpr9 && s.condition === 'not-applicable')
    .map((s) => `You collect ${s.label.toLowerCase()}, a special category under GDPR Art. 9, but answered that no Art. 9 condition applies. The GDPR applies to you, so choose the condition you rely on (usually explicit consent).`);
}

function dpoMayBeRequired(f: PolicyFacts): string | null {
  if (!europe(f) || f.org.hasDpo !== false) return null;
  const why = [
    f.sensitive.some((s) => s.gdpr9) ? 'special-category data' : '',
    f.ai.profiling === true ? 'profiling' : '',
    f.shares === true ? 'behavioural advertising' : '',
  ].filter(Boolean);
  return why.length > 0
    ? `You have no Data Protection Officer, but you process ${why.join(', ')}. If this is a core activity on a large scale, a DPO is mandatory; check, and appoint one if so.`
    : null;
}

function onlyEmailDeletion(f: PolicyFacts): string | null {
  // For mobile apps the store rules (APPLE-5.1.1-ii-v, GPLAY-DS-DEL) give the stricter message.
  if (f.product.accounts !== true || applies(f, 'apple', 'google-play')) return null;
  const d = f.product.deletion;
  return d.length > 0 && !d.includes('in-app') && !d.includes('web-form')
    ? 'People can delete their account only by emailing you. Offer a delete option in the product or a web form, so deletion is as easy as sign-up.'
    : null;
}

const PROFILING_PURPOSES = new Set(['personalisation', 'advertising']);

function silentProfiling(f: PolicyFacts): string | null {
  if (f.ai.profiling !== false) return null;
  const signs = [
    ...f.purposes.filter((p) => PROFILING_PURPOSES.has(p.id)).map((p) => `"${p.label}"`),
    ...(f.data.some((d) => d.id === 'inferences') ? ['inferences and preferences data'] : []),
  ];
  return signs.length > 0
    ? `You answered that you do not build profiles, but you list ${signs.join(' and ')}. That is usually profiling; answer yes so the policy explains it and the right to object.`
    : null;
}

const ABSOLUTE_CLAIM = /100\s*%\s*(secure|safe)|completely (secure|safe)|fully secure|totally secure|bank[- ](level|grade)|military[- ]grade|unhackable|never be (hacked|breached)|perfectly secure|guarantee[ds]? (the )?(security|safety)/i;

const texts = (v: AnswerValue | FieldValue): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v).flatMap((row) => Object.values(row).flatMap(texts)) : [];

function absoluteSecurityClaims(f: PolicyFacts): string[] {
  return Object.entries(f.answers)
    .filter(([, v]) => v !== undefined && texts(v).some((t) => ABSOLUTE_CLAIM.test(t)))
    .map(([id]) => `Your answer to ${id} promises absolute security. No system is completely secure, and such claims are misleading; describe the measures you actually take instead.`);
}

const TRAINING = new Set(['yes', 'opt-in', 'opt-out']);

function undisclosedTraining(f: PolicyFacts): string | null {
  const listed = f.purposes.some((p) => p.id === 'ai-training');
  if (f.ai.training && TRAINING.has(f.ai.training) && !listed)
    return 'You train AI models on personal data, but "Training machine-learning or AI models" is not among your purposes. Add it, with its legal basis, so the policy discloses it.';
  if (f.ai.training === 'no' && listed)
    return 'You list AI training as a purpose but answered that you do not train models on personal data. Make the two answers agree.';
  return null;
}

function marketingToEveryone(f: PolicyFacts): string | null {
  return europe(f) && f.marketing.emails === 'everyone'
    ? 'You send marketing to all users by default. In the EEA and UK electronic marketing needs prior consent, except to existing customers about similar products with an opt-out. Send it only to people who opted in, or to customers with an opt-out.'
    : null;
}

function unsignedDpas(f: PolicyFacts): string[] {
  return f.services
    .filter((s) => s.role === 'processor' && s.dpa === 'not-signed')
    .map((s) => `${s.name} processes personal data for you, but you have not signed its data processing agreement. Sign or accept it${s.dpaUrl ? ` (${s.dpaUrl})` : ''}; processing for you without a contract that has the terms of GDPR Art. 28(3) breaks that article, and under US state laws ${s.name} may count as a third party rather than a service provider.`);
}

function quebecDefaultsOn(f: PolicyFacts): string | null {
  return applies(f, 'quebec') && f.answers['intl.quebecDefaults'] === false
    ? 'Your profiling or location features are on by default for people in Québec. Law 25 requires them to start off, with an explanation of how to turn them on; switch them off by default.'
    : null;
}

const actions = {
  signDpas: { id: 'sign-missing-dpas', due: 'contracts', text: 'Sign or accept the data processing agreement of every service provider that handles personal data for you.' },
  quebecDefaults: { id: 'quebec-functions-off-by-default', due: 'engineering', text: 'Keep profiling and location functions off by default for Québec users, tell them these functions exist and how to turn them on.' },
} satisfies Record<string, Action>;

export const consistencyRules: Rule[] = [
  { id: 'C-02', law: 'general', severity: 'error', citation: 'GDPR Art. 45(1), 46(1); Commission Implementing Decision (EU) 2023/1795, Art. 1 (the DPF covers certified organisations only)', fix: ['services.details'], check: revokedPrivacyShield },
  { id: 'GDPR-XFER-CH', law: 'general', severity: 'error', citation: 'FADP art. 16-17; Data Protection Ordinance Annex 1 (Swiss-US DPF from 15 Sept 2024)', covers: ['C-37'], fix: ['services.details'], check: swissTransferTool },
  { id: 'C-02-unknown', law: 'general', severity: 'warning', citation: 'Commission Implementing Decision (EU) 2023/1795', fix: ['services.details'], check: unknownDpfStatus },
  { id: 'C-03', law: 'general', severity: 'error', citation: 'GDPR Art. 6(1)(b); Art. 7(4)', fix: ['purposes.details'], check: consentForService },
  { id: 'C-04', law: 'general', severity: 'error', citation: 'GDPR Art. 13(2)(a); Cal. Civ. Code §1798.100(a)(3)', covers: ['GDPR-13-2-a'], fix: ['data.details'], check: vagueRetention },
  { id: 'C-06', law: 'general', severity: 'warning', citation: 'GDPR Art. 8; 16 CFR §312.2; Cal. Civ. Code §1798.120(c)', fix: ['audience.children', 'audience.minimumAge', 'audience.knowsUnder16'], check: childAgeContradictions },
  { id: 'C-07', law: 'general', severity: 'error', citation: 'GDPR Art. 13(1)(d)', fix: ['purposes.details'], check: interestRestatesPurpose },
  { id: 'C-PURPOSE-DATA', law: 'general', severity: 'warning', citation: 'GDPR Art. 13(1)(c); Cal. Civ. Code §1798.100(a)(1); LGPD Art. 9, I; PIPEDA Sch. 1 cl. 4.8.2(c); 16 CFR §312.4(d)(2)', covers: ['GDPR-13-1-c'], fix: ['data.details', 'purposes.list'], check: purposeWithoutData },
  { id: 'C-08-channel', law: 'general', severity: 'warning', citation: 'GDPR Art. 12(2); Cal. Civ. Code §1798.130(a)(1); LGPD Art. 18 §3; PIPEDA Sch. 1 cl. 4.8.2(b)', covers: ['C-08'], fix: ['rights.methods', 'org.contactForm', 'org.tollFree', 'org.address'], check: channelWithoutAddress },
  { id: 'C-09', law: 'general', severity: 'error', citation: 'GDPR Art. 13(1)(f); Art. 44', fix: ['services.details'], check: transferWithNoSafeguard },
  { id: 'C-10', law: 'general', severity: 'error', citation: 'ePrivacy Directive Art. 5(3); PECR reg. 6', fix: ['cookies.kinds'], check: undeclaredCookies },
  { id: 'C-12', law: 'general', severity: 'error', citation: 'GDPR Art. 9(2)', covers: ['GDPR-9'], fix: ['data.sensitiveDetails'], check: article9WithoutCondition },
  { id: 'C-13', law: 'general', severity: 'warning', citation: 'GDPR Art. 37(1)', covers: ['GDPR-37'], fix: ['org.hasDpo'], check: dpoMayBeRequired },
  { id: 'C-17', law: 'general', severity: 'warning', citation: 'GDPR Art. 12(2); Art. 17', fix: ['product.accountDeletion'], check: onlyEmailDeletion },
  { id: 'C-18', law: 'general', severity: 'warning', citation: 'GDPR Art. 13(2)(f); Art. 21(2)', fix: ['ai.profiling'], check: silentProfiling },
  { id: 'C-19', law: 'general', severity: 'warning', citation: 'FTC Act §5; Google Play User Data policy', fix: [], check: absoluteSecurityClaims },
  { id: 'C-22', law: 'general', severity: 'error', citation: 'GDPR Art. 13(1)(c); Art. 13(3)', fix: ['ai.training', 'purposes.list'], check: undisclosedTraining },
  { id: 'C-23', law: 'general', severity: 'error', citation: 'ePrivacy Directive Art. 13; PECR reg. 22', fix: ['marketing.emails'], check: marketingToEveryone },
  { id: 'C-24', law: 'general', severity: 'error', citation: 'GDPR Art. 28(3)', fix: ['services.details'], action: actions.signDpas, check: unsignedDpas },
  { id: 'C-25', law: 'general', severity: 'error', citation: 'CQLR c. P-39.1 s.8.1, s.9.1', fix: ['intl.quebecDefaults'], action: actions.quebecDefaults, check: quebecDefaultsOn },
];

export const consistencyObligations: Obligation[] = [];
