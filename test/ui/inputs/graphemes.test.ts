import { describe, expect, it } from 'vitest';
import { boundaries, nextBoundary, previousBoundary, previousWord } from '../../../source/ui/inputs/graphemes.js';

// Emoji with skin tone, ZWJ sequences, flags, combining marks, CJK, astral symbols and plain ASCII.
const SAMPLES = ['Acme 📝 Notes', '👩🏽‍💻 dev', '🇮🇪🇬🇧', 'Éire e\u0301 n\u0303', '東京 ノート', '𝒜𝒸𝓂ℯ', 'a  b', ''];

/** No lone UTF-16 surrogate (half an emoji). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('grapheme boundaries', () => {
  it('every step left or right from every boundary lands on a boundary, and the pieces stay well-formed', () => {
    for (const text of SAMPLES) {
      const all = boundaries(text);
      for (const at of all) {
        for (const next of [previousBoundary(text, at), nextBoundary(text, at)]) {
          expect(all, `${text} @${at}`).toContain(next);
          expect(wellFormed(text.slice(0, next)) && wellFormed(text.slice(next))).toBe(true);
        }
      }
    }
  });

  it('treats an emoji with modifiers as one character', () => {
    expect(previousBoundary('x👩🏽‍💻', '👩🏽‍💻'.length + 1)).toBe(1);
    expect(nextBoundary('🇮🇪🇬🇧', 0)).toBe('🇮🇪'.length);
  });

  it('finds the word before the cursor', () => {
    expect(previousWord('Acme Notes  ', 12)).toBe(5);
    expect(previousWord('📝 Notes', 2)).toBe(0);
  });
});
