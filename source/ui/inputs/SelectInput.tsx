import { useMemo, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import InkSelectInput from 'ink-select-input';
import { NOT_SURE } from '../../core/questions/types.js';
import { useKeys } from './use-keys.js';
import type { InputProps } from './types.js';
import { NOT_SURE_LABEL } from './types.js';
import { ChoiceLabel, Pointer } from './ChoiceLabel.js';
import { KeyHints } from './KeyHints.js';
import { MoreLine } from './MoreLine.js';
import { listRows, windowStart } from './list-window.js';

// Never equal to a choice value, so a choice literally named "not-sure" stays a choice.
const NOT_SURE_ITEM = '\u0000not-sure';

function Indicator({ isSelected = false }: { isSelected?: boolean }) {
  return <Pointer on={isSelected} />;
}

/** One answer from a list, on top of ink-select-input; long lists show a window with "↑/↓ n more". */
export function SelectInput({ choices, value, markers, notSure, isActive, width, height, onSubmit, onCancel }: InputProps) {
  const items = useMemo(() => {
    const list = choices.map((c) => ({ key: c.value, label: c.label, value: c.value }));
    if (notSure) list.push({ key: NOT_SURE_ITEM, label: NOT_SURE_LABEL, value: NOT_SURE_ITEM });
    return list;
  }, [choices, notSure]);
  const hints = useMemo(() => new Map(choices.map((c) => [c.value, c.hint])), [choices]);
  const { rows, windowed } = listRows(height, 1, items.length);

  const initial = Math.max(0, items.findIndex((i) => i.value === (value === NOT_SURE && notSure ? NOT_SURE_ITEM : value)));
  const highlight = useRef(initial);
  const [start, setStart] = useState(() => windowStart(0, initial, rows, items.length));
  // ink-select-input wraps a long list by rotating it; remounting at the wrapped-to item keeps the window in list order.
  const [mount, setMount] = useState(0);

  // ink-select-input reads its highlight from its last render, so an Enter that comes right after an arrow, before
  // Ink re-renders (a fast typist, a pty test), would pick the old item while the frame shows the new one. Enter
  // therefore submits the highlight tracked here; a digit (the library's "pick the n-th visible row") keeps its item.
  const digit = useRef(false);
  useKeys((input, key) => {
    digit.current = /^[1-9]$/.test(input);
    if (key.escape) onCancel();
  }, { isActive });
  const onSelect = (item: { value: string } | undefined) => {
    const shown = items[highlight.current];
    // Decided after this key's handlers have all run (whatever their order), so `digit` describes this key.
    queueMicrotask(() => {
      const chosen = digit.current ? item : shown;
      if (chosen) onSubmit(chosen.value === NOT_SURE_ITEM ? NOT_SURE : chosen.value);
    });
  };

  const onHighlight = (item: { value: string }) => {
    const next = items.findIndex((i) => i.value === item.value);
    const wrapped = Math.abs(next - highlight.current) > 1;
    highlight.current = next;
    if (windowed && wrapped) setMount((m) => m + 1);
    setStart((s) => windowStart(wrapped ? 0 : s, next, rows, items.length));
  };

  const Item = useMemo(
    () =>
      function Item({ label, isSelected = false, value: v }: { label: string; isSelected?: boolean; value?: string }) {
        return <ChoiceLabel label={label} hint={v ? hints.get(v) : undefined} marker={v ? markers?.[v] : undefined} highlighted={isSelected} />;
      },
    [hints, markers],
  );

  return (
    <Box flexDirection="column" width={width}>
      {windowed ? <MoreLine direction="up" count={start} /> : null}
      {items.length === 0 ? <Text dimColor>(no choices)</Text> : null}
      <InkSelectInput
        key={mount}
        items={items}
        isFocused={isActive}
        initialIndex={highlight.current}
        limit={windowed ? rows : undefined}
        indicatorComponent={Indicator}
        itemComponent={Item}
        onHighlight={onHighlight}
        onSelect={onSelect}
      />
      {windowed ? <MoreLine direction="down" count={items.length - start - rows} /> : null}
      <KeyHints hints={['↑↓ move', 'enter select', 'esc back']} />
    </Box>
  );
}
