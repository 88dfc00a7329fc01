// The US state comprehensive privacy laws in force in 2026, as data: who each covers and what it
// adds to the notice and the request workflow. Source: ../shared/reference/legal-checklist.md §8
// (rows US-ST-*, checked 2026-12-02). One row per state; the applicability test reads this table only.

/** Share of gross revenue from selling personal data that a state's second test requires. */
export type SaleShare = 'any' | 'over-20' | 'over-25' | 'at-least-25' | 'over-50';

export interface StateLaw {
  code: string;
  name: string;
  law: string;
  citation: string;
  /** reference row id */
  ref: string;
  effective: string;
  /** covered at this many consumers a year (payment-only data excluded where the statute says so) */
  consumers?: number;
  /** ...or at this many consumers together with this share of revenue from selling */
  saleConsumers?: number;
  saleShare?: SaleShare;
  /** both tests above also need annual revenue over $25M (Utah: $25M or more) */
  needsRevenue25m?: boolean;
  /** covered whatever the volume unless an SBA small business (Texas, Nebraska) */
  unlessSmallBusiness?: boolean;
  /** from this date also covered by processing any sensitive data (a known child's data is sensitive), or by offering data for sale */
  sensitiveOrSaleFrom?: string;
  /** the earlier tests, used before `sensitiveOrSaleFrom` */
  before?: Pick<StateLaw, 'consumers' | 'saleConsumers' | 'saleShare'>;
  /** free responses per consumer per 12 months, where the reference verified it */
  freeRequests?: 1 | 2;
  responseDays: number;
  extensionDays: number;
  appeal: boolean;
  /** universal opt-out signals (GPC): verified, or reported but not verified */
  uoom?: 'verified' | 'unverified';
  /** sensitive data: opt-in consent, notice and opt-out, or only where strictly necessary (never sold) */
  sensitive: 'opt-in' | 'opt-out' | 'strictly-necessary';
  /** a list of the specific third parties that received personal data, on request */
  specificThirdParties?: string;
  /**
   * false where the state lacks some of the Virginia-model rights (confirm and access, correct, delete, a
   * portable copy, opt out of targeted advertising, sale and significant profiling): Iowa has no right to
   * correct (reference US-ST-IA); Utah none to correct or to opt out of profiling (Utah Code §13-61-201).
   */
  virginiaRights?: false;
}

const VA_STYLE = { responseDays: 45, extensionDays: 45, appeal: true, sensitive: 'opt-in' as const };

export const STATE_LAWS: StateLaw[] = [
  { code: 'VA', name: 'Virginia', law: 'Virginia Consumer Data Protection Act', citation: 'Va. Code §59.1-575 et seq.', ref: 'US-ST-FREE', effective: '2023-01-01', consumers: 100_000, saleConsumers: 25_000, saleShare: 'over-50', freeRequests: 2, ...VA_STYLE },
  { code: 'CO', name: 'Colorado', law: 'Colorado Privacy Act', citation: 'C.R.S. §6-1-1301 et seq.', ref: 'US-ST-CO-RULES', effective: '2023-07-01', consumers: 100_000, saleConsumers: 25_000, saleShare: 'any', uoom: 'verified', ...VA_STYLE },
  {
    code: 'CT', name: 'Connecticut', law: 'Connecticut Data Privacy Act', citation: 'Conn. Gen. Stat. §42-515 et seq., as amended by PA 25-113', ref: 'US-ST-CT-CHILD', effective: '2023-07-01',
    consumers: 35_000, sensitiveOrSaleFrom: '2026-07-01', before: { consumers: 100_000, saleConsumers: 25_000, saleShare: 'over-25' }, uoom: 'unverified', ...VA_STYLE,
  },
  { code: 'UT', name: 'Utah', law: 'Utah Consumer Privacy Act', citation: 'Utah Code §13-61-101 et seq.', ref: 'US-ST-FREE', effective: '2023-12-31', consumers: 100_000, saleConsumers: 25_000, saleShare: 'over-50', needsRevenue25m: true, freeRequests: 1, responseDays: 45, extensionDays: 45, appeal: false, sensitive: 'opt-out', virginiaRights: false },
  { code: 'TX', name: 'Texas', law: 'Texas Data Privacy and Security Act', citation: 'Tex. Bus. & Com. Code ch. 541', ref: 'US-ST-FREE', effective: '2024-07-01', unlessSmallBusiness: true, freeRequests: 2, uoom: 'unverified', ...VA_STYLE },
  { code: 'OR', name: 'Oregon', law: 'Oregon Consumer Privacy Act', citation: 'ORS 646A.570–646A.589', ref: 'US-ST-OR-LIST', effective: '2024-07-01', consumers: 100_000, saleConsumers: 25_000, saleShare: 'at-least-25', uoom: 'verified', specificThirdParties: 'ORS 646A.574(1)(a)(B)', ...VA_STYLE },
  { code: 'DE', name: 'Delaware', law: 'Delaware Personal Data Privacy Act', citation: '6 Del. C. §12D-101 et seq.', ref: 'US-ST-DE', effective: '2025-01-01', consumers: 35_000, saleConsumers: 10_000, saleShare: 'over-20', uoom: 'unverified', ...VA_STYLE },
  { code: 'IA', name: 'Iowa', law: 'Iowa Consumer Data Protection Act', citation: 'Iowa Code ch. 715D', ref: 'US-ST-IA', effective: '2025-01-01', consumers: 100_000, saleConsumers: 25_000, saleShare: 'over-50', freeRequests: 2, responseDays: 90, extensionDays: 45, appeal: true, sensitive: 'opt-out', virginiaRights: false },
  { code: 'NE', name: 'Nebraska', law: 'Nebraska Data Privacy Act', citation: 'Neb. Rev. Stat. §87-1101 et seq.', ref: 'US-ST-NE', effective: '2025-01-01', unlessSmallBusiness: true, freeRequests: 2, uoom: 'unverified', ...VA_STYLE },
  { code: 'NH', name: 'New Hampshire', law: 'New Hampshire Privacy Act', citation: 'RSA ch. 507-H', ref: 'US-ST-NH', effective: '2025-01-01', consumers: 35_000, saleConsumers: 10_000, saleShare: 'over-25', uoom: 'unverified', ...VA_STYLE },
  { code: 'NJ', name: 'New Jersey', law: 'New Jersey Data Privacy Act', citation: 'N.J.S.A. 56:8-166.4 et seq.', ref: 'US-ST-NJ', effective: '2025-01-15', consumers: 100_000, saleConsumers: 25_000, saleShare: 'any', uoom: 'unverified', ...VA_STYLE },
  { code: 'TN', name: 'Tennessee', law: 'Tennessee Information Protection Act', citation: 'Tenn. Code Ann. §47-18-3301 et seq.', ref: 'US-ST-TN', effective: '2025-07-01', consumers: 175_000, saleConsumers: 25_000, saleShare: 'over-50', needsRevenue25m: true, ...VA_STYLE },
  { code: 'MN', name: 'Minnesota', law: 'Minnesota Consumer Data Privacy Act', citation: 'Minn. Stat. §325M.10–325M.21', ref: 'US-ST-MN', effective: '2025-07-31', consumers: 100_000, saleConsumers: 25_000, saleShare: 'over-25', uoom: 'unverified', specificThirdParties: 'Minn. Stat. §325M.14(h)', ...VA_STYLE },
  { code: 'MT', name: 'Montana', law: 'Montana Consumer Data Privacy Act', citation: 'Mont. Code Ann. §30-14-2801 et seq., as amended by SB 297', ref: 'US-ST-MT', effective: '2024-10-01', consumers: 25_000, saleConsumers: 15_000, saleShare: 'over-25', uoom: 'unverified', ...VA_STYLE },
  { code: 'MD', name: 'Maryland', law: 'Maryland Online Data Privacy Act', citation: 'Md. Code, Com. Law §14-4701 et seq.', ref: 'US-ST-MD', effective: '2025-10-01', consumers: 35_000, saleConsumers: 10_000, saleShare: 'over-20', uoom: 'unverified', responseDays: 45, extensionDays: 45, appeal: true, sensitive: 'strictly-necessary' },
  { code: 'IN', name: 'Indiana', law: 'Indiana Consumer Data Protection Act', citation: 'Ind. Code art. 24-15', ref: 'US-ST-IN', effective: '2026-01-01', consumers: 100_000, saleConsumers: 25_000, saleShare: 'over-50', ...VA_STYLE },
  { code: 'KY', name: 'Kentucky', law: 'Kentucky Consumer Data Protection Act', citation: 'KRS ch. 367 (2024 Ky. Acts ch. 72)', ref: 'US-ST-KY', effective: '2026-01-01', consumers: 100_000, saleConsumers: 25_000, saleShare: 'over-50', ...VA_STYLE },
  { code: 'RI', name: 'Rhode Island', law: 'Rhode Island Data Transparency and Privacy Protection Act', citation: 'R.I. Gen. Laws §6-48.1-1 et seq.', ref: 'US-ST-RI', effective: '2026-01-01', consumers: 35_000, saleConsumers: 10_000, saleShare: 'over-20', ...VA_STYLE },
];

export const stateLaw = (code: string): StateLaw | undefined => STATE_LAWS.find((s) => s.code === code);

/** Consumer bands of audience.usStateVolumes: [at least, below]. Each threshold above is a band edge. */
export const VOLUME_BANDS: Record<string, [number, number]> = {
  'under-10k': [0, 10_000],
  '10k-15k': [10_000, 15_000],
  '15k-25k': [15_000, 25_000],
  '25k-35k': [25_000, 35_000],
  '35k-100k': [35_000, 100_000],
  '100k-175k': [100_000, 175_000],
  'over-175k': [175_000, Infinity],
};

/** Revenue-share bands of usStates.saleShare, and which state tests each meets. */
const SHARE_MEETS: Record<string, SaleShare[]> = {
  none: [],
  'under-20': ['any'],
  '20-25': ['any', 'over-20'],
  // 25% exactly meets Oregon's "25% or more"; the band is counted as meeting "more than 25%" too (over-inclusive, never under).
  '25-50': ['any', 'over-20', 'over-25', 'at-least-25'],
  'over-50': ['any', 'over-20', 'over-25', 'at-least-25', 'over-50'],
};

export type Tri3 = boolean | undefined;
const or = (...xs: Tri3[]): Tri3 => (xs.includes(true) ? true : xs.includes(undefined) ? undefined : false);
const and = (...xs: Tri3[]): Tri3 => (xs.includes(false) ? false : xs.includes(undefined) ? undefined : true);

/** What the applicability test needs to know about one state. */
export interface StateInput {
  /** audience.usStateVolumes band for the state */
  band?: string;
  /** usStates.saleShare band ('none' when the business does not sell) */
  saleShare?: string;
  revenueOver25m: Tri3;
  smallBusiness: Tri3;
  /** processes sensitive data, including a known child's data */
  sensitive: boolean;
  sells: Tri3;
  today: string;
}

/** Whether one state's law covers the business: true, false, or undefined while an answer is open. */
export function stateApplies(law: StateLaw, i: StateInput): Tri3 {
  if (law.unlessSmallBusiness) return i.smallBusiness === undefined ? undefined : !i.smallBusiness;
  const band = i.band ? VOLUME_BANDS[i.band] : undefined;
  const atLeast = (n: number | undefined): Tri3 => (n === undefined ? false : band === undefined ? undefined : band[0] >= n ? true : band[1] <= n ? false : undefined);
  const share = (s: SaleShare | undefined): Tri3 => (s === undefined ? false : i.saleShare === undefined ? undefined : (SHARE_MEETS[i.saleShare] ?? []).includes(s));
  const newTest = law.sensitiveOrSaleFrom !== undefined && i.today >= law.sensitiveOrSaleFrom;
  const t = law.sensitiveOrSaleFrom !== undefined && !newTest && law.before ? law.before : law;
  const volume = or(atLeast(t.consumers), and(atLeast(t.saleConsumers), share(t.saleShare)));
  const base = newTest ? or(volume, i.sensitive, i.sells) : volume;
  return law.needsRevenue25m ? and(i.revenueOver25m, base) : base;
}
