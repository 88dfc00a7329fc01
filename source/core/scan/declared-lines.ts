// Where in answers.json each declared service is written, so that `check` can point at the
// line to delete when the code no longer uses a service (the other direction points at the code).

/**
 * The 1-based line of each of `ids` inside the "services.used" value of an answers file's text;
 * ids not found there (or a file without that key) are left out.
 */
export function declaredServiceLines(text: string, ids: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  const key = /"services\.used"\s*:\s*\{[^{}]*?"value"\s*:\s*\[/.exec(text);
  if (!key) return found;
  const start = key.index + key[0].length;
  const end = text.indexOf(']', start);
  if (end === -1) return found;
  const list = text.slice(start, end);
  let line = lineAt(text, start);
  let counted = 0;
  for (const match of list.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    for (let at = list.indexOf('\n', counted); at !== -1 && at < match.index; at = list.indexOf('\n', at + 1)) {
      line++;
      counted = at + 1;
    }
    const id = match[1]!;
    if (ids.includes(id) && !found.has(id)) found.set(id, line);
  }
  return found;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
