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
  const parts = diffLines(before, after);
  parts.forEach((part, index) => {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.added || part.removed) {
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
