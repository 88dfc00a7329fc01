import { isCount } from '../../core/answers/validate-values.js';
import type { QuestionType } from '../../core/questions/types.js';

/** The outcome of checking typed text: the value to store, or the message to show under the field. */
export type TextCheck = { ok: true; value: string | number } | { ok: false; error: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks the text typed for a text/email/url/date/number question. Empty optional answers pass as ''. */
export function checkText(type: QuestionType, raw: string, required: boolean): TextCheck {
  const text = raw.trim();
  if (text === '') return required ? { ok: false, error: 'An answer is required.' } : { ok: true, value: '' };
  switch (type) {
    case 'email':
      return EMAIL.test(text) ? { ok: true, value: text } : { ok: false, error: 'Enter an email address, like privacy@example.com.' };
    case 'url':
      return isWebUrl(text) ? { ok: true, value: text } : { ok: false, error: 'Enter a web address starting with https:// or http://.' };
    case 'date':
      return isRealDate(text) ? { ok: true, value: text } : { ok: false, error: 'Enter a real date as YYYY-MM-DD, like 2025-01-31.' };
    case 'number': {
      const n = Number(text);
      // the same rule as reading the file (core/answers/validate-values.ts), so what is saved reads back
      return isCount(n) ? { ok: true, value: n } : { ok: false, error: 'Enter a whole number of 0 or more, like 16.' };
    }
    default:
      return { ok: true, value: text };
  }
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
