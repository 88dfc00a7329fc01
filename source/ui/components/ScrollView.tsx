import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';

/** A line: plain (may hold ANSI colours) or coloured by Ink. */
export type Line = string | { text: string; color?: string; dim?: boolean };

interface ScrollViewProps {
  /** one entry per row; longer rows are truncated */
  lines: Line[];
  height: number;
  width: number;
  isActive?: boolean;
  /** only PgUp/PgDn scroll (the arrows belong to a menu on the same screen) */
  pageOnly?: boolean;
}

/** A scrollable block of lines: ↑↓ one line, PgUp/PgDn (and space) a page, Home/End the ends. */
export function ScrollView({ lines, height, width, isActive = true, pageOnly = false }: ScrollViewProps) {
  const rows = Math.max(1, height - 1);
  const max = Math.max(0, lines.length - rows);
  const [top, setTop] = useState(0);
  useEffect(() => setTop((t) => Math.min(t, max)), [max]);
  useInput(
    (input, key) => {
      // functional updates: several keys may arrive before the next render
      const by = (delta: number) => setTop((t) => Math.max(0, Math.min(max, t + delta)));
      if (key.upArrow && !pageOnly) by(-1);
      else if (key.downArrow && !pageOnly) by(1);
      else if (key.pageUp) by(-rows);
      else if (key.pageDown || (input === ' ' && !pageOnly)) by(rows);
      else if (key.home && !pageOnly) setTop(0);
      else if (key.end && !pageOnly) setTop(max);
    },
    { isActive },
  );
  const shown = lines.slice(top, top + rows);
  const percent = max === 0 ? 100 : Math.round((top / max) * 100);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {shown.map((line, i) => (
        <Text key={top + i} wrap="truncate-end" {...(typeof line === 'string' ? {} : { color: line.color, dimColor: line.dim })}>
          {(typeof line === 'string' ? line : line.text) || ' '}
        </Text>
      ))}
      {Array.from({ length: rows - shown.length }, (_, i) => (
        <Text key={`pad${i}`}> </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        {lines.length === 0 ? '(empty)' : `lines ${top + 1}–${top + shown.length} of ${lines.length} · ${percent}%`}
      </Text>
    </Box>
  );
}
