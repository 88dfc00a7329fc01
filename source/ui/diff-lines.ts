// The policy on disk against the new text, as coloured terminal lines: changed
// lines with a little context, the rest folded.
import { diffLines } from 'diff';

export interface DiffLine {
  kind: 'add' | 'remove' | 'context' | 'fold';
  text: string;
}

/** Line diff of two texts with `context` unchanged lines around each change. */
export function policyDiff(before: string, after: string, context = 2): DiffLine[] {
  const out: DiffLine[] = [];
  const pendingAdds: string[] = [];
  const parts = diffLines(before, after);
  parts.forEach((part, index) => {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.added || part.removed) {
      const next = parts[index + 1];
      if (part.removed && next?.added) {
        // a changed line: start both at the change, so a long paragraph still shows what differs
        const added = next.value.replace(/\n$/, '').split('\n');
        if (added.length === lines.length) {
          lines.forEach((text, i) => {
            const [a, b] = focusChange(text, added[i]!);
            out.push({ kind: 'remove', text: a });
            pendingAdds.push(b);
          });
          return;
        }
      }
      if (part.added && pendingAdds.length > 0) {
        for (const text of pendingAdds.splice(0)) out.push({ kind: 'add', text });
        return;
      }
      for (const text of lines) out.push({ kind: part.added ? 'add' : 'remove', text });
      return;
    }
    const head = index > 0 ? lines.slice(0, context) : [];
    const tail = index < parts.length - 1 ? lines.slice(Math.max(head.length, lines.length - context)) : [];
    const folded = lines.length - head.length - tail.length;
    for (const text of head) out.push({ kind: 'context', text });
    if (folded > 0) out.push({ kind: 'fold', text: `… ${folded} unchanged lines` });
    for (const text of tail) out.push({ kind: 'context', text });
  });
  return out;
}

/** Counts of added and removed lines. */
export function diffStats(lines: DiffLine[]): { added: number; removed: number } {
  return { added: lines.filter((l) => l.kind === 'add').length, removed: lines.filter((l) => l.kind === 'remove').length };
}

/** Two versions of a line cut to start a little before their first difference (when that is far in). */
export function focusChange(before: string, after: string, lead = 12): [string, string] {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  if (same <= lead + 8) return [before, after];
  const cut = before.lastIndexOf(' ', same - lead) + 1 || same - lead;
  return [`…${before.slice(cut)}`, `…${after.slice(cut)}`];
}
