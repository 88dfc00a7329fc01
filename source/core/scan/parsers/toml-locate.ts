import { parse } from 'smol-toml';
import { noteParseProblem } from '../parse-problems.js';
import { TextLines, escapeRegExp } from '../text-lines.js';

/** A TOML document, or undefined when it does not parse (a half-edited file must not stop the scan). */
export function parseToml(text: string): Record<string, unknown> | undefined {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    noteParseProblem(`not valid TOML (${(error as Error).message})`);
    return undefined;
  }
}

/** smol-toml gives values but no positions; these find a table, key or string in the raw text. */
export class TomlLines extends TextLines {
  /** Offset of the `[a.b.c]` header (dotted path, optionally quoted parts), or 0. */
  tableOffset(path: string[]): number {
    const parts = path.map((p) => `["']?${escapeRegExp(p)}["']?`).join('\\s*\\.\\s*');
    return Math.max(0, this.offsetOf(new RegExp(`^\\s*\\[\\s*${parts}\\s*\\]`, 'm')));
  }

  /** Line of `key =` at or after `from`. */
  keyLine(key: string, from: number): number {
    return this.lineOf(new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*=`, 'm'), from, this.lineAt(from));
  }

  /** Line of the string literal `value` (e.g. a PEP 508 requirement in an array) at or after `from`. */
  stringLine(value: string, from: number): number {
    return this.lineOf(new RegExp(`["']${escapeRegExp(value)}["']`), from, this.lineAt(from));
  }
}

/** The nested table at `path`, or undefined when it is absent or not a table. */
export function tableAt(doc: Record<string, unknown>, path: string[]): Record<string, unknown> | undefined {
  let node: unknown = doc;
  for (const key of path) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}
