// The pure half of the review table (one row per item, one cell per field): which cells a row has,
// what each shows, which values are still only suggestions, and what "accept all" stores.
import { isDeepStrictEqual } from 'node:util';
import type { FieldValue, RecordsValue } from '../../core/answers/types.js';
import { NOT_SURE, type Choice, type Field } from '../../core/questions/types.js';
import { fieldApplies } from './record-steps.js';
import type { RecordItem } from './types.js';
import { NOT_SURE_LABEL } from './types.js';

/** The fields asked for one item, given its other cells (a `when` reads the same row) and what the catalog says of it. */
export function rowFields(fields: Field[], values: Record<string, FieldValue> | undefined, item?: RecordItem): Field[] {
  return fields.filter((f) => fieldApplies(f, values, item));
}

/**
 * The draft the table opens with: the answer (with suggestions merged in by the caller), and "Not sure yet" in every
 * empty cell that offers it, so that accepting all rows stores an honest "Not sure yet" the audit lists.
 */
export function openDraft(items: RecordItem[], fields: Field[], value: RecordsValue): RecordsValue {
  const draft = structuredClone(value);
  for (const item of items) {
    const row = { ...draft[item.key] };
    for (const field of fields) {
      if (row[field.id] === undefined && field.notSure && fieldApplies(field, row, item)) row[field.id] = NOT_SURE;
    }
    draft[item.key] = row;
  }
  return draft;
}

/** A cell as text: choice labels, the text, "Not sure yet", or "—" when empty. */
export function cellText(value: FieldValue | undefined, choices: Choice[]): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (value === NOT_SURE) return NOT_SURE_LABEL;
  const label = (v: string) => choices.find((c) => c.value === v)?.label ?? v;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(label).join(', ');
  return label(value);
}

/** A short form of a cell for the one-line row: the first words of each label. */
export function shortCell(value: FieldValue | undefined, choices: Choice[]): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
  const full = cellText(value, choices);
  if (!Array.isArray(value) || value.length === 0) return cut(full.replace(/[;(].*$/, '').trim() || full, 24);
  const labels = value.map((v) => cut((choices.find((c) => c.value === v)?.label ?? v).replace(/\s*\(.*$/, ''), 14));
  return labels.length > 2 ? `${labels.slice(0, 2).join(', ')} +${labels.length - 2}` : labels.join(', ');
}

/** The key of a cell in the set of confirmed cells. */
export const cellKey = (item: string, field: string) => `${item}\u0000${field}`;

/** Whether a cell shows a suggestion nobody confirmed yet: not the saved answer, not edited, not empty or "Not sure yet". */
export function isSuggested(item: string, field: string, draft: RecordsValue, saved: RecordsValue | undefined, confirmed: ReadonlySet<string>): boolean {
  const v = draft[item]?.[field];
  if (v === undefined || v === NOT_SURE || v === '' || confirmed.has(cellKey(item, field))) return false;
  const before = saved?.[item]?.[field];
  return before === undefined || !isDeepStrictEqual(before, v);
}

/** After editing a cell: the first field the edit made relevant that is required and still empty (e.g. the interest after "Legitimate interests"). */
export function nextOpenField(fields: Field[], before: Record<string, FieldValue> | undefined, values: Record<string, FieldValue> | undefined, item?: RecordItem): Field | undefined {
  const was = new Set(rowFields(fields, before, item).map((f) => f.id));
  return rowFields(fields, values, item).find((f) => {
    if (was.has(f.id)) return false;
    const v = values?.[f.id];
    return f.required && (v === undefined || v === '' || (Array.isArray(v) && v.length === 0));
  });
}

/**
 * Fields asked only for some rows (Field.forItems) that are still "Not sure yet", as one line under the table, e.g.
 * "What are its cookies for? Not sure yet: Intercom": such a cell sits at the end of its row, past the edge of a narrow terminal.
 */
export function openItemFieldsNote(items: RecordItem[], fields: Field[], draft: RecordsValue): string | undefined {
  const notes = fields
    .filter((f) => f.forItems)
    .map((f) => ({ f, names: items.filter((i) => fieldApplies(f, draft[i.key], i) && (draft[i.key]?.[f.id] ?? NOT_SURE) === NOT_SURE).map((i) => i.label) }))
    .filter((n) => n.names.length > 0)
    .map((n) => `${n.f.prompt} ${NOT_SURE_LABEL}: ${n.names.join(', ')}`);
  return notes.length > 0 ? `${notes.join(' · ')} (← on its row)` : undefined;
}
