import type { ServiceEntry } from '../catalog/types.js';
import { isVisible, effectiveAnswers, formFields } from '../answers/visibility.js';
import { evaluateCondition } from '../answers/conditions.js';
import { cookieKindOf, fieldForItem, setsCookiesOf } from '../answers/item-filters.js';
import type { AnswerValue, Answers, FieldValue, RecordsValue } from '../answers/types.js';
import { NOT_SURE, type QuestionBank } from '../questions/types.js';
import type { Vocabulary } from '../vocabulary/load.js';
import { decideApplicability } from './applicability.js';
import type { PolicyFacts, ServiceFacts, Tri } from './types.js';
import { EEA } from './transfers.js';
import { compareNamesIgnoringCase } from '../compare-names.js';

export interface FactsContext {
  bank: QuestionBank;
  vocabulary: Vocabulary;
  /** catalog lookup by service id */
  service: (id: string) => ServiceEntry | undefined;
  /** ISO date of this run */
  today: string;
  /** services found by the scan, if one ran */
  detected?: PolicyFacts['detected'];
  /** service ids the user dismissed from the scan */
  dismissed?: string[];
}

/** EEA countries plus the UK: transfers among them need no safeguard for EEA/UK data. */
export const isEeaOrUk = (country: string | undefined): boolean => !!country && (EEA.has(country.toUpperCase()) || ['GB', 'UK', 'EU', 'EEA'].includes(country.toUpperCase()));

/** Text that says something: a letter or a digit (a lone BOM, a zero-width space or "..." is no answer). */
const readable = (text: string) => /[\p{L}\p{N}]/u.test(text);
const str = (v: AnswerValue | FieldValue | undefined): string | undefined =>
  typeof v === 'string' && v !== NOT_SURE && readable(v) ? v : typeof v === 'number' ? String(v) : undefined;
const list = (v: AnswerValue | FieldValue | undefined): string[] => (Array.isArray(v) ? v.filter((x) => x !== NOT_SURE && (typeof x !== 'string' || readable(x))) : []);
const tri = (v: AnswerValue | FieldValue | undefined): Tri => (v === NOT_SURE ? 'unsure' : typeof v === 'boolean' ? v : undefined);
/** A records answer with own keys only, so an item named "constructor" or "toString" is just an item. */
const records = (v: AnswerValue | undefined): RecordsValue => {
  const own: RecordsValue = Object.create(null);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return own;
  for (const [key, row] of Object.entries(v)) own[key] = row && typeof row === 'object' && !Array.isArray(row) ? Object.assign(Object.create(null), row) : Object.create(null);
  return own;
};
function pick<T extends string>(v: AnswerValue | FieldValue | undefined, allowed: readonly T[]): T | undefined {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** Normalises raw answers into PolicyFacts: only visible answers count; "Not sure yet" becomes undefined/'unsure'. */
export function buildFacts(raw: Answers, ctx: FactsContext): PolicyFacts {
  const a = effectiveAnswers(ctx.bank, raw);
  const v = ctx.vocabulary;
  const term = (listName: keyof Vocabulary, id: string) => v[listName].find((t) => t.id === id);

  const regions = list(a['audience.regions']);
  const country = str(a['org.country']);
  const org: PolicyFacts['org'] = {
    legalName: str(a['org.legalName']),
    tradingName: str(a['org.tradingName']),
    address: str(a['org.address']),
    country,
    email: str(a['org.email']),
    contactForm: str(a['org.contactForm']),
    tollFree: str(a['org.tollFree']),
    hasDpo: tri(a['org.hasDpo']),
    dpoName: str(a['org.dpoName']),
    dpoEmail: str(a['org.dpoEmail']),
    privacyOfficer: str(a['org.privacyOfficer']),
    euRepresentative: str(a['org.euRepresentative']),
    ukRepresentative: str(a['org.ukRepresentative']),
    supervisoryAuthority: str(a['org.supervisoryAuthority']),
    establishedInEea: !!country && EEA.has(country),
  };
  const product: PolicyFacts['product'] = {
    name: str(a['product.name']),
    url: str(a['product.url']),
    kinds: list(a['product.kinds']),
    platforms: list(a['product.platforms']),
    audienceType: pick(a['product.audienceType'], ['b2c', 'b2b', 'both'] as const),
    processorRole: tri(a['product.processorRole']),
    selfHosted: pick(a['product.selfHosted'], ['no', 'also', 'only'] as const),
    selfHostedData: list(a['product.selfHostedData']),
    selfHostedBasis: str(a['product.selfHostedBasis']),
    selfHostedBasisLabel: term('legalBases', str(a['product.selfHostedBasis']) ?? '')?.label,
    selfHostedInterest: str(a['product.selfHostedBasis']) === 'legitimate-interests' ? str(a['product.selfHostedInterest']) : undefined,
    selfHostedRetention: str(a['product.selfHostedRetention']),
    accounts: tri(a['product.accounts']),
    deletion: list(a['product.accountDeletion']),
  };

  const dataDetails = records(a['data.details']);
  const data = list(a['data.categories']).map((id) => {
    const d = dataDetails[id] ?? {};
    const t = term('dataCategories', id);
    return {
      id,
      // A label no wider than the answers: "Messages you send us" once the product is known to carry none between users.
      label: typeof t?.narrowLabel === 'string' && typeof t.narrowWhenFalse === 'string' && a[t.narrowWhenFalse] === false ? t.narrowLabel : (t?.label ?? id),
      ccpaCategory: (t?.ccpa as string | undefined) ?? 'Identifiers',
      items: str(d.items),
      sources: list(d.sources),
      required: pick(d.required, ['required', 'optional', 'automatic'] as const),
      ifMissing: str(d.ifMissing),
      purposes: list(d.purposes),
      retention: str(d.retention),
      // Some categories are SPI only on a further answer (messages are SPI when they are not addressed to the business).
      ccpaSpi: typeof t?.ccpaSpi === 'string' && (typeof t.ccpaSpiWhen !== 'string' || a[t.ccpaSpiWhen] === true) ? t.ccpaSpi : undefined,
    };
  });

  const purposeDetails = records(a['purposes.details']);
  const purposes = list(a['purposes.list']).map((id) => {
    const p = purposeDetails[id] ?? {};
    const basis = str(p.basis);
    const basisTerm = basis ? term('legalBases', basis) : undefined;
    return {
      id,
      label: term('purposes', id)?.label ?? id,
      basis,
      basisLabel: basisTerm?.label,
      basisCitation: basisTerm?.citation as string | undefined,
      interest: basis === 'legitimate-interests' ? str(p.interest) : undefined,
    };
  });

  const sensitiveDetails = records(a['data.sensitiveDetails']);
  const sensitive = list(a['data.sensitive']).map((id) => {
    const t = term('sensitiveCategories', id);
    const d = sensitiveDetails[id] ?? {};
    return {
      id,
      label: t?.label ?? id,
      gdpr9: t?.gdpr9 === true,
      cpraSpi: t?.cpraSpi === true,
      ccpaSpi: t?.cpraSpi === true && typeof t.ccpaSpi === 'string' ? t.ccpaSpi : undefined,
      purpose: str(d.purpose),
      condition: str(d.condition),
      infers: tri(d.infers),
    };
  });

  const serviceDetails = records(a['services.details']);
  const serviceIds = [...list(a['services.used']), ...list(a['services.custom'])];
  // Sorted by name: the order of a multiselect answer carries no meaning, and must not churn the policy's text.
  const services: ServiceFacts[] = [...new Set(serviceIds)].map((id) => {
    const entry = ctx.service(id);
    const d = serviceDetails[id] ?? {};
    const role = pick(d.role, ['processor', 'third-party'] as const);
    return {
      id,
      name: entry?.name ?? id,
      fromCatalog: !!entry,
      entity: entry?.entity,
      category: entry?.category,
      role,
      purposes: d.purposes !== undefined ? list(d.purposes) : (entry?.purposes ?? []),
      data: d.data !== undefined ? list(d.data) : (entry?.data ?? []),
      location: str(d.location) ?? entry?.country,
      safeguard: str(d.safeguard),
      ukSafeguard: str(d.ukSafeguard),
      chSafeguard: str(d.chSafeguard),
      dpa: role === 'processor' ? pick(d.dpa, ['signed', 'not-signed'] as const) : undefined,
      policyUrl: str(d.policyUrl) ?? entry?.privacyPolicy,
      dpaUrl: entry?.dpa,
      sellingOrSharing: entry?.sellingOrSharing,
      dpf: entry?.dpf,
      // the catalog's word; for a service the user added, their answer to "Does it set cookies…?" (else not known)
      setsCookies: setsCookiesOf(entry, d),
      // the catalog's kind, where the vendor states it; else the user's answer ("What are its cookies for?" or "Does it set cookies…?"), else open
      cookieKind: cookieKindOf(entry, d),
    };
  }).sort((x, y) => compareNamesIgnoringCase(x.name, y.name));

  // A service that has one use and receives a kind of data answered for none of it uses that data
  // for it: so the data's uses include it, and the table of uses agrees with the table of recipients
  // (brazil-ecommerce: Google Analytics gets approximate location to measure use, which the uses table
  // left out). With several uses the answers do not say which one, so nothing is added. GDPR Art. 13(1)(c), (e).
  const listed = new Set(purposes.map((p) => p.id));
  for (const s of services) {
    const use = s.purposes.length === 1 ? s.purposes[0]! : undefined;
    if (!use || !listed.has(use)) continue;
    for (const id of s.data) {
      const d = data.find((x) => x.id === id);
      if (d && d.purposes.length > 0 && !d.purposes.includes(use)) d.purposes.push(use);
    }
  }

  const storage = str(a['transfers.storage']);
  const own = ownLocations(a);
  const countries = [
    ...new Set(
      [...services.map((s) => s.location?.toUpperCase()), ...own.filter((o) => o.entity === 'affiliate').map((o) => o.country)]
        .filter((c): c is string => !!c && /^[A-Z]{2}$/.test(c) && !isEeaOrUk(c)),
    ),
  ].sort();

  const ccpaRaw = a['audience.ccpaThresholds'];
  const base = {
    regions,
    org,
    product,
    data,
    sensitive,
    children: {
      audience: pick(a['audience.children'], ['no', 'teens', 'mixed', 'children'] as const),
      minimumAge: typeof a['audience.minimumAge'] === 'number' ? a['audience.minimumAge'] : undefined,
      knowsUnder16: tri(a['audience.knowsUnder16']),
    },
    cookies: {
      kinds: list(a['cookies.kinds']),
      consent: pick(a['cookies.consent'], ['opt-in', 'opt-out', 'none'] as const),
      dnt: pick(a['cookies.dnt'], ['honoured', 'ignored', 'no-tracking'] as const),
      gpc: pick(a['cookies.gpc'], ['honoured', 'not-yet', 'not-applicable'] as const),
    },
  };
  const regionsRaw = a['audience.regions'];
  const { laws, usStates } = decideApplicability({
    regionsUnsure: regionsRaw === NOT_SURE || (Array.isArray(regionsRaw) && regionsRaw.includes(NOT_SURE)),
    ...base,
    ccpaThresholds: ccpaRaw === NOT_SURE ? 'unsure' : Array.isArray(ccpaRaw) ? ccpaRaw : undefined,
    usStateCodes: a['audience.usStates'] === NOT_SURE ? 'unsure' : Array.isArray(a['audience.usStates']) ? list(a['audience.usStates']) : undefined,
    usStateVolumes: Object.fromEntries(Object.entries(records(a['audience.usStateVolumes'])).map(([code, row]) => [code, str(row.volume)])),
    saleShare: str(a['usStates.saleShare']),
    revenueOver25m: tri(a['audience.revenueOver25m']),
    sells: tri(a['sharing.sells']),
    today: ctx.today,
    smallBusiness: tri(a['audience.smallBusiness']),
    australiaCovered: tri(a['audience.australiaCovered']),
  });

  return {
    today: ctx.today,
    effectiveDate: str(a['policy.effectiveDate']),
    ...base,
    laws,
    usStates,
    purposes,
    services,
    otherRecipients: list(a['sharing.otherRecipients']),
    sells: tri(a['sharing.sells']),
    shares: tri(a['sharing.shares']),
    financialIncentive: tri(a['sharing.financialIncentive']),
    transfers: {
      origins: [
        ...(laws.gdpr.applies === true ? (['eea'] as const) : []),
        ...(laws['uk-gdpr'].applies === true ? (['uk'] as const) : []),
        ...(regions.includes('switzerland') ? (['ch'] as const) : []),
      ],
      storage,
      copyHow: str(a['transfers.copyHow']),
      countries,
      own,
    },
    security: {
      measures: list(a['security.measures']),
      breachProcess: pick(a['security.breachProcess'], ['written', 'informal', 'none'] as const),
      breachNotice: pick(a['security.breachNotice'], ['as-law', 'all-affected'] as const),
      breachNoticeHours: hours(a['security.breachNoticeHours']),
    },
    nonUsers: {
      kinds: list(a['nonUsers.kinds']),
      notice: pick(a['nonUsers.notice'], ['first-message', 'within-month', 'public-only'] as const),
      basis: str(a['nonUsers.basis']),
      basisLabel: term('legalBases', str(a['nonUsers.basis']) ?? '')?.label,
      interest: str(a['nonUsers.interest']),
    },
    google: {
      data: list(a['google.data']),
      uses: list(a['google.uses']),
      retention: str(a['google.retention']),
    },
    rights: {
      methods: list(a['rights.methods']),
      responseTime: pick(a['rights.responseTime'], ['15-days', '30-days', '45-days'] as const),
      verification: str(a['rights.verification']),
      agents: tri(a['rights.agents']),
      appeals: str(a['rights.appeals']),
      complaints: tri(a['rights.complaints']),
    },
    ai: {
      automatedDecisions: tri(a['ai.automatedDecisions']),
      logic: str(a['ai.logic']),
      profiling: tri(a['ai.profiling']),
      training: pick(a['ai.training'], ['no', 'opt-out', 'opt-in', 'yes'] as const),
    },
    marketing: {
      emails: pick(a['marketing.emails'], ['none', 'opt-in', 'customers', 'everyone'] as const),
      optOut: list(a['marketing.optOut']),
    },
    changes: { notify: list(a['changes.notify']) },
    answers: a,
    detected: ctx.detected ?? [],
    dismissed: ctx.dismissed ?? [],
    ...openAnswers(ctx.bank, a, ctx.service),
  };
}

/** A whole, positive number of hours; anything else is no commitment. */
const hours = (v: AnswerValue | undefined): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** The business's own locations abroad, one per two-letter country answered (other text is no country). */
function ownLocations(a: Answers): PolicyFacts['transfers']['own'] {
  const details = records(a['transfers.ownDetails']);
  const codes = [...new Set(list(a['transfers.ownCountries']).map((c) => String(c).trim().toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)))];
  return codes.sort().map((country) => {
    // The form is keyed by the country as typed ("ph" or "PH").
    const row = details[country] ?? Object.entries(details).find(([k]) => k.trim().toUpperCase() === country)?.[1] ?? {};
    const entity = pick(row.entity, ['same', 'affiliate'] as const);
    return {
      country,
      what: pick(row.what, ['servers', 'office', 'remote-staff'] as const),
      entity,
      // A safeguard is asked only for a separate company of the group; a stale one is ignored.
      safeguard: entity === 'affiliate' ? str(row.safeguard) : undefined,
      ukSafeguard: entity === 'affiliate' ? str(row.ukSafeguard) : undefined,
      chSafeguard: entity === 'affiliate' ? str(row.chSafeguard) : undefined,
    };
  });
}

/** Which shown questions (and records fields) are "Not sure yet" or required but empty. */
export function openAnswers(bank: QuestionBank, a: Answers, service: (id: string) => ServiceEntry | undefined = () => undefined): { unsure: string[]; missing: string[] } {
  const unsure: string[] = [];
  const missing: string[] = [];
  const empty = (v: AnswerValue | FieldValue | undefined) => v === undefined || (typeof v === 'string' && v !== NOT_SURE && !readable(v)) || (Array.isArray(v) && v.length === 0);
  for (const q of bank.questions) {
    if (!isVisible(q, a)) continue;
    const value = a[q.id];
    if (value === NOT_SURE || (Array.isArray(value) && value.includes(NOT_SURE))) {
      unsure.push(q.id);
      continue;
    }
    if (q.type !== 'records') {
      if (q.required && empty(value)) missing.push(q.id);
      continue;
    }
    const recs = records(value);
    const items = (q.itemsFrom ?? []).flatMap((ref) => list(a[ref]));
    for (const item of items) {
      const row = recs[item] ?? {};
      for (const field of formFields(q, a)) {
        if (!fieldForItem(field, item, service)) continue;
        if (field.when && !evaluateCondition(field.when, (id) => row[id])) continue;
        const fv = row[field.id];
        if (fv === NOT_SURE) unsure.push(`${q.id}.${item}.${field.id}`);
        else if (field.required && empty(fv) && !(field.type === 'confirm' && typeof fv === 'boolean')) missing.push(`${q.id}.${item}.${field.id}`);
      }
    }
  }
  return { unsure, missing };
}
