// Test helpers: build PolicyFacts from the example answers files, with overrides.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnswersFile, Answers } from '../../source/core/answers/types.js';
import { loadCatalog } from '../../source/core/catalog/load.js';
import { buildFacts } from '../../source/core/facts/build-facts.js';
import type { PolicyFacts } from '../../source/core/facts/types.js';
import { loadQuestionBank } from '../../source/core/questions/load.js';
import { loadVocabulary } from '../../source/core/vocabulary/load.js';

export const TODAY = '2026-11-23';

/** Reads test/fixtures/answers/<name>.json. */
export function loadAnswersFixture(name: string): AnswersFile {
  const path = fileURLToPath(new URL(`../fixtures/answers/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as AnswersFile;
}

/** The plain id -> value answers of a fixture. */
export function answersOf(file: AnswersFile): Answers {
  return Object.fromEntries(Object.entries(file.answers).map(([id, entry]) => [id, entry.value]));
}

/** Facts for raw answers, with the real question bank, vocabulary and catalog. */
export function factsFrom(answers: Answers, today = TODAY): PolicyFacts {
  const catalog = loadCatalog();
  return buildFacts(answers, {
    bank: loadQuestionBank(),
    vocabulary: loadVocabulary(),
    service: (id) => catalog.byId.get(id),
    today,
  });
}

/**
 * Facts for a fixture with some answers replaced. Pass `undefined` to delete an answer.
 * e.g. factsWith({ 'org.email': undefined }) for "no privacy contact".
 */
export function factsWith(overrides: Record<string, unknown>, fixture = 'saas'): PolicyFacts {
  const answers: Record<string, unknown> = { ...answersOf(loadAnswersFixture(fixture)) };
  for (const [id, value] of Object.entries(overrides)) {
    if (value === undefined) delete answers[id];
    else answers[id] = value;
  }
  return factsFrom(answers as Answers);
}
