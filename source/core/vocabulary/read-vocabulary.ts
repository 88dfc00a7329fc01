// Reads and checks questions/vocabulary.yaml. Only a run from source (the tests) does this: the
// bundle replaces this module with the vocabulary the build checked with this same code
// (scripts/compiled-data-plugin.mjs).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import type { Vocabulary } from './load.js';

const KEYS: (keyof Vocabulary)[] = [
  'dataCategories',
  'sensitiveCategories',
  'purposes',
  'legalBases',
  'transferSafeguards',
  'ukTransferSafeguards',
  'swissTransferSafeguards',
  'regions',
  'serviceCategories',
  'cookieKinds',
];

/** The vocabulary in <file>. Throws UsageError naming the list that is missing or malformed. */
export function readVocabulary(file: string): Vocabulary {
  let raw: Record<string, unknown>;
  try {
    raw = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`the vocabulary is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      file,
      fix: 'fix the YAML syntax at the line shown',
    });
  }
  for (const key of KEYS) {
    const list = raw[key];
    if (!Array.isArray(list) || list.some((t) => typeof t?.id !== 'string' || typeof t?.label !== 'string')) {
      throw new UsageError(`vocabulary list "${key}" is missing or malformed`, {
        file,
        field: key,
        fix: 'each entry needs an id and a label',
      });
    }
  }
  return raw as unknown as Vocabulary;
}
