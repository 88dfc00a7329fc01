// Checks every answer value against its question: its type, its choices and its format
// (email, URL, real date), so a hand edit with the wrong type or a typo is an error that
// names `answers.<id>.value` instead of a policy that silently leaves a section out.
import type { Catalog } from '../catalog/types.js';
import { NOT_SURE, type Choice, type Field, type Question, type QuestionBank, type QuestionType } from '../questions/types.js';
import { resolveChoices } from '../suggest/choices.js';
import type { Vocabulary } from '../vocabulary/load.js';
import type { AnswersFile } from './types.js';

/** What value checks need: the question bank and where choices come from. */
export interface ValueContext {
  bank: QuestionBank;
  vocabulary: Vocabulary;
  catalog: Catalog;
}

/** A value that does not fit its question: the field path in the file, what is wrong, what is expected. */
export interface ValueProblem {
  field: string;
  message: string;
  expected: string;
}

/**
 * The longest typed text accepted. A longer value is not an answer someone wrote (a pasted file, a
 * generated string) and would make the policy unreadable; it is an error naming the field.
 */
export const MAX_TEXT = 20_000;

// The same rule as the wizard's field (ui/inputs/validate.ts): what the wizard saves must read back.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The numbers the bank asks for (a minimum age) are counts: whole and not negative. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** YYYY-MM-DD of a day that exists (no 30 February). */
export function isRealDate(text: string): boolean {
  const m = DATE.exec(text.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const choiceList = (choices: Choice[]): string => {
  const values = choices.map((c) => c.value);
  return values.length > 12 ? `${values.slice(0, 12).join(', ')}, … (${values.length} in all)` : values.join(', ');
};

/** The choices of a question or field: whether a value is one, and the list (for a message). */
interface Allowed {
  has(value: string): boolean;
  list(): Choice[];
}

/** Checks one value of a question or field; returns what is wrong, or undefined when it fits. */
function checkValue(spec: Question | Field, type: QuestionType, value: unknown, choices: () => Allowed): Omit<ValueProblem, 'field'> | undefined {
  if (value === NOT_SURE && spec.notSure) return undefined;
  const tooLong = (text: string) => ({ message: `is too long (${text.length.toLocaleString('en')} characters; at most ${MAX_TEXT.toLocaleString('en')})`, expected: `at most ${MAX_TEXT.toLocaleString('en')} characters` });
  const textual = (expected: string, ok: (text: string) => boolean) => {
    if (typeof value !== 'string') return { message: `must be text, not ${describe(value)}`, expected };
    if (value.length > MAX_TEXT) return tooLong(value);
    if (value.trim() === '' || ok(value)) return undefined;
    return { message: `is not ${expected}: ${describe(value)}`, expected };
  };
  switch (type) {
    case 'text':
      return textual('text', () => true);
    case 'email':
      return textual('an email address like privacy@example.com', isEmail);
    case 'url':
      return textual('a web address starting with https://', isWebUrl);
    case 'date':
      return textual('a real date written YYYY-MM-DD', isRealDate);
    case 'number':
      return isCount(value)
        ? undefined
        : { message: `must be a whole number of 0 or more, not ${typeof value === 'number' ? String(value) : describe(value)}`, expected: 'a whole number, like 16' };
    case 'confirm':
      return typeof value === 'boolean' ? undefined : { message: `must be true or false, not ${describe(value)}`, expected: 'true or false' };
    case 'select': {
      const allowed = choices();
      if (typeof value === 'string' && allowed.has(value)) return undefined;
      return { message: `must be one of the choices, not ${describe(value)}`, expected: `one of: ${choiceList(allowed.list())}${spec.notSure ? `, ${NOT_SURE}` : ''}` };
    }
    case 'multiselect': {
      const allowed = choices();
      const expected = () => `a list of: ${choiceList(allowed.list())}`;
      if (!Array.isArray(value)) return { message: `must be a list, not ${describe(value)}`, expected: expected() };
      const wrong = value.find((item) => typeof item !== 'string' || !(allowed.has(item) || (spec.notSure && item === NOT_SURE)));
      return wrong === undefined && !value.some((v) => v === undefined) ? undefined : { message: `holds ${describe(wrong)}, which is not one of the choices`, expected: expected() };
    }
    case 'list': {
      const expected = 'a list of text';
      if (!Array.isArray(value)) return { message: `must be a list, not ${describe(value)}`, expected };
      const wrong = value.find((item) => typeof item !== 'string');
      const long = value.find((item) => typeof item === 'string' && item.length > MAX_TEXT) as string | undefined;
      if (wrong === undefined && long !== undefined) return tooLong(long);
      // the wizard never saves a blank entry (Enter on an empty line ends the list); a blank name would name nothing
      if (wrong === undefined && value.some((item) => (item as string).replace(/[\s\p{Cc}\p{Cf}]/gu, '') === '')) {
        return { message: 'holds an empty entry', expected: 'a list of text without empty entries' };
      }
      return wrong === undefined && !value.some((v) => v === undefined) ? undefined : { message: `holds ${describe(wrong)}, which is not text`, expected };
    }
    case 'records':
      return isPlainObject(value) ? undefined : { message: `must be an object with one entry per item, not ${describe(value)}`, expected: 'an object like {"<item>": {"<field>": …}}' };
  }
}

/**
 * The first answer whose value does not fit its question, or undefined. Answers to
 * questions this version does not know are left alone (a newer or older bank).
 */
export function findValueProblem(file: AnswersFile, ctx: ValueContext): ValueProblem | undefined {
  const answers = Object.fromEntries(Object.entries(file.answers).map(([id, entry]) => [id, entry.value]));
  // Choices from another answer are checked against that question's own choices, so a record
  // left from an earlier selection stays valid.
  // Resolved once per question or field: the catalog's choices are the whole catalog, sorted by name.
  // Whether a value is one of those is whether the catalog has it: sorted (ICU's collator, ~15 ms
  // to create) only for a message that lists them.
  const resolved = new Map<Question | Field, Allowed>();
  const none: Allowed = { has: () => false, list: () => [] };
  const choicesOf = (spec: Question | Field): Allowed => {
    const source = spec.choicesFromAnswer ? ctx.bank.byId.get(spec.choicesFromAnswer) : undefined;
    const target = source ?? spec;
    if (source && source.type === 'list') return none;
    let allowed = resolved.get(target);
    if (!allowed) {
      let choices: Choice[] | undefined;
      const list = () => (choices ??= resolveChoices(target, { ...ctx, answers, detected: [] }));
      // resolveChoices takes the catalog's when the target has no choices of its own or from an answer
      const fromCatalog = target.choicesFrom === 'catalog' && !(target.choices && target.choices.length > 0) && !target.choicesFromAnswer;
      allowed = { has: fromCatalog ? (value) => ctx.catalog.byId.has(value) : (value) => list().some((c) => c.value === value), list };
      resolved.set(target, allowed);
    }
    return allowed;
  };
  for (const [id, entry] of Object.entries(file.answers)) {
    const question = ctx.bank.byId.get(id);
    if (!question) continue;
    const field = `answers.${id}.value`;
    const fromList = (spec: Question | Field) => (spec.choicesFromAnswer && ctx.bank.byId.get(spec.choicesFromAnswer)?.type === 'list' ? 'list' : undefined);
    const problem = checkValue(question, fromList(question) ? (question.type === 'select' ? 'text' : 'list') : question.type, entry.value, () => choicesOf(question));
    if (problem) return { field, ...problem };
    if (question.type !== 'records' || entry.value === NOT_SURE) continue;
    for (const [item, record] of Object.entries(entry.value as Record<string, unknown>)) {
      const at = `${field}.${item}`;
      if (!isPlainObject(record)) return { field: at, message: `must be an object of fields, not ${describe(record)}`, expected: 'an object like {"<field>": …}' };
      for (const [fieldId, fieldValue] of Object.entries(record)) {
        const spec = question.fields?.find((f) => f.id === fieldId);
        if (!spec) continue;
        const type = fromList(spec) ? (spec.type === 'select' ? 'text' : 'list') : spec.type;
        const fieldProblem = checkValue(spec, type, fieldValue, () => choicesOf(spec));
        if (fieldProblem) return { field: `${at}.${fieldId}`, ...fieldProblem };
      }
    }
  }
  return undefined;
}
