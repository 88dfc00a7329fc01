import { useMemo } from 'react';
import { NOT_SURE, type Choice } from '../../core/questions/types.js';
import type { AnswerValue } from '../../core/answers/types.js';
import { useLatestState } from './use-latest-state.js';
import { windowStart } from './list-window.js';

/** A row of the select: a choice, or "Not sure yet" (always last, never filtered out). */
export type SelectRow = Choice | 'notSure';

interface State {
  filter: string;
  /** index into the filtered view; -1 = nothing highlighted */
  cursor: number;
  start: number;
  error?: string | undefined;
}

/** Rows matching a search: labels that start with it first, then labels or values that contain it. */
export function searchRows(choices: Choice[], filter: string, notSure: boolean): SelectRow[] {
  const needle = filter.toLocaleLowerCase().trim();
  let shown = choices;
  if (needle !== '') {
    const starts = choices.filter((c) => c.label.toLocaleLowerCase().startsWith(needle));
    const contains = choices.filter((c) => !starts.includes(c) && (c.label.toLocaleLowerCase().includes(needle) || c.value.toLocaleLowerCase() === needle));
    shown = [...starts, ...contains];
  }
  return notSure ? [...shown, 'notSure'] : shown;
}

/** Where the highlight starts: the current answer; else "Not sure yet" if offered; else nothing (-1). */
export function initialCursor(choices: Choice[], value: AnswerValue | undefined, notSure: boolean): number {
  if (value === NOT_SURE && notSure) return choices.length;
  const at = choices.findIndex((c) => c.value === value);
  if (at >= 0) return at;
  return notSure ? choices.length : -1;
}

/** State and moves of a single-choice list with type-to-search and a window of `rows` rows. */
export function useSelect(choices: Choice[], value: AnswerValue | undefined, notSure: boolean, rows: number) {
  const [state, update, latest] = useLatestState<State>(() => {
    const cursor = initialCursor(choices, value, notSure);
    const count = choices.length + (notSure ? 1 : 0);
    return { filter: '', cursor, start: windowStart(0, Math.max(0, cursor), rows, count) };
  });
  const view = useMemo(() => searchRows(choices, state.filter, notSure), [choices, state.filter, notSure]);

  const move = (delta: number) =>
    update((s) => {
      const count = searchRows(choices, s.filter, notSure).length;
      if (count === 0) return s;
      // from "nothing highlighted", ↓ goes to the first row and ↑ to the last
      const from = s.cursor < 0 ? (delta > 0 ? -1 : count) : s.cursor;
      const cursor = Math.max(0, Math.min(count - 1, from + delta));
      return { ...s, cursor, start: windowStart(s.start, cursor, rows, count), error: undefined };
    });

  const setFilter = (edit: (f: string) => string) =>
    update((s) => {
      const filter = edit(s.filter);
      if (filter === s.filter) return s;
      const list = searchRows(choices, filter, notSure);
      // a search highlights its best match; clearing it goes back to where the list started
      const cursor = filter.trim() === '' ? initialCursor(choices, value, notSure) : list.findIndex((r) => r !== 'notSure');
      return { ...s, filter, cursor, start: windowStart(0, Math.max(0, cursor), rows, list.length), error: undefined };
    });

  /** The answer for Enter, or undefined after showing why nothing was chosen. */
  const result = (): AnswerValue | undefined => {
    const s = latest();
    const row = searchRows(choices, s.filter, notSure)[s.cursor];
    if (row === undefined) {
      update((x) => ({ ...x, error: 'Nothing is chosen yet: move with ↑↓ (or type to search), then press Enter.' }));
      return undefined;
    }
    return row === 'notSure' ? NOT_SURE : row.value;
  };

  return { state, view, move, setFilter, result, latest };
}
