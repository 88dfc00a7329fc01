import { Text } from 'ink';
import stringWidth from 'string-width';
import { boundaries, nextBoundary } from './graphemes.js';

interface TextFieldProps {
  text: string;
  cursor: number;
  /** show the cursor (only the active field has one) */
  focused: boolean;
  placeholder?: string;
  /** columns and rows the field may use: a longer text shows the rows around the cursor */
  width?: number;
  rows?: number;
}

/** A one-line field that wraps long text; the cursor is an inverse cell. */
export function TextField({ text, cursor, focused, placeholder, width, rows }: TextFieldProps) {
  if (!focused) return <Text wrap="wrap">{'  '}{text || <Text dimColor>{placeholder}</Text>}</Text>;
  // A text longer than the rows it may use would push the screen's header off and overwrite its
  // footer: show the rows that hold the cursor, one line each, and say how much is out of view.
  const window = width && rows ? visibleWindow(text, cursor, width - 2, rows) : undefined;
  if (window) {
    return (
      <>
        {window.from > 0 ? <Text dimColor>  ↑ {window.from} characters before</Text> : null}
        {window.rows.map(([from, to], i) => (
          <Text key={from} wrap="truncate-end">
            {i === 0 ? '› ' : '  '}
            {i === window.cursorRow ? withCursor(text.slice(from, to), cursor - from) : text.slice(from, to)}
          </Text>
        ))}
        {window.to < text.length ? <Text dimColor>  ↓ {text.length - window.to} characters after</Text> : null}
      </>
    );
  }
  return (
    <Text wrap="wrap">
      {'› '}
      {withCursor(text, cursor)}
      {text === '' && placeholder ? <Text dimColor> {placeholder}</Text> : null}
    </Text>
  );
}

function withCursor(text: string, cursor: number) {
  const end = nextBoundary(text, cursor);
  const at = text.slice(cursor, end) || ' ';
  // Without colours (NO_COLOR) an inverse cell is invisible: the cursor is a bar before the character instead.
  const plain = !!process.env.NO_COLOR;
  return (
    <>
      {text.slice(0, cursor)}
      {plain ? <Text>{'▏'}{at === ' ' ? '' : at}</Text> : <Text inverse>{at}</Text>}
      {text.slice(end)}
    </>
  );
}

/**
 * The part of `text` to show when it does not fit in `rows` rows of `columns`: whole rows (cut at
 * grapheme boundaries by display width) around the cursor, with one row each for the "more" lines.
 * Undefined when it all fits.
 */
export function visibleWindow(text: string, cursor: number, columns: number, rows: number): { from: number; to: number; rows: [number, number][]; cursorRow: number } | undefined {
  const cols = Math.max(4, columns);
  // row starts by display width; one more cell for the cursor at the end
  const starts = [0];
  let used = 0;
  const points = boundaries(text);
  for (let i = 0; i < points.length - 1; i++) {
    const w = stringWidth(text.slice(points[i], points[i + 1]));
    if (used + w > cols) {
      starts.push(points[i]!);
      used = 0;
    }
    used += w;
  }
  const total = starts.length + (used >= cols ? 1 : 0);
  if (total <= rows) return undefined;
  const room = Math.max(1, rows - 2);
  if (used >= cols) starts.push(text.length);
  let cursorRow = 0;
  starts.forEach((s, i) => {
    if (s <= cursor) cursorRow = i;
  });
  const first = Math.max(0, Math.min(cursorRow - Math.floor(room / 2), starts.length - room));
  const last = Math.min(starts.length, first + room);
  const edges = [...starts.slice(first, last), last < starts.length ? starts[last]! : text.length];
  const shown: [number, number][] = edges.slice(0, -1).map((s, i) => [s, edges[i + 1]!]);
  return { from: edges[0]!, to: edges[edges.length - 1]!, rows: shown, cursorRow: cursorRow - first };
}
