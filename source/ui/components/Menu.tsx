import { useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import { windowStart } from '../inputs/list-window.js';

export interface MenuItem<T extends string = string> {
  value: T;
  label: string;
  /** dim text after the label */
  detail?: string | undefined;
  /** a group heading shown above this item */
  heading?: string | undefined;
}

interface MenuProps<T extends string> {
  items: MenuItem<T>[];
  onSelect(value: T): void;
  onHighlight?(value: T): void;
  isActive?: boolean;
  /** rows the menu may use; longer menus scroll */
  height: number;
  /** leave PgUp/PgDn to something else on the screen (the write screen's diff) */
  noPaging?: boolean;
  width: number;
  initial?: T | undefined;
}

/** A vertical menu: ↑↓ (and PgUp/PgDn, Home/End) move, Enter selects; long menus show a window with "n more". */
export function Menu<T extends string>({ items, onSelect, onHighlight, isActive = true, height, width, initial, noPaging = false }: MenuProps<T>) {
  const [cursor, setCursorState] = useState(() => Math.max(0, items.findIndex((i) => i.value === initial)));
  // Keys can arrive faster than renders: read and write the cursor through a ref.
  const latest = useRef(cursor);
  const setCursor = (n: number) => {
    latest.current = n;
    setCursorState(n);
  };
  // Each item takes a row, plus one for a heading.
  const rowsFor = (i: number) => (items[i]?.heading ? 2 : 1);
  const windowed = items.reduce((n, _i, idx) => n + rowsFor(idx), 0) > height;
  const capacity = Math.max(1, windowed ? height - 2 : height);
  const [start, setStart] = useState(0);
  // how many items from `from` fit in the capacity
  const fit = (from: number) => {
    let used = 0;
    let count = 0;
    for (let i = from; i < items.length && used + rowsFor(i) <= capacity; i++, count++) used += rowsFor(i);
    return Math.max(1, count);
  };
  const move = (to: number) => {
    const next = Math.max(0, Math.min(items.length - 1, to));
    setCursor(next);
    setStart((s) => {
      let first = windowStart(s, next, fit(s), items.length);
      while (next >= first + fit(first)) first++;
      return first;
    });
    const item = items[next];
    if (item) onHighlight?.(item.value);
  };
  useInput(
    (_input, key) => {
      const at = latest.current;
      if (key.upArrow) move(at - 1);
      else if (key.downArrow) move(at + 1);
      else if (key.pageUp && !noPaging) move(at - capacity);
      else if (key.pageDown && !noPaging) move(at + capacity);
      else if (key.home) move(0);
      else if (key.end) move(items.length - 1);
      else if (key.return) {
        const item = items[latest.current];
        if (item) onSelect(item.value);
      }
    },
    { isActive },
  );
  const first = windowed ? Math.min(start, Math.max(0, items.length - 1)) : 0;
  const shown = items.slice(first, first + (windowed ? fit(first) : items.length));
  return (
    <Box flexDirection="column" width={width}>
      {windowed ? <Text dimColor>{first > 0 ? `  ↑ ${first} more` : ' '}</Text> : null}
      {shown.map((item, i) => {
        const on = first + i === cursor;
        return (
          <Box key={item.value} flexDirection="column">
            {item.heading ? <Text bold>{item.heading}</Text> : null}
            <Text wrap="truncate-end" color={on ? 'cyan' : undefined}>
              {on ? '› ' : '  '}
              {item.label}
              {item.detail ? <Text dimColor> {item.detail}</Text> : null}
            </Text>
          </Box>
        );
      })}
      {windowed ? (
        <Text dimColor>{first + shown.length < items.length ? `  ↓ ${items.length - first - shown.length} more` : ' '}</Text>
      ) : null}
    </Box>
  );
}
