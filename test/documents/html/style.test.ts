// The page's colours are readable in light and dark mode and in print: WCAG 2 contrast of text,
// muted text and links against the page and the shaded boxes (contents, table headers).
import { describe, expect, it } from 'vitest';
import { STYLE } from '../../../source/documents/html/style.js';

type Palette = Record<string, string>;

function palette(block: string): Palette {
  return Object.fromEntries([...block.matchAll(/--([a-z]+): (#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
}

const light = palette(/^:root \{([^}]*)\}/m.exec(STYLE)![1]!);
const dark = palette(/prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(STYLE)![1]!);
const print = palette(/@media print \{\s*:root \{([^}]*)\}/.exec(STYLE)![1]!);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colours', () => {
  it.each([['light', light], ['dark', dark], ['print', print]] as const)('%s: text, muted text and links reach WCAG AA (4.5:1) on the page and on shaded boxes', (_, p) => {
    for (const name of ['text', 'bg', 'line', 'head', 'link', 'muted']) expect(p[name], name).toMatch(/^#/);
    for (const fg of ['text', 'muted', 'link']) {
      for (const bg of ['bg', 'head']) expect(contrast(p[fg]!, p[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('follows the reader\'s colour scheme and the browser knows both are supported', () => {
    expect(STYLE).toContain('color-scheme: light dark');
    expect(luminance(dark.bg!)).toBeLessThan(luminance(dark.text!));
    expect(luminance(light.bg!)).toBeGreaterThan(luminance(light.text!));
  });
});
