import type { Question } from '../../../source/core/questions/types.js';

/** Key sequences as a terminal sends them. */
export const keys = {
  enter: '\r',
  esc: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  space: ' ',
  backspace: '\u007F',
  delete: '\u001B[3~',
  tab: '\t',
  home: '\u001B[H',
  end: '\u001B[F',
} as const;

/**
 * Lets Ink handle what was written (and tell a lone Esc from an escape sequence). The extra setImmediate lets
 * React run the effects that re-subscribe input handlers, which components reading state from their last
 * render (ink-select-input) need before the next key.
 */
export const tick = async (ms = 0) => {
  await new Promise<void>((resolve) => setTimeout(resolve, ms));
  await new Promise<void>((resolve) => setImmediate(resolve));
};

interface Writable {
  write(data: string): void;
  listenerCount(event: string): number;
}

/**
 * Waits until some input listens. Ink subscribes useInput handlers in a passive effect, which can run well after
 * the first frame on a busy machine; Ink starts reading stdin in that same effect, so a 'readable' listener means
 * the first input is subscribed. (Under a KeyRouter, later inputs register at commit and need no wait.)
 */
export async function ready(stdin: Writable, timeout = 2000): Promise<void> {
  const until = Date.now() + timeout;
  while (stdin.listenerCount('readable') === 0) {
    if (Date.now() > until) throw new Error('no input is listening');
    await tick(1);
  }
}

/** Writes each key, yielding a macrotask after each so Ink sees them as separate keypresses. */
export async function press(stdin: Writable, ...sequence: string[]): Promise<void> {
  await ready(stdin);
  for (const key of sequence) {
    stdin.write(key);
    await tick(key === keys.esc ? 5 : 0);
  }
}

/** Polls lastFrame() until it satisfies `check`, failing with the last frame after `timeout` ms. */
export async function waitForFrame(lastFrame: () => string | undefined, check: (frame: string) => boolean, timeout = 2000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (check(frame)) return frame;
    if (Date.now() > until) throw new Error(`frame never matched:\n${frame}`);
    await tick(5);
  }
}

/** Waits until the frame contains `text`. */
export const waitForText = (lastFrame: () => string | undefined, text: string) => waitForFrame(lastFrame, (f) => f.includes(text));

/** A minimal question of the given type. */
export function question(type: Question['type'], extra: Partial<Question> = {}): Question {
  return { id: 'q', section: 's', prompt: 'Prompt?', help: 'Help.', type, ...extra };
}

/** Choices a..z-style: label "Choice N", value "cN". */
export function numberedChoices(n: number) {
  return Array.from({ length: n }, (_, i) => ({ value: `c${i + 1}`, label: `Choice ${i + 1}` }));
}

/** Waits until `fn` has been called, failing after `timeout` ms. */
export async function waitForCall(fn: { mock: { calls: unknown[][] } }, timeout = 2000): Promise<unknown[]> {
  const until = Date.now() + timeout;
  while (fn.mock.calls.length === 0) {
    if (Date.now() > until) throw new Error('expected a call that never came');
    await tick(5);
  }
  return fn.mock.calls.at(-1) ?? [];
}
