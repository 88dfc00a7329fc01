// Vetted tables: what a suggestion may assert when the code and the catalog say nothing.
// Each row is a reading of the law or of a vocabulary term that holds for every product; anything
// that depends on how a product works is left out, so the wizard starts on "Not sure yet" instead.
// A privacy lawyer reviews this file; keep one row per line, with its reason.
import type { FieldValue } from '../answers/types.js';

/** A GDPR Art. 6(1) basis suggested for a purpose, and the legitimate interest named when the basis is Art. 6(1)(f). */
export interface BasisRow {
  basis: 'contract' | 'legitimate-interests' | 'consent' | 'legal-obligation';
  interest?: string;
  /** consumer products only: for a business customer's staff the contract is with their employer, not with them */
  consumersOnly?: boolean;
  why: string;
}

/** purpose id (vocabulary `purposes`) -> the basis suggested for it. Purposes absent here start on "Not sure yet". */
export const PURPOSE_BASES: Record<string, BasisRow> = {
  'provide-service': { basis: 'contract', consumersOnly: true, why: 'Art. 6(1)(b): needed to provide the service the person signed up for' },
  account: { basis: 'contract', consumersOnly: true, why: 'Art. 6(1)(b): the account is part of the service the person asked for' },
  payments: { basis: 'contract', consumersOnly: true, why: 'Art. 6(1)(b): taking payment for what the person bought' },
  'service-emails': { basis: 'contract', consumersOnly: true, why: 'Art. 6(1)(b): receipts and notices about the service the person uses' },
  security: {
    basis: 'legitimate-interests',
    interest: 'keeping the product and your account secure and preventing fraud and abuse',
    why: 'Art. 6(1)(f) and Recitals 47 and 49: fraud prevention and network security are recognised legitimate interests',
  },
  debugging: {
    basis: 'legitimate-interests',
    interest: 'finding and fixing errors so that the product works reliably',
    why: 'Art. 6(1)(f) and Recital 49: keeping a service working and secure',
  },
  marketing: { basis: 'consent', why: 'ePrivacy Art. 13 and PECR reg. 22: marketing messages need prior consent (the soft opt-in is a separate choice)' },
  advertising: { basis: 'consent', why: 'ePrivacy Art. 5(3): advertising cookies and identifiers need prior consent' },
  legal: { basis: 'legal-obligation', why: 'Art. 6(1)(c): tax, accounting and lawful requests are duties under law' },
};

/** The suggested legal-basis row for a purpose, or undefined when nothing vetted supports one. */
export function suggestedBasis(purpose: string, audienceType: unknown): Record<string, FieldValue> | undefined {
  const row = PURPOSE_BASES[purpose];
  if (!row) return undefined;
  if (row.consumersOnly && audienceType !== 'b2c') return undefined;
  return row.interest ? { basis: row.basis, interest: row.interest } : { basis: row.basis };
}

/**
 * data category id (vocabulary `dataCategories`) -> where it comes from and whether people give it, where the category
 * itself says so (device identifiers and usage data are collected automatically by definition). Other categories get
 * no suggestion for `required`: only the product knows whether a field is mandatory.
 */
export const DATA_SOURCES: Record<string, { sources: string[]; required?: 'automatic' }> = {
  identity: { sources: ['user'] },
  contact: { sources: ['user'] },
  account: { sources: ['user'] },
  payment: { sources: ['user'] },
  communications: { sources: ['user'] },
  content: { sources: ['user'] },
  professional: { sources: ['user'] },
  demographic: { sources: ['user'] },
  'audio-visual': { sources: ['user'] },
  usage: { sources: ['automatic'], required: 'automatic' },
  device: { sources: ['automatic'], required: 'automatic' },
  'location-approx': { sources: ['automatic'], required: 'automatic' },
  'non-users': { sources: ['other-users'] },
};

/** EEA and UK country codes: a recipient there receives EEA/UK data without a transfer outside the EEA/UK. */
export const EEA_OR_UK = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IS IE IT LV LI LT LU MT NL NO PL PT RO SK SI ES SE GB'.split(' '));

/**
 * The lead supervisory authority for an organisation established in one EEA country or the UK (GDPR Art. 56(1):
 * the authority of the main establishment). Germany is absent on purpose: a company's authority there is the one of
 * its federal state, which the country alone does not tell.
 */
export const LEAD_AUTHORITIES: Record<string, string> = {
  AT: 'Datenschutzbehörde (Austrian Data Protection Authority)',
  BE: 'Belgian Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)',
  BG: 'Commission for Personal Data Protection (Bulgaria)',
  HR: 'Croatian Personal Data Protection Agency (AZOP)',
  CY: 'Commissioner for Personal Data Protection (Cyprus)',
  CZ: 'Office for Personal Data Protection (Czechia)',
  DK: 'Datatilsynet (Danish Data Protection Agency)',
  EE: 'Estonian Data Protection Inspectorate (Andmekaitse Inspektsioon)',
  FI: 'Office of the Data Protection Ombudsman (Finland)',
  FR: "Commission Nationale de l'Informatique et des Libertés (CNIL, France)",
  GR: 'Hellenic Data Protection Authority (Greece)',
  HU: 'National Authority for Data Protection and Freedom of Information (NAIH, Hungary)',
  IS: 'Persónuvernd (Icelandic Data Protection Authority)',
  IE: 'Data Protection Commission (Ireland)',
  IT: 'Garante per la protezione dei dati personali (Italy)',
  LV: 'Data State Inspectorate (Latvia)',
  LI: 'Datenschutzstelle (Liechtenstein Data Protection Authority)',
  LT: 'State Data Protection Inspectorate (Lithuania)',
  LU: 'Commission nationale pour la protection des données (CNPD, Luxembourg)',
  MT: 'Information and Data Protection Commissioner (Malta)',
  NL: 'Autoriteit Persoonsgegevens (Dutch Data Protection Authority)',
  NO: 'Datatilsynet (Norwegian Data Protection Authority)',
  PL: 'Personal Data Protection Office (UODO, Poland)',
  PT: 'Comissão Nacional de Proteção de Dados (CNPD, Portugal)',
  RO: 'National Supervisory Authority for Personal Data Processing (ANSPDCP, Romania)',
  SK: 'Office for Personal Data Protection of the Slovak Republic',
  SI: 'Information Commissioner (Slovenia)',
  ES: 'Agencia Española de Protección de Datos (AEPD, Spain)',
  SE: 'Integritetsskyddsmyndigheten (IMY, Sweden)',
  GB: "Information Commissioner's Office (ICO, UK)",
};

/** Other names people write at the end of an address, mapped to the country codes of org.country. */
export const COUNTRY_ALIASES: Record<string, string> = {
  eire: 'IE',
  éire: 'IE',
  uk: 'GB',
  'u.k.': 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  us: 'US',
  'united states of america': 'US',
  deutschland: 'DE',
  'the netherlands': 'NL',
  holland: 'NL',
  españa: 'ES',
  italia: 'IT',
  österreich: 'AT',
  schweiz: 'CH',
  suisse: 'CH',
  'czech republic': 'CZ',
  'republic of ireland': 'IE',
  'republic of korea': 'KR',
  korea: 'KR',
};
