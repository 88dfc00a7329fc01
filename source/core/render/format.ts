// Small text helpers for the view-models: dates, countries, lists and anchors.
import { regionName } from './region-names.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-01" -> "1 November 2026" (unambiguous everywhere); other text unchanged. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** Countries whose English name takes "the". */
const THE = new Set(['US', 'GB', 'NL', 'PH', 'AE', 'BS', 'GM', 'DO', 'CF']);

/** Country name for an ISO code ("US" -> "United States"); free text is kept as typed. */
export function countryName(location: string): string {
  const code = location.trim().toUpperCase();
  if (code === 'EU' || code === 'EEA') return 'the European Economic Area';
  if (/^[A-Z]{2}$/.test(code)) {
    try {
      const name = regionName(code);
      return name ? (THE.has(code) ? `the ${name}` : name) : location;
    } catch {
      return location;
    }
  }
  return location;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Labels that may contain "and" themselves, separated by commas only: "a, b, c". */
export function listWords(items: readonly string[]): string {
  return items.join(', ');
}

/** Lower-cases a label's first letter for use inside a sentence, but not an acronym ("IP"). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** The text without trailing copies of `char`, in linear time (`/\.+$/` is quadratic on a run of dots). */
export function trimEndChar(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end -= 1;
  return text.slice(0, end);
}

/** Text ending with a full stop (user answers are often typed without one). */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** A vocabulary label without its examples: "Usage data (pages viewed, ...)" -> "Usage data". */
export function shortLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '');
}

/** The anchor GitHub, kramdown, Hugo and Docusaurus give a plain ASCII heading. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
