// The speed patches the build applies to the wizard's dependencies (scripts/dependency-patches-plugin.mjs)
// must not change a result: the patched string-width, slice-ansi and ansi-tokenize, bundled with the
// plugin, give what the packages themselves give, on texts that take the patches' shortcuts (ASCII,
// Latin, dashes, arrows, box drawing, symbols) and on texts that must not (emoji and their sequences,
// keycaps, flags, CJK, Hangul, combining marks, escape codes); and conf still validates, migrates and
// encrypts with its schema packages loaded on first use (lazy-packages-plugin.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { dependencyPatchesPlugin } from '../../scripts/dependency-patches-plugin.mjs';
import { styledCharsFromTokens, styledCharsToString, tokenize } from '@alcalzone/ansi-tokenize';

interface Patched {
  stringWidth(text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }): number;
  wrapStringWidth(text: string): number;
  sliceAnsi(text: string, start: number, end?: number): string;
  tokenize(text: string, endChar?: number): ReturnType<typeof tokenize>;
}

let dir: string;
let patched: Patched;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pw-patches-'));
  await build({
    stdin: {
      contents: `export { default as stringWidth } from 'string-width';
export { default as wrapStringWidth } from './node_modules/wrap-ansi/node_modules/string-width/index.js';
export { default as sliceAnsi } from 'slice-ansi';
export { tokenize } from '@alcalzone/ansi-tokenize';`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    outfile: join(dir, 'patched.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [dependencyPatchesPlugin()],
  });
  patched = (await import(pathToFileURL(join(dir, 'patched.mjs')).href)) as Patched;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// wrap-ansi's own copy (7.2), patched apart
const { default: wrapStringWidth } = (await import('../../node_modules/wrap-ansi/node_modules/string-width/index.js')) as { default: (text: string) => number };

const TEXTS = [
  '',
  'plain ascii, 42 times',
  'Looking at your project…',
  'Amazon Rekognition — AI and LLM APIs',
  '↑↓ move · space toggle · ctrl+a all',
  '✔ privacy/privacy-policy.md',
  '› Quit',
  '┌─┐ │ └─┘ ▶ ◀ ★ ☀ ♥',
  'Café, naïve, Øresund, Łódź',
  '0 services, #1, *note*',
  '1️⃣ #️⃣ keycaps',
  '👍🏽 👨‍👩‍👧 🇫🇷 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '⌚ ☔ ⚡ wide symbols',
  '中文 日本語 한국어 각',
  'e\u0301 a\u0308 combining',
  'zero\u200bwidth\u200djoiner',
  '\u001b[1mbold\u001b[22m and \u001b[31mred\u001b[39m',
  'tab\there',
];

describe('the patched dependencies give the same results', () => {
  test.each(TEXTS)('string-width of %j', (text) => {
    expect(patched.stringWidth(text)).toBe(stringWidth(text));
    expect(patched.stringWidth(text)).toBe(stringWidth(text)); // the second time from the cache
    expect(patched.stringWidth(text, { ambiguousIsNarrow: false })).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
    expect(patched.wrapStringWidth(text)).toBe(wrapStringWidth(text));
  });

  test.each(TEXTS)('slice-ansi of %j', (text) => {
    for (const [start, end] of [[0, undefined], [0, 5], [3, 12], [10, 4], [0, 80], [7, undefined]] as const) {
      expect(patched.sliceAnsi(text, start, end)).toBe(sliceAnsi(text, start, end));
    }
  });

  test.each(TEXTS)('ansi-tokenize of %j', (text) => {
    expect(patched.tokenize(text)).toEqual(tokenize(text));
    expect(patched.tokenize(text, 6)).toEqual(tokenize(text, 6));
    expect(styledCharsToString(styledCharsFromTokens(patched.tokenize(text)))).toBe(styledCharsToString(styledCharsFromTokens(tokenize(text))));
  });

  test('on every character the shortcuts take, alone and next to another', () => {
    const simple = /^[\x20-\x7E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u205E\u20A0-\u20CF\u2190-\u21FF\u2500-\u27BF]$/;
    const chars: string[] = [];
    for (let code = 0; code < 0x2800; code++) if (simple.test(String.fromCharCode(code))) chars.push(String.fromCharCode(code));
    for (const [i, char] of chars.entries()) {
      const pair = `${char}${chars[(i * 7919) % chars.length]}x`;
      expect(patched.stringWidth(char), char).toBe(stringWidth(char));
      expect(patched.stringWidth(pair), pair).toBe(stringWidth(pair));
      expect(patched.sliceAnsi(pair, 1), pair).toBe(sliceAnsi(pair, 1));
      expect(patched.tokenize(pair), pair).toEqual(tokenize(pair));
    }
  });
});

describe("conf, its schema, migration and encryption packages loaded on first use", () => {
  test('validates, migrates and encrypts as conf does (the vendor file of the built CLI)', () => {
    // dist/ is built by the global setup
    const require = createRequire(import.meta.url);
    const Conf = (require('../../dist/chunks/vendor/conf.cjs') as { default: new (options: object) => { get(key: string): unknown; set(key: string, value: unknown): void; path: string } }).default;
    const cwd = mkdtempSync(join(tmpdir(), 'pw-conf-'));
    try {
      const options = {
        cwd,
        projectName: 'pw-test',
        configName: 'x',
        schema: { mail: { type: 'string', format: 'email' } },
        defaults: { mail: 'a@example.com' },
        encryptionKey: 'key',
        projectVersion: '2.0.0',
        migrations: { '1.0.0': (store: { set(key: string, value: unknown): void }) => store.set('migrated', true) },
      };
      const conf = new Conf(options);
      expect(conf.get('migrated')).toBe(true);
      conf.set('mail', 'b@example.com');
      expect(() => conf.set('mail', 'not an address')).toThrow(/must match format "email"/);
      expect(new Conf(options).get('mail')).toBe('b@example.com'); // read back through the decryption
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
