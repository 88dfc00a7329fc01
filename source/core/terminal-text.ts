// Text from a user's files printed to a terminal: control characters (ESC, BEL, NUL, BS,
// C1 codes such as CSI) and bidirectional overrides would let a file name or an answer
// retitle the window, clear the screen or reorder what is shown. They are printed as
// visible escapes instead. Newlines and tabs are kept.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** The text with every terminal control character shown as `\xNN` (or `\uNNNN`). */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Single-line variant: newlines and tabs are escaped too (for names and paths inside a line). */
export function inlineSafe(text: string): string {
  return terminalSafe(text).replace(/[\n\t]/g, visible);
}

/**
 * JSON for --json output. JSON.stringify escapes C0 characters but leaves DEL, the C1 codes
 * and bidi overrides raw; they are escaped here so that `cat`-ing the document is harmless.
 */
export function safeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
