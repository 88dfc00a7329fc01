import type { Ecosystem } from '../../catalog/types.js';
import type { DeclaredName } from '../declared-name.js';
import { noteParseProblem } from '../parse-problems.js';
import { TextLines, escapeRegExp } from '../text-lines.js';

/**
 * The keys of the named object sections of a JSON manifest (package.json, composer.json),
 * each with the line of its key. Broken JSON yields nothing: a half-edited file must not stop the scan.
 */
export function jsonSectionNames(
  text: string,
  kind: Ecosystem,
  sections: readonly { key: string; dev: boolean }[],
): DeclaredName[] {
  const manifest = parseJsonObject(text);
  if (!manifest) return [];
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  for (const { key, dev } of sections) {
    const section = manifest[key];
    if (!section || typeof section !== 'object' || Array.isArray(section)) continue;
    // Search from the section's key so a name listed in two sections gets each one's line.
    const sectionStart = Math.max(0, lines.offsetOf(new RegExp(`"${escapeRegExp(key)}"\\s*:`)));
    for (const name of Object.keys(section)) {
      const line = lines.lineOf(new RegExp(`"${escapeRegExp(name)}"\\s*:`), sectionStart, lines.lineAt(sectionStart));
      found.push({ kind, name, line, ...(dev ? { dev } : {}) });
    }
  }
  return found;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    noteParseProblem('does not hold a JSON object');
    return undefined;
  } catch (error) {
    noteParseProblem(`not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}
