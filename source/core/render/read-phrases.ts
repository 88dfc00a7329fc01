// Reads outputs/phrases.yaml. Only a run from source (the tests) does this: the bundle replaces
// this module with the phrases the build read with this same code (scripts/compiled-data-plugin.mjs).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import type { Phrases } from './engine.js';

/** The phrase groups of <file>: each a map from an answer id to its words. Throws UsageError naming the group. */
export function readPhrases(file: string): Phrases {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`the phrases file is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      file,
      fix: 'fix the YAML syntax at the line shown',
    });
  }
  if (!isMap(raw)) throw new UsageError('the phrases file must be a map of phrase groups', { file, fix: 'write `group:` lines, each with `id: words` under it' });
  for (const [group, phrases] of Object.entries(raw)) {
    if (!isMap(phrases)) {
      throw new UsageError(`phrase group "${group}" is not a map of id: words`, { file, field: group, fix: 'indent `id: words` lines under the group name' });
    }
    for (const [id, words] of Object.entries(phrases)) {
      if (typeof words !== 'string') {
        throw new UsageError(`phrase "${group}.${id}" is not text`, { file, field: `${group}.${id}`, fix: 'write the words as one string (quote it if it contains ": " or starts with a symbol)' });
      }
    }
  }
  return raw as unknown as Phrases;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
