import { useCallback, useRef, useState } from 'react';
import type { Key } from 'ink';
import { firstGraphemes, graphemeCount, nextBoundary, previousBoundary, previousWord } from './graphemes.js';

/** A single-line text being edited: its text and the cursor position (a code-unit offset on a grapheme boundary). */
export interface TextEditor {
  text: string;
  cursor: number;
  /** applies an editing key; returns false for keys it does not handle (Enter, Esc, arrows up/down, Tab…) */
  handle(input: string, key: Key): boolean;
  set(text: string): void;
  /** the text as of the last key, even before React re-renders */
  current(): string;
  /** set when typing or a paste hit the length limit */
  limited: boolean;
}

// Pasted text arrives as one input; line breaks and other control characters cannot live in a one-line field.
const CONTROL = /\u001B\[20[01]~|[\u0000-\u001F\u007F]/g;

/**
 * Editing state and keys of a one-line text field: typing and paste (cut at `maxLength` graphemes), Backspace and
 * Delete, ←→ by grapheme, Home/End, Ctrl+U (erase to the start), Ctrl+W (erase the word before the cursor).
 */
export function useTextEditor(initial: string, maxLength = Infinity): TextEditor {
  const [state, setState] = useState({ text: initial, cursor: initial.length, limited: false });
  // Several keys can arrive before React re-renders (fast typing, tests): edit the latest state, not the rendered one.
  const latest = useRef(state);
  const update = useCallback((next: { text: string; cursor: number; limited?: boolean }) => {
    latest.current = { limited: false, ...next };
    setState(latest.current);
  }, []);

  const handle = useCallback(
    (input: string, key: Key): boolean => {
      const { text, cursor } = latest.current;
      if (key.ctrl && input === 'u') {
        update({ text: text.slice(cursor), cursor: 0 });
        return true;
      }
      if (key.ctrl && input === 'w') {
        const from = previousWord(text, cursor);
        update({ text: text.slice(0, from) + text.slice(cursor), cursor: from });
        return true;
      }
      if (key.backspace || (key.delete && !isForwardDelete(input))) {
        // Terminals send DEL (\x7f) for Backspace and Ink reports it as `delete`: both erase to the left.
        const from = previousBoundary(text, cursor);
        if (cursor > 0) update({ text: text.slice(0, from) + text.slice(cursor), cursor: from });
        return true;
      }
      if (key.delete) {
        const to = nextBoundary(text, cursor);
        update({ text: text.slice(0, cursor) + text.slice(to), cursor });
        return true;
      }
      if (key.leftArrow) {
        update({ text, cursor: previousBoundary(text, cursor) });
        return true;
      }
      if (key.rightArrow) {
        update({ text, cursor: nextBoundary(text, cursor) });
        return true;
      }
      if (key.home || key.end || (key.ctrl && (input === 'a' || input === 'e'))) {
        update({ text, cursor: key.home || input === 'a' ? 0 : text.length });
        return true;
      }
      if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow || key.downArrow) return false;
      let typed = input.replace(CONTROL, '');
      if (typed === '') return false;
      const room = maxLength - graphemeCount(text);
      const limited = graphemeCount(typed) > room;
      if (limited) typed = firstGraphemes(typed, Math.max(0, room));
      update({ text: text.slice(0, cursor) + typed + text.slice(cursor), cursor: cursor + typed.length, limited });
      return true;
    },
    [update, maxLength],
  );

  const set = useCallback((text: string) => update({ text, cursor: text.length }), [update]);
  const current = useCallback(() => latest.current.text, []);
  return { text: state.text, cursor: state.cursor, limited: state.limited, handle, set, current };
}

/** Ink reports both Backspace (\x7f) and Delete (ESC [3~) as `delete`; only the latter erases forwards. */
function isForwardDelete(input: string): boolean {
  return input === '\u001B[3~' || input === '[3~';
}
