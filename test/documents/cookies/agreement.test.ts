// The cookie table never contradicts the policy: for every example
// answers file, and (fast-check) for generated variations of them from the truth harness.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import type { Answers } from '../../../source/core/answers/types.js';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { buildFacts } from '../../../source/core/facts/build-facts.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { loadVocabulary } from '../../../source/core/vocabulary/load.js';
import { answersOf, loadAnswersFixture } from '../../helpers/facts.js';
import { arbitraryAnswersFiles } from '../../core/truth/arbitrary-answers.js';
import { disagreements } from './agreement.js';

const bank = loadQuestionBank();
const vocabulary = loadVocabulary();
const catalog = loadCatalog();
const TODAY = '2026-12-02';
const NAMES = readdirSync(fileURLToPath(new URL('../../fixtures/answers/', import.meta.url))).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

function check(answers: Answers): string[] {
  const facts = buildFacts(answers, { bank, vocabulary, service: (id) => catalog.byId.get(id), today: TODAY });
  const audit = runAudit(facts, rules, obligations, bank);
  const policy = renderPolicy(facts, { lastUpdated: TODAY, openItems: audit.counts.error, versions: [{ date: TODAY, summary: 'First version.' }] });
  return disagreements(facts, policy, catalog);
}

describe('the cookie table agrees with the policy', () => {
  test.each(NAMES)('%s', (name) => {
    expect(check(answersOf(loadAnswersFixture(name)))).toEqual([]);
  });

  test('for generated variations of the examples', () => {
    const examples = NAMES.map((n) => answersOf(loadAnswersFixture(n)));
    fc.assert(fc.property(arbitraryAnswersFiles({ bank, vocabulary, catalog }, examples), (answers) => {
      expect(check(answers)).toEqual([]);
    }), { numRuns: Number(process.env.TRUTH_RUNS ?? 40), seed: 20261202 });
  }, 120_000);
});
