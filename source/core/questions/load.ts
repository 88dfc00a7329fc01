import { dataPath } from '../paths.js';
import { readSections } from './read-sections.js';
import type { QuestionBank } from './types.js';

let cached: QuestionBank | undefined;

/** Loads and validates questions/sections/*.yaml, in file-name order. Throws UsageError naming file and field. */
export function loadQuestionBank(dir = dataPath('questions', 'sections')): QuestionBank {
  const isDefault = dir === dataPath('questions', 'sections');
  if (isDefault && cached) return cached;
  const sections = readSections(dir);
  const questions = sections.flatMap((section) => section.questions);
  const bank = { sections, questions, byId: new Map(questions.map((q) => [q.id, q])) };
  if (isDefault) cached = bank;
  return bank;
}
