// The truth harness: generated answers files, valid for the question bank, run through
// facts -> audit -> render; every invariant in invariants.ts must hold for every one of them.
// Seeded and reproducible: TRUTH_SEED and TRUTH_RUNS change the run (scripts/truth-nightly.mjs
// runs many more). A failure prints the minimal answers file that breaks the invariant.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, type Answers } from '../../../source/core/answers/types.js';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { buildFacts } from '../../../source/core/facts/build-facts.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { renderChecklist } from '../../../source/core/render/checklist.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { loadVocabulary } from '../../../source/core/vocabulary/load.js';
import { answersOf, loadAnswersFixture } from '../../helpers/facts.js';
import { arbitraryAnswersFiles, arbitraryVariants } from './arbitrary-answers.js';
import { INVARIANTS, type Outcome } from './invariants.js';

const bank = loadQuestionBank();
const vocabulary = loadVocabulary();
const catalog = loadCatalog();
const TODAY = '2026-11-23';
const EXAMPLES = ['saas', 'kids-edu', 'eu-b2b-processor', 'us-mobile-ads', 'brazil-ecommerce', 'canada-quebec', 'dev-api', 'incomplete', 'selfhosted-devtool', 'calling-app'].map((n) => answersOf(loadAnswersFixture(n)));
const answersFiles = arbitraryAnswersFiles({ bank, vocabulary, catalog }, EXAMPLES);

function outcome(answers: Answers): Outcome {
  const facts = buildFacts(answers, { bank, vocabulary, service: (id) => catalog.byId.get(id), today: TODAY });
  const audit = runAudit(facts, rules, obligations, bank);
  const policy = renderPolicy(facts, { lastUpdated: TODAY, openItems: audit.counts.error, versions: [{ date: TODAY, summary: 'First version.' }] });
  return { facts, audit, policy, checklist: renderChecklist(audit, facts, {}), lastUpdated: TODAY };
}

/** A failing case as the answers file a user could save and run `generate` on. */
const asFile = (answers: Answers) =>
  JSON.stringify({ schemaVersion: SCHEMA_VERSION, toolVersion: 'truth-harness', answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value, source: 'user' }])), dismissed: {} }, null, 2);

const runs = Number(process.env.TRUTH_RUNS ?? 150);
const seed = Number(process.env.TRUTH_SEED ?? 20261202);

describe('every generated policy is true to its answers', () => {
  test(`${INVARIANTS.length} invariants over ${runs} answers files (seed ${seed})`, () => {
    const property = fc.property(answersFiles, (answers) => {
      let o: Outcome;
      try {
        o = outcome(answers);
      } catch (e) {
        throw new Error(`rendering failed: ${(e as Error).message}\n${(e as Error).stack?.split('\n').slice(1, 4).join('\n')}`);
      }
      const broken = INVARIANTS.map((inv) => [inv, inv.check(o)] as const).filter(([, why]) => why !== null);
      if (broken.length > 0) throw new Error(broken.map(([inv, why]) => `${inv.id} (${inv.citation}): ${why}`).join('\n'));
    });
    const result = fc.check(property, { numRuns: runs, seed });
    if (result.failed) {
      const answers = result.counterexample?.[0] as Answers | undefined;
      expect.fail(`${String(result.errorInstance)}\n\nSeed ${result.seed}, path ${result.counterexample ? result.counterexamplePath : ''}. Minimal answers file:\n${answers ? asFile(answers) : '(none)'}`);
    }
  }, Math.max(60_000, runs * 100));

  test('the generator reaches the cases the invariants are about', () => {
    const sample = fc.sample(answersFiles, { numRuns: 80, seed });
    const outcomes = sample.map(outcome);
    expect(outcomes.some((o) => o.audit.counts.error === 0)).toBe(true);
    expect(outcomes.some((o) => o.facts.transfers.origins.includes('uk'))).toBe(true);
    expect(outcomes.some((o) => o.facts.services.some((s) => s.sellingOrSharing))).toBe(true);
    expect(outcomes.some((o) => o.facts.product.platforms.includes('ios'))).toBe(true);
  });

  // The issue-8 facts (breach notice, own locations, self-hosted, people who are not users, Google
  // data): variants of the two products that answer them reach each clause and each reason to leave
  // it out, and every invariant holds for them too.
  test('variants of the products with the issue-8 facts reach their clauses, and stay true', () => {
    const examples = ['selfhosted-devtool', 'calling-app'].map((n) => answersOf(loadAnswersFixture(n)));
    // Changes are drawn from the questions these clauses depend on, so each branch is reached.
    const ISSUE8 = /^(product\.selfHosted|transfers\.own|security\.breach|nonUsers\.|google\.|data\.(categories|details)$|services\.used$|audience\.regions$|product\.processorRole$)/;
    const focus = { ...bank, questions: bank.questions.filter((q) => ISSUE8.test(q.id)) };
    const outcomes = fc.sample(arbitraryVariants({ bank: focus, vocabulary, catalog }, examples), { numRuns: 120, seed }).map(outcome);
    for (const o of outcomes) {
      const broken = INVARIANTS.map((inv) => [inv.id, inv.check(o)] as const).filter(([, why]) => why !== null);
      expect(broken, asFile(o.facts.answers)).toEqual([]);
    }
    expect(outcomes.some((o) => o.facts.security.breachNoticeHours !== undefined && o.policy.includes('hours of confirming'))).toBe(true);
    expect(outcomes.some((o) => o.facts.security.breachNotice === undefined && o.policy.includes('we will tell you as the law requires'))).toBe(true);
    expect(outcomes.some((o) => o.facts.transfers.own.some((x) => x.entity === 'affiliate') && o.policy.includes('For data from'))).toBe(true);
    expect(outcomes.some((o) => /^## Self-hosted /m.test(o.policy))).toBe(true);
    expect(outcomes.some((o) => o.facts.product.selfHosted === 'no' || (o.facts.product.selfHosted === undefined && !/^## Self-hosted /m.test(o.policy)))).toBe(true);
    expect(outcomes.some((o) => o.policy.includes('## Data about people who are not our users'))).toBe(true);
    expect(outcomes.some((o) => o.policy.includes('including the Limited Use requirements'))).toBe(true);
    expect(outcomes.some((o) => o.facts.google.data.length > 0 && !o.policy.includes('including the Limited Use requirements'))).toBe(true);
  });
});
