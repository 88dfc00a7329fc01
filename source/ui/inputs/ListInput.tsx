import { Box, Text } from 'ink';
import { NOT_SURE } from '../../core/questions/types.js';
import { useKeys } from './use-keys.js';
import type { InputProps } from './types.js';
import { NOT_SURE_LABEL } from './types.js';
import { useTextEditor } from './use-text-editor.js';
import { useLatestState } from './use-latest-state.js';
import { listRows, windowStart } from './list-window.js';
import { TextField } from './TextField.js';
import { ErrorLine, KeyHints } from './KeyHints.js';
import { MoreLine } from './MoreLine.js';

interface State {
  items: string[];
  selected: number;
  start: number;
  error?: string | undefined;
}

/** A repeatable list of short texts: Enter adds, ↑↓ select, Delete/Backspace on an empty field removes, Enter on an empty field finishes. */
export function ListInput({ spec, value, notSure, isActive, width, height, onSubmit, onCancel }: InputProps) {
  const wasNotSure = notSure && value === NOT_SURE;
  const editor = useTextEditor('');
  const [state, update, latest] = useLatestState<State>(() => {
    const items = Array.isArray(value) ? [...value] : [];
    const selected = items.length - 1;
    return { items, selected, start: windowStart(0, selected, listRows(height, 3, items.length).rows, items.length) };
  });
  // Three fixed rows: the field, the status line and the key hints.
  const { rows, windowed } = listRows(height, 3, Math.max(1, state.items.length));
  const select = (selected: number) =>
    update((s) => {
      const clamped = Math.max(0, Math.min(s.items.length - 1, selected));
      return { ...s, selected: clamped, start: windowStart(s.start, clamped, rows, s.items.length) };
    });

  useKeys(
    (input, key) => {
      const s = latest();
      if (key.escape) return onCancel();
      if (key.tab && notSure) return onSubmit(NOT_SURE);
      if (key.upArrow) return select(s.selected - 1);
      if (key.downArrow) return select(s.selected + 1);
      const text = editor.current().trim();
      if (key.return && text !== '') {
        if (s.items.includes(text)) return update((x) => ({ ...x, error: `“${text}” is already in the list.` }));
        editor.set('');
        update((x) => ({ ...x, items: [...x.items, text], error: undefined }));
        return select(s.items.length);
      }
      if (key.return) {
        if (s.items.length === 0 && spec.required) return update((x) => ({ ...x, error: 'Add at least one item.' }));
        return onSubmit(s.items);
      }
      if ((key.backspace || key.delete) && editor.current() === '' && s.items.length > 0) {
        update((x) => ({ ...x, items: x.items.filter((_, i) => i !== x.selected), error: undefined }));
        return select(s.selected);
      }
      if (editor.handle(input, key)) update((x) => (x.error ? { ...x, error: undefined } : x));
    },
    { isActive },
  );

  const shown = windowed ? state.items.slice(state.start, state.start + rows) : state.items;
  return (
    <Box flexDirection="column" width={width}>
      {windowed ? <MoreLine direction="up" count={state.start} /> : null}
      {shown.map((item, i) => {
        const on = state.start + i === state.selected;
        return (
          <Text key={item} wrap="truncate-end" color={on ? 'cyan' : undefined}>
            {on ? '› ' : '  '}• {item}
          </Text>
        );
      })}
      {windowed ? <MoreLine direction="down" count={Math.max(0, state.items.length - state.start - rows)} /> : null}
      <TextField text={editor.text} cursor={editor.cursor} focused={isActive} placeholder={'placeholder' in spec ? spec.placeholder : undefined} width={width} rows={3} />
      {state.error ? (
        <ErrorLine error={state.error} />
      ) : (
        <Text dimColor wrap="truncate-end">
          {state.items.length === 0 && wasNotSure ? `Currently: ${NOT_SURE_LABEL}` : `${state.items.length} item${state.items.length === 1 ? '' : 's'}`}
        </Text>
      )}
      <KeyHints
        hints={['enter add', '↑↓ pick', 'del remove', 'empty enter: done', notSure && 'tab not sure', 'esc back']}
      />
    </Box>
  );
}
