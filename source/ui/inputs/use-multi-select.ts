import { useMemo, useRef } from 'react';
import { NOT_SURE } from '../../core/questions/types.js';
import type { Choice } from '../../core/questions/types.js';
import type { AnswerValue } from '../../core/answers/types.js';
import { useLatestState } from './use-latest-state.js';
import { windowStart } from './list-window.js';

/** A row of the multiselect: a choice, or the exclusive "Not sure yet". */
export type Row = { kind: 'choice'; choice: Choice } | { kind: 'notSure' };

interface State {
  checked: ReadonlySet<string>;
  notSure: boolean;
  filter: string;
  cursor: number;
  start: number;
  error?: string | undefined;
}

/** State and moves of a multiselect with an optional filter and a window of `rows` rows. */
export function useMultiSelect(choices: Choice[], value: AnswerValue | undefined, offerNotSure: boolean, rows: number) {
  const [state, update, latest] = useLatestState<State>(() => ({
    checked: new Set(Array.isArray(value) ? value : []),
    // nothing answered and nothing suggested: start on "Not sure yet", so Enter never says "none of these" for you
    notSure: offerNotSure && (value === NOT_SURE || value === undefined),
    filter: '',
    cursor: 0,
    start: 0,
  }));

  // The list is the whole catalog for the services question: each choice's label and value are
  // lowercased once, not on every typed key, and the rows of the last filter are kept, so a move
  // (↑↓, which asks for the rows) does not filter and rebuild ~1,000 rows again.
  const lowered = useMemo(() => choices.map((c) => ({ label: c.label.toLowerCase(), value: c.value.toLowerCase() })), [choices]);
  const lastView = useRef<{ filter: string; choices: Choice[]; offerNotSure: boolean; rows: Row[] }>(undefined);
  const viewOf = (filter: string): Row[] => {
    const last = lastView.current;
    if (last && last.filter === filter && last.choices === choices && last.offerNotSure === offerNotSure) return last.rows;
    const needle = filter.toLowerCase();
    const list: Row[] = [];
    choices.forEach((choice, i) => {
      if (needle === '' || lowered[i]!.label.includes(needle) || lowered[i]!.value.includes(needle)) list.push({ kind: 'choice', choice });
    });
    if (offerNotSure) list.push({ kind: 'notSure' });
    lastView.current = { filter, choices, offerNotSure, rows: list };
    return list;
  };
  const view = viewOf(state.filter);

  const move = (delta: number) =>
    update((s) => {
      const count = viewOf(s.filter).length;
      if (count === 0) return s;
      const cursor = Math.max(0, Math.min(count - 1, s.cursor + delta));
      return { ...s, cursor, start: windowStart(s.start, cursor, rows, count) };
    });

  const setFilter = (edit: (f: string) => string) =>
    update((s) => ({ ...s, filter: edit(s.filter), cursor: 0, start: 0, error: undefined }));

  const toggle = () =>
    update((s) => {
      const row = viewOf(s.filter)[s.cursor];
      if (!row) return s;
      if (row.kind === 'notSure') return { ...s, notSure: !s.notSure, checked: s.notSure ? s.checked : new Set(), error: undefined };
      const checked = new Set(s.checked);
      if (checked.has(row.choice.value)) checked.delete(row.choice.value);
      else checked.add(row.choice.value);
      return { ...s, checked, notSure: false, error: undefined };
    });

  const toggleAll = () =>
    update((s) => {
      const values = viewOf(s.filter).flatMap((r) => (r.kind === 'choice' ? [r.choice.value] : []));
      const all = values.length > 0 && values.every((v) => s.checked.has(v));
      const checked = new Set(s.checked);
      for (const v of values) {
        if (all) checked.delete(v);
        else checked.add(v);
      }
      return { ...s, checked, notSure: false, error: undefined };
    });

  /** The answer to submit, or undefined after showing an error (required and nothing selected). */
  const result = (required: boolean): AnswerValue | undefined => {
    const s = latest();
    if (s.notSure) return NOT_SURE;
    const selected = choices.filter((c) => s.checked.has(c.value)).map((c) => c.value);
    if (required && selected.length === 0) {
      update((x) => ({ ...x, error: 'Select at least one (space toggles).' }));
      return undefined;
    }
    return selected;
  };

  return { state, view, move, setFilter, toggle, toggleAll, result, latest };
}
