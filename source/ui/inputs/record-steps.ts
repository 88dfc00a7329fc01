import { evaluateCondition } from '../../core/answers/conditions.js';
import type { FieldValue, RecordsValue } from '../../core/answers/types.js';
import type { Field } from '../../core/questions/types.js';
import type { RecordItem } from './types.js';

/** A place in a records form: which item, which field. */
export interface Step {
  item: number;
  field: number;
}

/** Whether a field is asked for an item: not skipped for it (Field.forItems), and its `when` reads the other fields of the same item. */
export function fieldApplies(field: Field, values: Record<string, FieldValue> | undefined, item?: RecordItem): boolean {
  if (item?.skip?.includes(field.id)) return false;
  return !field.when || evaluateCondition(field.when, (id) => values?.[id]);
}

/** The next (dir 1) or previous (dir -1) step whose field applies, or undefined past either end. `from` undefined starts before the first. */
export function adjacentStep(items: RecordItem[], fields: Field[], draft: RecordsValue, from: Step | undefined, dir: 1 | -1): Step | undefined {
  const total = items.length * fields.length;
  let flat = from ? from.item * fields.length + from.field : -1;
  for (flat += dir; flat >= 0 && flat < total; flat += dir) {
    const step = { item: Math.floor(flat / fields.length), field: flat % fields.length };
    const item = items[step.item];
    const field = fields[step.field];
    if (item && field && fieldApplies(field, draft[item.key], item)) return step;
  }
  return undefined;
}

/** The answer to store: the current items only, without values of fields that no longer apply. */
export function pruneRecords(items: RecordItem[], fields: Field[], draft: RecordsValue): RecordsValue {
  const result: RecordsValue = {};
  for (const item of items) {
    const values = draft[item.key] ?? {};
    const kept: Record<string, FieldValue> = {};
    for (const field of fields) {
      const v = values[field.id];
      if (v !== undefined && fieldApplies(field, values, item)) kept[field.id] = v;
    }
    result[item.key] = kept;
  }
  return result;
}

/** The pre-filled value of a field: the draft's, else the field's default when it is a valid field value. */
export function fieldValue(field: Field, values: Record<string, FieldValue> | undefined): FieldValue | undefined {
  const v = values?.[field.id] ?? field.default;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}
