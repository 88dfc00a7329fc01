// Cursor movement and deletion by grapheme (what a person sees as one character: an emoji with its
// modifiers, a letter with its combining accents), never by UTF-16 code unit.
// made on first use: the first segmenter of a process loads ICU's rules (~10-20 ms), which the wizard's
// first screens need not wait for
let segmenter: Intl.Segmenter | undefined;

/** Code-unit offsets where graphemes start, plus the end of the text. */
export function boundaries(text: string): number[] {
  const out: number[] = [];
  for (const s of (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)) out.push(s.index);
  out.push(text.length);
  return out;
}

/** The grapheme boundary before `at` (0 at the start). */
export function previousBoundary(text: string, at: number): number {
  let best = 0;
  for (const b of boundaries(text)) if (b < at) best = b;
  return best;
}

/** The grapheme boundary after `at` (text.length at the end). */
export function nextBoundary(text: string, at: number): number {
  return boundaries(text).find((b) => b > at) ?? text.length;
}

/** The start of the word before `at` (Ctrl+W): skips spaces, then the word. */
export function previousWord(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i -= 1;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i = previousBoundary(text, i);
  return i;
}

/** How many graphemes the text has. */
export function graphemeCount(text: string): number {
  return boundaries(text).length - 1;
}

/** The first `n` graphemes of the text. */
export function firstGraphemes(text: string, n: number): string {
  const b = boundaries(text);
  return text.slice(0, b[Math.min(n, b.length - 1)]);
}
