import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dataPath } from '../paths.js';
import { UsageError } from '../errors.js';

export interface Term {
  id: string;
  label: string;
  [extra: string]: unknown;
}

/** The shared ids of questions/vocabulary.yaml (data categories, purposes, ...). */
export interface Vocabulary {
  dataCategories: Term[];
  sensitiveCategories: Term[];
  purposes: Term[];
  legalBases: Term[];
  transferSafeguards: Term[];
  ukTransferSafeguards: Term[];
  swissTransferSafeguards: Term[];
  regions: Term[];
  serviceCategories: Term[];
  cookieKinds: Term[];
}

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

let cached: Vocabulary | undefined;

export function loadVocabulary(file = dataPath('questions', 'vocabulary.yaml')): Vocabulary {
  if (cached && file === dataPath('questions', 'vocabulary.yaml')) return cached;
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
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
  const vocabulary = raw as unknown as Vocabulary;
  if (file === dataPath('questions', 'vocabulary.yaml')) cached = vocabulary;
  return vocabulary;
}

/** Label of a vocabulary id, or the id itself when unknown. */
export function labelOf(list: Term[], id: string): string {
  return list.find((t) => t.id === id)?.label ?? id;
}
