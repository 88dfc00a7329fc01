import type { AnswerValue } from '../answers/types.js';
import { NOT_SURE, type Choice } from '../questions/types.js';

/** One-line summary of an answer for "✔ label: answer" and summaries. */
export function formatAnswer(value: AnswerValue | undefined, choices: Choice[] = []): string {
  if (value === undefined) return '—';
  if (value === NOT_SURE) return 'Not sure yet';
  const label = (v: string) => choices.find((c) => c.value === v)?.label ?? v;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return label(value) || '—';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(label).join(', ');
  const items = Object.keys(value);
  return items.length === 0 ? 'none' : `${items.length} filled in (${items.map(label).join(', ')})`;
}
