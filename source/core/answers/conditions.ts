import type { Condition } from '../questions/types.js';
import type { AnswerValue } from './types.js';

/** Every scalar inside an answer; for records, the values of all fields of all items. */
function scalars(value: AnswerValue | undefined): (string | number | boolean)[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') {
    return Object.values(value).flatMap((item) =>
      Object.values(item).flatMap((field) => (Array.isArray(field) ? field : [field])),
    );
  }
  return [value];
}

/**
 * Evaluates a `when` condition. `lookup` gives the answer of a question id (or of a
 * field id inside a records form). `includes` on a records answer looks through all its fields.
 */
export function evaluateCondition(condition: Condition, lookup: (id: string) => AnswerValue | undefined): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  const value = lookup(condition.q);
  if ('answered' in condition) return (value !== undefined && value !== '') === condition.answered;
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('in' in condition) return !Array.isArray(value) && typeof value !== 'object' && condition.in.includes(value as string);
  const all = scalars(value);
  if ('includes' in condition) return all.includes(condition.includes);
  return condition.includesAny.some((v) => all.includes(v));
}
