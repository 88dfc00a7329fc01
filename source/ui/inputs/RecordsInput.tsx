import stringWidth from 'string-width';
import { useRef, useState } from 'react';
import { Box, Text, type Key } from 'ink';
import type { AnswerValue, FieldValue, RecordsValue } from '../../core/answers/types.js';
import { useKeys } from './use-keys.js';
import type { RecordsInputProps } from './types.js';
import { useLatestState } from './use-latest-state.js';
import { fieldValue, pruneRecords } from './record-steps.js';
import { cellKey, isSuggested, nextOpenField, openDraft, openItemFieldsNote, rowFields } from './review-table.js';
import { FieldInput } from './FieldInput.js';
import { KeyRouter } from './KeyRouter.js';
import type { KeyRouterApi } from './key-routing.js';
import { KeyHints } from './KeyHints.js';
import { MoreLine } from './MoreLine.js';
import { TableRow, CellDetail } from './TableRow.js';
import { windowStart } from './list-window.js';

interface State {
  draft: RecordsValue;
  /** cells the user confirmed or edited (item \0 field) */
  confirmed: ReadonlySet<string>;
  /** -1 = the "accept all" line, else a row */
  row: number;
  /** index into the row's applicable fields */
  field: number;
  start: number;
  /** the cell open for editing */
  editing?: { row: number; field: string } | undefined;
}

/**
 * A review table: one row per item (a purpose, a kind of data, a service), one cell per field, every cell starting
 * on its suggestion or "Not sure yet". Enter on the first line accepts all rows; ↑↓ pick a row, ←→ a cell, Enter edits it.
 */
export function RecordsInput(props: RecordsInputProps) {
  const { items, value, isActive, width, height, onSubmit, onCancel, onProgress, fieldChoices, focusItems } = props;
  const fields = 'fields' in props.spec ? (props.spec.fields ?? []) : [];
  // With focusItems (e.g. services added since the last run) only those rows are shown; the others keep their answers.
  const cell = props.cell && items.some((i) => i.key === props.cell!.item) && fields.some((f) => f.id === props.cell!.field) ? props.cell : undefined;
  const [rows] = useState(() => {
    if (cell) return items.filter((i) => i.key === cell.item);
    return focusItems && focusItems.length > 0 ? items.filter((i) => focusItems.includes(i.key)) : items;
  });
  // What was saved when the table opened: saving progress must not turn the remaining suggestions into answers.
  const [saved] = useState(() => props.saved);
  const router = useRef<KeyRouterApi>(null);
  const [state, update, latest] = useLatestState<State>(() => ({
    draft: openDraft(items, fields, isRecords(value) ? value : {}),
    confirmed: new Set(),
    row: cell ? 0 : -1,
    field: 0,
    start: 0,
    editing: cell ? { row: 0, field: cell.field } : undefined,
  }));
  const store = (draft: RecordsValue) => pruneRecords(items, fields, draft);
  // a cell only some rows have, still open, is named under the table: it is the last of its row, often cut off
  const note = openItemFieldsNote(rows, fields, state.draft);
  // wrapped, at most two lines, so the names at its end are not cut off in a narrow terminal
  const noteLines = note ? Math.min(2, Math.ceil(stringWidth(note) / Math.max(1, width))) : 0;
  // Rows: legend, accept line, the detail of the current cell (2), key hints, the note; "more" lines when windowed.
  const room = Math.max(1, height - 5 - noteLines);
  const windowed = rows.length > room;
  const visibleRows = windowed ? Math.max(1, room - 2) : rows.length;

  const moveRow = (delta: number) =>
    update((s) => {
      const row = Math.max(-1, Math.min(rows.length - 1, s.row + delta));
      return { ...s, row, field: 0, start: row < 0 ? 0 : windowStart(s.start, row, visibleRows, rows.length) };
    });
  const moveField = (delta: number) =>
    update((s) => {
      const item = rows[s.row];
      if (!item) return s;
      const count = rowFields(fields, s.draft[item.key], item).length;
      return { ...s, field: (s.field + delta + count) % Math.max(1, count) };
    });
  const setCell = (s: State, rowIndex: number, fieldId: string, v: FieldValue): State => {
    const item = rows[rowIndex]!;
    const draft = { ...s.draft, [item.key]: { ...s.draft[item.key], [fieldId]: v } };
    const refilled = openDraft([item], fields, draft);
    return { ...s, draft: refilled, confirmed: new Set([...s.confirmed, cellKey(item.key, fieldId)]) };
  };

  const onTableKey = (input: string, key: Key) => {
      const s = latest();
      if (key.escape) return onCancel();
      if (key.home) return moveRow(-rows.length - 1);
      if (key.end) return moveRow(rows.length);
      if (key.upArrow) return moveRow(-1);
      if (key.downArrow) return moveRow(1);
      if (key.leftArrow) return moveField(-1);
      if (key.rightArrow || key.tab) return moveField(1);
      const item = rows[s.row];
      if (key.return && !item) return onSubmit(store(s.draft));
      const field = item ? rowFields(fields, s.draft[item.key], item)[s.field] : undefined;
      if (!item || !field) return;
      if (key.return) {
        router.current?.hold();
        return update((x) => ({ ...x, editing: { row: x.row, field: field.id } }));
      }
      if (input === '=' && s.row > 0) {
        // same as the row above
        const above = s.draft[rows[s.row - 1]!.key]?.[field.id];
        if (above === undefined) return;
        const next = setCell(s, s.row, field.id, structuredClone(above));
        update(() => next);
        onProgress?.(store(next.draft));
      }
  };

  const submitCell = (at: { row: number; field: string }, answer: AnswerValue) => {
    const s = latest();
    if (!s.editing || s.editing.row !== at.row || s.editing.field !== at.field || isRecords(answer)) return;
    router.current?.hold();
    const next = setCell(s, at.row, at.field, answer as FieldValue);
    const item = rows[at.row]!;
    const follow = nextOpenField(fields, s.draft[item.key], next.draft[item.key], item);
    const applicable = rowFields(fields, next.draft[item.key], item);
    const fieldIndex = Math.max(0, applicable.findIndex((f) => f.id === (follow ?? at.field)));
    update(() => ({ ...next, field: fieldIndex, editing: follow ? { row: at.row, field: follow.id } : undefined }));
    onProgress?.(store(next.draft));
    // a fix from the audit: that one answer (and what it made necessary), then back to the audit
    if (cell && !follow) onSubmit(store(next.draft));
  };

  const editing = state.editing;
  const editItem = editing ? rows[editing.row] : undefined;
  const editField = editing ? fields.find((f) => f.id === editing.field) : undefined;
  if (editing && editItem && editField) {
    return (
      <KeyRouter isActive={isActive} ref={router}>
        <Box flexDirection="column" width={width}>
          <Text bold wrap="wrap">
            {editItem.label} · {editField.prompt}
          </Text>
          {editField.hint ? <Text dimColor wrap="truncate-end">{editField.hint}</Text> : null}
          <FieldInput
            key={cellKey(editItem.key, editField.id)}
            spec={editField}
            choices={fieldChoices(editField, editItem.key)}
            value={fieldValue(editField, state.draft[editItem.key])}
            notSure={editField.notSure ?? false}
            isActive={isActive}
            width={width}
            height={Math.max(3, height - 2)}
            onSubmit={(answer) => submitCell(editing, answer)}
            onCancel={() => {
              if (cell) return onCancel();
              router.current?.hold();
              update((x) => ({ ...x, editing: undefined }));
            }}
          />
        </Box>
      </KeyRouter>
    );
  }

  const current = rows[state.row];
  const currentFields = current ? rowFields(fields, state.draft[current.key], current) : [];
  const shown = rows.slice(state.start, state.start + visibleRows);
  const labelWidth = Math.min(Math.max(...rows.map((r) => r.label.length), 8), Math.floor(width * 0.28));
  const hidden = items.length - rows.length;
  return (
    <KeyRouter isActive={isActive} ref={router}>
      <Box flexDirection="column" width={width}>
        <Keys handler={onTableKey} isActive={isActive} />
        <Text dimColor wrap="truncate-end">
          * suggested, not confirmed yet{hidden > 0 ? ` · ${hidden} other row${hidden === 1 ? '' : 's'} unchanged` : ''}
        </Text>
        <Text wrap="truncate-end" color={state.row < 0 ? 'cyan' : undefined} bold={state.row < 0}>
          {state.row < 0 ? '› ' : '  '}✔ Accept {rows.length === 1 ? 'this row' : `all ${rows.length} rows`} and continue
        </Text>
        {windowed ? <MoreLine direction="up" count={state.start} /> : null}
        {shown.map((item, i) => (
          <TableRow
            key={item.key}
            item={item}
            fields={rowFields(fields, state.draft[item.key], item)}
            values={state.draft[item.key]}
            choices={fieldChoices}
            suggested={(f) => isSuggested(item.key, f, state.draft, saved, state.confirmed)}
            selected={state.start + i === state.row}
            cell={state.field}
            labelWidth={labelWidth}
          />
        ))}
        {windowed ? <MoreLine direction="down" count={Math.max(0, rows.length - state.start - visibleRows)} /> : null}
        {current && currentFields[state.field] ? (
          <CellDetail
            item={current}
            field={currentFields[state.field]!}
            index={state.field}
            count={currentFields.length}
            value={state.draft[current.key]?.[currentFields[state.field]!.id]}
            choices={fieldChoices(currentFields[state.field]!, current.key)}
            suggested={isSuggested(current.key, currentFields[state.field]!.id, state.draft, saved, state.confirmed)}
            width={width}
          />
        ) : (
          <Text dimColor wrap="truncate-end">
            {rows.length === 0 ? 'Nothing to fill in here.' : 'Enter accepts every row as shown · ↓ to check or change one'}
          </Text>
        )}
        {note ? (
          <Box height={noteLines} overflow="hidden">
            <Text dimColor wrap="wrap">{note}</Text>
          </Box>
        ) : null}
        <KeyHints hints={current ? ['↑↓ row', '←→ cell', 'enter edit', state.row > 0 && '= same as above', 'esc back'] : ['enter accept all', '↓ rows', 'esc back']} />
      </Box>
    </KeyRouter>
  );
}

/** Hands the table's keys to the router above it (a component, so it registers under the table's own KeyRouter). */
function Keys({ handler, isActive }: { handler: (input: string, key: Key) => void; isActive: boolean }) {
  useKeys(handler, { isActive });
  return null;
}

function isRecords(value: AnswerValue | undefined): value is RecordsValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
