import { dataPath } from '../paths.js';
import { readVocabulary } from './read-vocabulary.js';

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

let cached: Vocabulary | undefined;

export function loadVocabulary(file = dataPath('questions', 'vocabulary.yaml')): Vocabulary {
  if (cached && file === dataPath('questions', 'vocabulary.yaml')) return cached;
  const vocabulary = readVocabulary(file);
  if (file === dataPath('questions', 'vocabulary.yaml')) cached = vocabulary;
  return vocabulary;
}

/** Label of a vocabulary id, or the id itself when unknown. */
export function labelOf(list: Term[], id: string): string {
  return list.find((t) => t.id === id)?.label ?? id;
}
