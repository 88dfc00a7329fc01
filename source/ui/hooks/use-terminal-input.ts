import { useInput as useInkInput, type Key } from 'ink';

type Handler = (input: string, key: Key) => void;

/** Keys a terminal sends as one control character, and the flag Ink sets for each when it comes alone. */
const CONTROL_KEYS: Record<string, keyof Key> = { '\r': 'return', '\n': 'return', '\t': 'tab', '\u007F': 'backspace', '\b': 'backspace' };
const HAS_CONTROL_KEY = /[\r\n\t\u007F\b]/;
const SPLIT = /([\r\n\t\u007F\b])/;

/**
 * The keypresses in one input event. Ink splits escape sequences (arrows) from the rest of a chunk, but
 * text and control keys read together stay one event: space then Enter typed quickly (or over SSH, or on a
 * busy machine) arrive as " \r", which inputs took for a pasted " " and the Enter was lost. Text with a
 * control key in it is split at each such key; text without one (a paste such as "amazon web") stays whole.
 */
export function keypresses(input: string, key: Key): [string, Key][] {
  if (input.length < 2 || !HAS_CONTROL_KEY.test(input)) return [[input, key]];
  const plain: Key = { ...key, return: false, tab: false, backspace: false, delete: false, shift: false };
  return input
    .split(SPLIT)
    .filter((part) => part !== '')
    .map((part) => {
      const flag = CONTROL_KEYS[part];
      // Ink gives a lone Enter or Tab as "\r"/"\t" and a lone backspace as "" (it is not alphanumeric)
      return flag ? [flag === 'backspace' ? '' : part, { ...plain, [flag]: true }] : [part, plain];
    });
}

/**
 * Ink's useInput, where a lone line feed is Enter, and where text and control keys that arrive in one
 * chunk are given to the handler one keypress at a time (see `keypresses`). A key typed before the
 * terminal is in raw mode (while node starts) goes through the terminal's CR-to-NL translation and arrives
 * as "\n", which Ink calls "enter" but not `return`: without this, an Enter pressed while the wizard
 * starts is lost.
 */
export function useInput(handler: Handler, options?: { isActive?: boolean }): void {
  useInkInput((input, key) => {
    for (const [text, k] of keypresses(input, key)) handler(text, text === '\n' && !k.return ? { ...k, return: true } : k);
  }, options);
}
