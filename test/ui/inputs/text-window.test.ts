// The rows a long text field shows: contiguous, around the cursor, each within the width.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { visibleWindow } from '../../../source/ui/inputs/TextField.js';

describe('visibleWindow', () => {
  test('a text that fits shows whole', () => {
    expect(visibleWindow('short', 5, 40, 3)).toBeUndefined();
  });

  test('any text, cursor and size: rows are contiguous, hold the cursor, fit the width, and leave room for the two "more" lines', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', 'é', 'e\u0301', '📝', '漢', '👩‍💻'), { maxLength: 400 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 4, max: 80 }), fc.integer({ min: 3, max: 12 }), (t, c, cols, rows) => {
        const cursor = Math.min(c, t.length);
        const w = visibleWindow(t, cursor, cols, rows);
        if (!w) return;
        expect(w.rows.length).toBeLessThanOrEqual(rows - 2);
        expect(w.rows[0]![0]).toBe(w.from);
        expect(w.rows[w.rows.length - 1]![1]).toBe(w.to);
        for (let i = 1; i < w.rows.length; i++) expect(w.rows[i]![0]).toBe(w.rows[i - 1]![1]);
        for (const [from, to] of w.rows) expect(stringWidth(t.slice(from, to))).toBeLessThanOrEqual(cols);
        const [from, to] = w.rows[w.cursorRow]!;
        expect(cursor >= from && (cursor < to || cursor === t.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
