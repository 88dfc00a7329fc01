import { useCallback, useRef, useState } from 'react';
import type { Key } from 'ink';

/** A single-line text being edited: its text and the cursor position (0..text.length). */
export interface TextEditor {
  text: string;
  cursor: number;
  /** applies an editing key; returns false for keys it does not handle (Enter, Esc, arrows up/down, Tab…) */
  handle(input: string, key: Key): boolean;
  set(text: string): void;
  /** the text as of the last key, even before React re-renders */
  current(): string;
}

// Pasted text arrives as one input; line breaks and other control characters cannot live in a one-line field.
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** Editing state and keys of a one-line text field (typing, paste, Backspace, Left/Right, Home/End). */
export function useTextEditor(initial: string): TextEditor {
  const [state, setState] = useState({ text: initial, cursor: initial.length });
  // Several keys can arrive before React re-renders (fast typing, tests): edit the latest state, not the rendered one.
  const latest = useRef(state);
  const update = useCallback((next: { text: string; cursor: number }) => {
    latest.current = next;
    setState(next);
  }, []);

  const handle = useCallback(
    (input: string, key: Key): boolean => {
      const { text, cursor } = latest.current;
      if (key.backspace || key.delete) {
        // Terminals send DEL (\x7f) for Backspace and Ink reports it as `delete`: both erase to the left.
        if (cursor > 0) update({ text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 });
        return true;
      }
      if (key.leftArrow) {
        update({ text, cursor: Math.max(0, cursor - 1) });
        return true;
      }
      if (key.rightArrow) {
        update({ text, cursor: Math.min(text.length, cursor + 1) });
        return true;
      }
      if (key.home || key.end) {
        update({ text, cursor: key.home ? 0 : text.length });
        return true;
      }
      if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow || key.downArrow) return false;
      const typed = input.replace(CONTROL, '');
      if (typed === '') return false;
      update({ text: text.slice(0, cursor) + typed + text.slice(cursor), cursor: cursor + typed.length });
      return true;
    },
    [update],
  );

  const set = useCallback((text: string) => update({ text, cursor: text.length }), [update]);
  const current = useCallback(() => latest.current.text, []);
  return { text: state.text, cursor: state.cursor, handle, set, current };
}
