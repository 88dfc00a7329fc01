// Small text helpers for laying out screens in a fixed number of rows.

/** Rows a text takes when word-wrapped to `width` columns (an estimate good enough for layout). */
export function rowsOf(text: string, width: number): number {
  const w = Math.max(1, width);
  let rows = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    rows += 1;
    for (const word of paragraph.split(' ')) {
      const len = [...word].length;
      if (line === 0) {
        line = len;
      } else if (line + 1 + len <= w) {
        line += 1 + len;
      } else {
        rows += 1;
        line = len;
      }
      while (line > w) {
        rows += 1;
        line -= w;
      }
    }
  }
  return rows;
}

/** Cuts a text to at most `rows` wrapped rows, ending with "…" when cut. */
export function clampRows(text: string, width: number, rows: number): string {
  if (rowsOf(text, width) <= rows) return text;
  const words = text.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (rowsOf(`${next} …`, width) > rows) break;
    kept = next;
  }
  return `${kept} …`;
}

/** A path relative to the project root for display. */
export function shortPath(path: string, root: string): string {
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}

/** "1 error", "3 errors". */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** Word-wraps a text to `width` columns (same breaks as rowsOf), so no line starts with the space Ink would carry over. */
export function wrapText(text: string, width: number): string {
  const w = Math.max(1, width);
  return text
    .split('\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (line === '') line = word;
        else if ([...line].length + 1 + [...word].length <= w) line += ` ${word}`;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}
