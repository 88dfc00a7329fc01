import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TextLines, blankComments, escapeRegExp } from '../text-lines.js';
import { noteParseProblem } from '../parse-problems.js';
import { npmNameOfSpecifier } from './npm-specifier.js';

/**
 * deno.json(c) and import maps: the "imports" (and "scopes") map values, which name npm
 * packages as `npm:stripe@17`, JSR packages as `jsr:@supabase/functions-js`, or CDN URLs
 * (`https://esm.sh/stripe@17`). Comments (deno.jsonc) are blanked before parsing.
 */
export const parseDenoJson: ManifestParser = (text) => {
  const clean = blankComments(text).replace(/,(\s*[}\]])/g, ' $1');
  let doc: unknown;
  try {
    doc = JSON.parse(clean);
  } catch (error) {
    noteParseProblem(`not valid JSON (${(error as Error).message})`);
    return [];
  }
  if (!doc || typeof doc !== 'object') return [];
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  const maps: unknown[] = [(doc as Record<string, unknown>).imports];
  const scopes = (doc as Record<string, unknown>).scopes;
  if (scopes && typeof scopes === 'object') maps.push(...Object.values(scopes));
  for (const map of maps) {
    if (!map || typeof map !== 'object' || Array.isArray(map)) continue;
    for (const target of Object.values(map)) {
      if (typeof target !== 'string') continue;
      const name = npmNameOfSpecifier(target);
      if (name) found.push({ kind: 'npm', name, line: lines.lineOf(new RegExp(`"${escapeRegExp(target)}"`)) });
    }
  }
  return found;
};
