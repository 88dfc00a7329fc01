/**
 * Maps character offsets to 1-based line numbers. Structured parsers (JSON, TOML, XML)
 * do not report lines, so the parsers find each name in the raw text and ask this.
 */
export class TextLines {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line that holds `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** Line of the first match of `pattern` at or after `from`; `fallback` when there is none. */
  lineOf(pattern: RegExp, from = 0, fallback = 1): number {
    const offset = this.offsetOf(pattern, from);
    return offset === -1 ? fallback : this.lineAt(offset);
  }

  /** Offset of the first match of `pattern` at or after `from`, or -1. */
  offsetOf(pattern: RegExp, from = 0): number {
    const sticky = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    sticky.lastIndex = from;
    const match = sticky.exec(this.text);
    return match ? match.index : -1;
  }
}

/** `value` with RegExp metacharacters escaped, to find a literal name. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The text split into lines with their 1-based numbers, for line-oriented formats. */
export function numberedLines(text: string): { line: number; text: string }[] {
  return text.split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line }));
}

// A quoted string (kept) or a // or /* */ comment (blanked), in C-like build files.
const STRING_OR_COMMENT = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;

/**
 * `text` with // and /* *\/ comments replaced by spaces (newlines kept), so that offsets and line
 * numbers stay true and a commented-out dependency is not counted. Strings are left alone, so
 * "https://..." and "**\/*.jar" are not mistaken for comments.
 */
export function blankComments(text: string): string {
  return text.replace(STRING_OR_COMMENT, (token) =>
    token.startsWith('"') || token.startsWith("'") ? token : token.replace(/[^\n]/g, ' '),
  );
}
