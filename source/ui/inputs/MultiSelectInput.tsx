import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import type { InputProps } from './types.js';
import { NOT_SURE_LABEL } from './types.js';
import { Checkbox, ChoiceLabel, Pointer } from './ChoiceLabel.js';
import { ErrorLine, KeyHints } from './KeyHints.js';
import { MoreLine } from './MoreLine.js';
import { listRows } from './list-window.js';
import { useMultiSelect } from './use-multi-select.js';

// A filter is typed with printable characters other than space (space toggles).
const FILTER_TEXT = /^[^\s\u0000-\u001F\u007F]+$/;

/**
 * Several answers from a list: ↑↓ move, space toggles, a (ctrl+a when filtering) toggles all, enter submits.
 * When the list is longer than the window, typing filters it.
 */
export function MultiSelectInput({ spec, choices, value, markers, notSure, isActive, width, height, onSubmit, onCancel }: InputProps) {
  const total = choices.length + (notSure ? 1 : 0);
  // Two fixed rows: the status line (error, filter or count) and the key hints.
  const { rows, windowed } = listRows(height, 2, total);
  const filterable = windowed;
  const ms = useMultiSelect(choices, value, notSure, rows);
  const { state, view } = ms;

  useKeys(
    (input, key) => {
      if (key.escape) {
        if (ms.latest().filter !== '') ms.setFilter(() => '');
        else onCancel();
      } else if (key.upArrow) ms.move(-1);
      else if (key.downArrow) ms.move(1);
      else if (key.pageUp) ms.move(-rows);
      else if (key.pageDown) ms.move(rows);
      else if (key.return) {
        const answer = ms.result(spec.required ?? false);
        if (answer !== undefined) onSubmit(answer);
      } else if (input === ' ') ms.toggle();
      else if (key.ctrl && input === 'a') ms.toggleAll();
      else if (!filterable && input === 'a' && !key.ctrl && !key.meta) ms.toggleAll();
      else if (filterable && (key.backspace || key.delete)) ms.setFilter((f) => f.slice(0, -1));
      else if (filterable && !key.ctrl && !key.meta && FILTER_TEXT.test(input)) ms.setFilter((f) => f + input);
    },
    { isActive },
  );

  const shown = windowed ? view.slice(state.start, state.start + rows) : view;
  const selectedCount = state.notSure ? 0 : choices.filter((c) => state.checked.has(c.value)).length;
  return (
    <Box flexDirection="column" width={width}>
      {windowed ? <MoreLine direction="up" count={state.start} /> : null}
      {shown.map((row, i) => {
        const index = state.start + i;
        const on = isActive && index === state.cursor;
        const key = row.kind === 'notSure' ? '\u0000not-sure' : row.choice.value;
        const checked = row.kind === 'notSure' ? state.notSure : state.checked.has(row.choice.value);
        return (
          <Box key={key}>
            <Pointer on={on} />
            <Checkbox checked={checked} />
            {row.kind === 'notSure' ? (
              <ChoiceLabel label={NOT_SURE_LABEL} hint="clears the others" highlighted={on} />
            ) : (
              <ChoiceLabel label={row.choice.label} hint={row.choice.hint} marker={markers?.[row.choice.value]} highlighted={on} />
            )}
          </Box>
        );
      })}
      {view.length === 0 || (view.length === 1 && notSure && state.filter) ? <Text dimColor>  (nothing matches “{state.filter}”)</Text> : null}
      {windowed ? <MoreLine direction="down" count={Math.max(0, view.length - state.start - rows)} /> : null}
      {state.error ? (
        <ErrorLine error={state.error} />
      ) : filterable ? (
        <Text wrap="truncate-end">
          Filter: {state.filter || <Text dimColor>type to filter</Text>}
          <Text dimColor> · {selectedCount} selected</Text>
        </Text>
      ) : (
        <Text dimColor>{state.notSure ? NOT_SURE_LABEL : `${selectedCount} selected`}</Text>
      )}
      <KeyHints
        hints={['↑↓ move', 'space toggle', filterable ? 'ctrl+a all' : 'a all', 'enter confirm', 'esc back']}
      />
    </Box>
  );
}
