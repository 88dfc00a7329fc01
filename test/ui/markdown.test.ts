// The preview renders the policy for the terminal: lists read like prose (bold, links) and wrap
// at the width instead of running off the edge.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../source/ui/markdown.js';

const plain = (s: string) => s.replace(/\u001B\[[0-9;]*m/g, '');

describe('renderMarkdown', () => {
  test('a link and bold text look the same in a list item as in a paragraph', () => {
    const lines = renderMarkdown('See [our page](https://example.com/p) and **this**.\n\n* See [our page](https://example.com/p) and **this**.\n', 80).map(plain);
    expect(lines[0]).toBe('See our page (https://example.com/p) and this.');
    expect(lines.find((l) => l.startsWith('  * '))).toBe('  * See our page (https://example.com/p) and this.');
    expect(lines.join('\n')).not.toContain('**');
    expect(lines.join('\n')).not.toContain('](');
  });

  test('a long list item wraps under its text, every word kept', () => {
    const item = 'Measuring how the product is used. Data used: device and network identifiers, usage data, approximate location.';
    const lines = renderMarkdown(`* **${item.slice(0, 34)}**${item.slice(34)}\n* Next.\n`, 40).map(plain);
    const first = lines.findIndex((l) => l.includes('Measuring'));
    const next = lines.findIndex((l) => l.includes('Next.'));
    const rows = lines.slice(first, next);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]!.startsWith('  * ')).toBe(true);
    for (const r of rows.slice(1)) expect(r.startsWith('    ')).toBe(true);
    expect(rows.map((r) => r.trim().replace(/^\* /, '')).join(' ')).toBe(item);
  });

  test('no rendered line is wider than the terminal (lists, prose, words of any length)', () => {
    const word = fc.stringMatching(/^[a-z]{1,30}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.integer({ min: 20, max: 120 }), (items, width) => {
        const md = `${items[0]}\n\n${items.map((t) => `* **${t.split(' ')[0]}** ${t}`).join('\n')}\n`;
        for (const line of renderMarkdown(md, width)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 60 },
    );
  });
});

describe('links in the preview', () => {
  test('an in-page anchor shows its text only; an address that is its own text is printed once; others show both', () => {
    const lines = renderMarkdown('- [Who we are](#who-we-are)\n\nIt covers [https://a.example](https://a.example/) and [our form](https://a.example/form). Mail [me@a.example](mailto:me@a.example).\n', 100).map(plain);
    const text = lines.join(' ');
    expect(text).toContain('Who we are');
    expect(text).not.toContain('#who-we-are');
    expect(text).toContain('It covers https://a.example and our form (https://a.example/form).');
    expect(text).toContain('Mail me@a.example.');
  });
});
