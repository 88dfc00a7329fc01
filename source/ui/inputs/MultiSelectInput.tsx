import { Box, Text } from 'ink';
import { useMemo } from 'react';
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
 * Several answers from a list: ↑↓ move, space toggles, ctrl+a toggles all, typing filters, enter submits.
 */
export function MultiSelectInput({ spec, choices, value, markers, notSure, isActive, width, height, onSubmit, onCancel }: InputProps) {
  const total = choices.length + (notSure ? 1 : 0);
  // Two fixed rows: the status line (error, filter or count) and the key hints.
  const { rows, windowed } = listRows(height, 2, total);
  // Typing filters at every size, so a key never means one thing at 100x30 and another at 80x24.
  const filterable = true;
  const ms = useMultiSelect(choices, value, notSure, rows);
  const { state, view } = ms;

  useKeys(
    (input, key) => {
      if (key.escape) {
        if (ms.latest().filter !== '') ms.setFilter(() => '');
        else onCancel();
      } else if (key.home) ms.move(-total);
      else if (key.end) ms.move(total);
      else if (key.upArrow) ms.move(-1);
      else if (key.downArrow) ms.move(1);
      else if (key.pageUp) ms.move(-rows);
      else if (key.pageDown) ms.move(rows);
      else if (key.return) {
        const answer = ms.result(spec.required ?? false);
        if (answer !== undefined) onSubmit(answer);
      } else if (input === ' ') ms.toggle();
      else if (key.ctrl && input === 'a') ms.toggleAll();
      else if (key.ctrl && input === 'u') ms.setFilter(() => '');
      else if (key.backspace || key.delete) ms.setFilter((f) => [...f].slice(0, -1).join(''));
      else if (!key.ctrl && !key.meta && FILTER_TEXT.test(input)) ms.setFilter((f) => f + input);
      // a paste ("amazon web") arrives as one input and may hold spaces; a lone space still toggles
      else if (!key.ctrl && !key.meta && input.length > 1) ms.setFilter((f) => f + input.replace(/\u001B\[20[01]~|[\u0000-\u001F\u007F]/g, ''));
    },
    { isActive },
  );

  const shown = windowed ? view.slice(state.start, state.start + rows) : view;
  const selectedCount = useMemo(() => (state.notSure ? 0 : choices.reduce((n, c) => (state.checked.has(c.value) ? n + 1 : n), 0)), [state.notSure, state.checked, choices]);
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
      ) : (
        <Text wrap="truncate-end">
          {state.filter ? `Filter: ${state.filter}` : <Text dimColor>type to filter</Text>}
          <Text dimColor> · {state.notSure ? NOT_SURE_LABEL : `${selectedCount} selected`}</Text>
        </Text>
      )}
      <KeyHints hints={['↑↓ move', 'space toggle', 'ctrl+a all', 'enter confirm', 'esc back']} />
    </Box>
  );
}
