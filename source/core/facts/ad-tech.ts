// Advertising services in the answers or the scan: the services whose use is very likely a
// "sale" or "sharing" under the CCPA (Cal. Civ. Code §1798.140(ad), (ah)) and the state laws.
import type { PolicyFacts } from './types.js';

/** One advertising service and the data categories it receives (empty when only detected). */
export interface AdTech {
  name: string;
  data: string[];
}

/** Declared services the catalog marks as selling/sharing or advertising, and detected ones not dismissed. */
export function adTech(f: PolicyFacts): AdTech[] {
  const declared = f.services
    .filter((s) => s.sellingOrSharing === true || s.category === 'advertising' || s.cookieKind === 'advertising')
    .map((s) => ({ name: s.name, data: s.data }));
  const names = new Set(declared.map((d) => d.name));
  const detected = f.detected
    .filter((d) => (d.sellingOrSharing === true || d.category === 'advertising') && !f.dismissed.includes(d.id) && !names.has(d.name))
    .map((d) => ({ name: d.name, data: [] as string[] }));
  return [...declared, ...detected];
}

/** The answers deny both selling and sharing (or deny one and leave the other open). */
export const deniesSaleAndSharing = (f: PolicyFacts): boolean => f.sells !== true && f.shares !== true && (f.sells === false || f.shares === false);

/**
 * "We do not sell or share" is printable only when both are answered no and nothing in the
 * answers or the scan (an advertising SDK, advertising cookies) makes a sale or share likely.
 */
export const noSaleOrShareIsTrue = (f: PolicyFacts): boolean =>
  f.sells === false && f.shares === false && adTech(f).length === 0 && !f.cookies.kinds.includes('advertising');
