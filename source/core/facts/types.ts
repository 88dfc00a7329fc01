import type { Answers } from '../answers/types.js';

/** Laws and platform rules the audit knows. */
export const LAWS = [
  'gdpr',
  'uk-gdpr',
  'eprivacy',
  'pecr',
  'ccpa',
  'caloppa',
  'coppa',
  'us-states',
  'lgpd',
  'pipeda',
  'quebec',
  'australia',
  'dpdp',
  'appi',
  'apple',
  'google-play',
] as const;
export type LawId = (typeof LAWS)[number];

/** Whether a law applies, and the reasoning shown to the user. */
export interface Applicability {
  applies: boolean | 'unknown';
  reason: string;
}

/** A yes/no answer that may also be "Not sure yet" (or unanswered). */
export type Tri = boolean | 'unsure' | undefined;

export interface DataCategoryFacts {
  id: string;
  label: string;
  /** CCPA category name (Cal. Civ. Code §1798.140(v)) */
  ccpaCategory: string;
  /** the items the user listed ("email address and phone number"); the policy names nothing more */
  items?: string;
  sources: string[];
  required?: 'required' | 'optional' | 'automatic';
  ifMissing?: string;
  purposes: string[];
  /** undefined when unanswered or "Not sure yet" */
  retention?: string;
  /** the CCPA sensitive-personal-information term (§1798.140(ae)) when this category is SPI as answered */
  ccpaSpi?: string;
}

export interface PurposeFacts {
  id: string;
  label: string;
  /** GDPR Art. 6(1) basis id; undefined when unanswered or unsure */
  basis?: string;
  basisLabel?: string;
  basisCitation?: string;
  interest?: string;
}

export interface SensitiveFacts {
  id: string;
  label: string;
  gdpr9: boolean;
  cpraSpi: boolean;
  /** the CCPA sensitive-personal-information term (§1798.140(ae)), for cpraSpi categories */
  ccpaSpi?: string;
  purpose?: string;
  condition?: string;
  infers: Tri;
}

export interface ServiceFacts {
  /** catalog id, or the name typed by the user for a custom service */
  id: string;
  name: string;
  fromCatalog: boolean;
  entity?: string;
  category?: string;
  role?: 'processor' | 'third-party';
  purposes: string[];
  data: string[];
  /** ISO country code or free text */
  location?: string;
  /** transfer safeguard for data from the EEA, the UK and Switzerland (facts/transfers.ts) */
  safeguard?: string;
  ukSafeguard?: string;
  chSafeguard?: string;
  dpa?: 'signed' | 'not-signed';
  policyUrl?: string;
  dpaUrl?: string;
  /** catalog: using it usually counts as selling/sharing under the CCPA */
  sellingOrSharing?: boolean;
  /** catalog: entity certified under the EU-US Data Privacy Framework */
  dpf?: boolean;
  /** sets cookies or similar on the device: the catalog's word, or for a service the user added their answer ('not-sure' until they give one) */
  setsCookies?: boolean | 'not-sure';
  cookieKind?: string;
}

/** A country where the business's own servers, offices or staff store or access personal data. */
export interface OwnLocationFacts {
  /** ISO country code as answered (upper case) */
  country: string;
  what?: 'servers' | 'office' | 'remote-staff';
  /** 'affiliate': a separate company of the group, so a transfer that needs a safeguard (GDPR Art. 44-46) */
  entity?: 'same' | 'affiliate';
  safeguard?: string;
  ukSafeguard?: string;
  chSafeguard?: string;
}

/** Answers normalised for the audit and the templates. Pure data. */
export interface PolicyFacts {
  /** ISO date of the run (for "last updated" and date checks) */
  today: string;
  effectiveDate?: string;
  org: {
    legalName?: string;
    tradingName?: string;
    address?: string;
    country?: string;
    email?: string;
    contactForm?: string;
    tollFree?: string;
    hasDpo: Tri;
    dpoName?: string;
    dpoEmail?: string;
    privacyOfficer?: string;
    euRepresentative?: string;
    ukRepresentative?: string;
    supervisoryAuthority?: string;
    establishedInEea: boolean;
  };
  product: {
    name?: string;
    url?: string;
    kinds: string[];
    platforms: string[];
    audienceType?: 'b2c' | 'b2b' | 'both';
    processorRole: Tri;
    /** a self-hosted edition: its instances' data never reaches the business */
    selfHosted?: 'no' | 'also' | 'only';
    /** what a self-hosted instance sends the business ('nothing' alone: it sends nothing) */
    selfHostedData: string[];
    /** the legal basis for what instances send (a legalBases id), its label and the interest named */
    selfHostedBasis?: string;
    selfHostedBasisLabel?: string;
    selfHostedInterest?: string;
    /** how long what instances send is kept */
    selfHostedRetention?: string;
    accounts: Tri;
    deletion: string[];
  };
  regions: string[];
  laws: Record<LawId, Applicability>;
  /** US states whose comprehensive privacy law applies (codes of STATE_LAWS in us-state-laws.ts) */
  usStates: string[];
  children: {
    audience?: 'no' | 'teens' | 'mixed' | 'children';
    minimumAge?: number;
    knowsUnder16: Tri;
  };
  data: DataCategoryFacts[];
  purposes: PurposeFacts[];
  sensitive: SensitiveFacts[];
  cookies: {
    kinds: string[];
    consent?: 'opt-in' | 'opt-out' | 'none';
    dnt?: 'honoured' | 'ignored' | 'no-tracking';
    gpc?: 'honoured' | 'not-yet' | 'not-applicable';
  };
  services: ServiceFacts[];
  otherRecipients: string[];
  sells: Tri;
  shares: Tri;
  financialIncentive: Tri;
  transfers: {
    /** where the data comes from that a transfer safeguard must cover: EEA, UK, Switzerland */
    origins: ('eea' | 'uk' | 'ch')[];
    storage?: string;
    copyHow?: string;
    /** countries outside the EEA/UK whose recipients receive data (services, and companies of the group) */
    countries: string[];
    /** the business's own servers, offices and staff in other countries */
    own: OwnLocationFacts[];
  };
  security: {
    measures: string[];
    breachProcess?: 'written' | 'informal' | 'none';
    /** whom the breach plan tells: the people the law requires, or every person affected */
    breachNotice?: 'as-law' | 'all-affected';
    /** the deadline the plan commits to for telling people, in hours */
    breachNoticeHours?: number;
  };
  /** people who are not users whose data the product holds (GDPR Art. 14) */
  nonUsers: {
    kinds: string[];
    notice?: 'first-message' | 'within-month' | 'public-only';
    /** GDPR Art. 6(1) basis id for their data, and the interest when it is legitimate interests */
    basis?: string;
    basisLabel?: string;
    interest?: string;
  };
  /** Google user data read through Google APIs beyond sign-in (Google API Services User Data Policy) */
  google: { data: string[]; uses: string[]; retention?: string };
  rights: {
    methods: string[];
    responseTime?: '15-days' | '30-days' | '45-days';
    verification?: string;
    agents: Tri;
    appeals?: string;
    complaints: Tri;
  };
  ai: { automatedDecisions: Tri; logic?: string; profiling: Tri; training?: 'no' | 'opt-out' | 'opt-in' | 'yes' };
  marketing: { emails?: 'none' | 'opt-in' | 'customers' | 'everyone'; optOut: string[] };
  changes: { notify: string[] };
  /** the effective answers (visible questions only), for rules on questions without a typed fact */
  answers: Answers;
  /** services the scan found in the code (empty when no scan was run), and those the user dismissed */
  /** parents: ids of broader catalog services that cover a detection (aws for aws-s3), nearest first */
  detected: { id: string; name: string; where: string; sellingOrSharing?: boolean; category?: string; parents?: string[] }[];
  dismissed: string[];
  /** question ids answered "Not sure yet" (records: "<question>.<item>.<field>") */
  unsure: string[];
  /** required questions (and records fields) that are shown but unanswered */
  missing: string[];
}
