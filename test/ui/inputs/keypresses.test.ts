import type { Key } from 'ink';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keypresses } from '../../../source/ui/hooks/use-terminal-input.js';

const none: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
} as Key;
const flags = (k: Key) => Object.entries(k).filter(([, v]) => v === true).map(([n]) => n);
const read = (input: string) => keypresses(input, none).map(([text, key]) => [text, flags(key)]);

describe('keypresses read together', () => {
  it('splits text from the control keys typed with it', () => {
    expect(read(' \r')).toEqual([[' ', []], ['\r', ['return']]]);
    expect(read('ab\u007F\u007Fc\t')).toEqual([['ab', []], ['', ['backspace']], ['', ['backspace']], ['c', []], ['\t', ['tab']]]);
    expect(read('session\ntheme\n')).toEqual([['session', []], ['\n', ['return']], ['theme', []], ['\n', ['return']]]);
  });

  it('leaves a lone key and a paste without control keys as Ink gave them', () => {
    expect(keypresses('\r', { ...none, return: true })).toEqual([['\r', { ...none, return: true }]]);
    expect(read('amazon web')).toEqual([['amazon web', []]]);
  });

  it('keeps every character, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', 'é', '\r', '\n', '\t', '\u007F', 'x y')).map((parts) => parts.join('')), (input) => {
        const back = keypresses(input, none).map(([text, key]) => (key.backspace ? '\u007F' : text)).join('');
        expect(back).toBe(input);
      }),
    );
  });
});
