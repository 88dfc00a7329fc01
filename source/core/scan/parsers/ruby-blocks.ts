import { numberedLines } from '../text-lines.js';

/** One line of a Ruby DSL file (Gemfile, Podfile) with the `do ... end` blocks that enclose it. */
export interface RubyLine {
  line: number;
  /** the line without its comment */
  code: string;
  /** opening lines of the enclosing blocks, outermost first */
  blocks: string[];
}

/**
 * Gemfile and Podfile group dependencies in `group :test do ... end` and
 * `target 'AppTests' do ... end`; tracking the blocks is enough to know which ones are dev-only.
 */
export function rubyLines(text: string): RubyLine[] {
  const blocks: string[] = [];
  const result: RubyLine[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const code = raw.replace(/(^|\s)#.*$/, '').trim();
    result.push({ line, code, blocks: [...blocks] });
    if (/^end\b/.test(code)) blocks.pop();
    // `if`/`unless`/`case`/`begin`/`def` also close with `end`; without them a later `end` would
    // close the enclosing group too early.
    else if (/\bdo(\s*\|[^|]*\|)?$/.test(code) || /^(if|unless|case|while|until|begin|def|class|module)\b/.test(code)) {
      blocks.push(code);
    }
  }
  return result;
}

/** The first quoted argument after a DSL keyword: `gem 'stripe', '~> 5'` -> stripe. */
export function firstQuotedArgument(code: string, keyword: string): string | undefined {
  return new RegExp(`^${keyword}\\s*\\(?\\s*['"]([^'"]+)['"]`).exec(code)?.[1];
}
