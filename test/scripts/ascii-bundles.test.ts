// The bundles the loader compiles with vm.Script are ASCII (scripts/ci-bundle-plugin.mjs escapes what
// esbuild leaves, regular expression literals): the loader reads them as Latin-1, which is the same text
// only for ASCII, and V8 keeps an ASCII source at one byte per character. Uses dist/, built by the global setup.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a build script without type declarations
import { asciiOnly } from '../../scripts/ci-bundle-plugin.mjs';

const chunks = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
const escape = asciiOnly as (text: string) => string;

describe('the bundles the loader compiles', () => {
  const bundles = readdirSync(chunks).filter((name) => /^(ci|ci-scan|wizard|wizard-markdown)-[A-Z0-9]+\.c?js$/.test(name));

  test('are the four of them', () => {
    expect(bundles.map((name) => name.replace(/-[A-Z0-9]+\.c?js$/, '')).sort()).toEqual(['ci', 'ci-scan', 'wizard', 'wizard-markdown']);
  });

  test.each(bundles)('%s holds only ASCII', (name) => {
    const text = readFileSync(`${chunks}${name}`, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    expect(at === -1 ? '' : text.slice(Math.max(0, at - 40), at + 40)).toBe('');
    expect(readFileSync(`${chunks}${name}`, 'latin1')).toBe(text);
  });
});

describe('escaping a regular expression literal', () => {
  // eslint-disable-next-line no-eval
  const compile = (literal: string) => (0, eval)(escape(literal)) as RegExp;

  test.each([
    ['/^Québec|^CQLR/', ['Québec (CQLR c P-39.1)', 'CQLR', 'Quebec', 'Qu\u0065\u0301bec']],
    ['/[à-ÿ]+/', ['déjà', 'abc', 'ÿ', 'Ā']],
    ['/[😀-🙏]/u', ['😀', '🙂', '🚀', 'a', '\ud83d']],
    ['/^.$/u', ['😀', 'é', 'ab']],
    ['/😀+/', ['😀😀', '\ud83d\ude00\ude00', 'x']],
  ])('%s means what it meant', (literal, inputs) => {
    expect(escape(literal)).toMatch(/^[\x00-\x7f]*$/);
    // eslint-disable-next-line no-eval
    const original = (0, eval)(literal) as RegExp;
    for (const input of inputs) expect(compile(literal).exec(input)?.[0], input).toBe(original.exec(input)?.[0]);
  });
});
