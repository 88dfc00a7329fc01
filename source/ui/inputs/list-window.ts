/** First visible row of a window of `rows` rows over `count` items that keeps `cursor` visible, moving as little as possible from `start`. */
export function windowStart(start: number, cursor: number, rows: number, count: number): number {
  let next = start;
  if (cursor < next) next = cursor;
  if (cursor >= next + rows) next = cursor - rows + 1;
  return Math.max(0, Math.min(next, count - rows));
}

/** How many list rows fit in `height` after `reserved` fixed rows; when the list is longer, two rows go to "↑/↓ n more". */
export function listRows(height: number, reserved: number, count: number): { rows: number; windowed: boolean } {
  const free = Math.max(1, height - reserved);
  if (count <= free) return { rows: count, windowed: false };
  return { rows: Math.max(1, free - 2), windowed: true };
}
