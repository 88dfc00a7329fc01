import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import type { InputProps } from './types.js';
import { NOT_SURE_LABEL } from './types.js';
import { ChoiceLabel, Pointer } from './ChoiceLabel.js';
import { ErrorLine, KeyHints } from './KeyHints.js';
import { MoreLine } from './MoreLine.js';
import { listRows } from './list-window.js';
import { useSelect } from './use-select.js';

/**
 * One answer from a list. The highlight starts on the current answer; without one, on "Not sure yet" when it is
 * offered, and otherwise on nothing, so that Enter never picks a first choice nobody chose. Typing searches the list
 * (the same at every terminal size); long lists show a window with "↑/↓ n more".
 */
export function SelectInput({ choices, value, markers, notSure, isActive, width, height, onSubmit, onCancel }: InputProps) {
  const total = choices.length + (notSure ? 1 : 0);
  // Two fixed rows: the search/status line and the key hints.
  const { rows, windowed } = listRows(height, 2, total);
  const sel = useSelect(choices, value, notSure, windowed ? rows : total);
  const { state, view } = sel;

  useKeys(
    (input, key) => {
      if (key.escape) {
        if (sel.latest().filter !== '') sel.setFilter(() => '');
        else onCancel();
      } else if (key.home) sel.move(-total - 1);
      else if (key.end) sel.move(total + 1);
      else if (key.upArrow) sel.move(-1);
      else if (key.downArrow) sel.move(1);
      else if (key.pageUp) sel.move(-rows);
      else if (key.pageDown) sel.move(rows);
      else if (key.return) {
        const answer = sel.result();
        if (answer !== undefined) onSubmit(answer);
      } else if (key.backspace || key.delete) sel.setFilter((f) => [...f].slice(0, -1).join(''));
      else if (key.ctrl && input === 'u') sel.setFilter(() => '');
      else if (!key.ctrl && !key.meta && !key.tab && input !== '' && !/[\u0000-\u001F\u007F]/.test(input)) sel.setFilter((f) => f + input);
    },
    { isActive },
  );

  const shown = view.slice(state.start, state.start + (windowed ? rows : view.length));
  return (
    <Box flexDirection="column" width={width}>
      {windowed ? <MoreLine direction="up" count={state.start} /> : null}
      {choices.length === 0 ? <Text dimColor>(no choices)</Text> : null}
      {shown.map((row, i) => {
        const on = isActive && state.start + i === state.cursor;
        return (
          <Box key={row === 'notSure' ? '\u0000not-sure' : row.value}>
            <Pointer on={on} />
            {row === 'notSure' ? (
              <ChoiceLabel label={NOT_SURE_LABEL} highlighted={on} />
            ) : (
              <ChoiceLabel label={row.label} hint={row.hint} marker={markers?.[row.value]} highlighted={on} />
            )}
          </Box>
        );
      })}
      {state.filter && view.every((r) => r === 'notSure') ? <Text dimColor>  (nothing matches “{state.filter}”)</Text> : null}
      {windowed ? <MoreLine direction="down" count={Math.max(0, view.length - state.start - rows)} /> : null}
      {state.error ? (
        <ErrorLine error={state.error} />
      ) : (
        <Text wrap="truncate-end">
          {state.filter ? `Search: ${state.filter}` : <Text dimColor>{state.cursor < 0 ? 'Nothing chosen yet · type to search' : 'type to search'}</Text>}
        </Text>
      )}
      <KeyHints hints={['↑↓ move', 'type to search', 'enter select', 'esc back']} />
    </Box>
  );
}
