// Table-driven tests of audit rules and checklist tasks, shared by the per-law test files:
// each row triggers a rule (or a task) with some answers and leaves it quiet with others.
import { expect, test } from 'vitest';
import { runAudit } from '../../source/core/audit/engine.js';
import { obligations, rules } from '../../source/core/audit/rules/index.js';
import type { Due, Severity } from '../../source/core/audit/types.js';
import type { PolicyFacts } from '../../source/core/facts/types.js';
import { loadQuestionBank } from '../../source/core/questions/load.js';
import { factsWith } from './facts.js';

/** Answers replaced in the example SaaS answers (undefined deletes one). */
export type Overrides = Record<string, unknown>;
/** [rule id, severity, answers that trigger it, answers that keep it quiet] */
export type RuleCase = [string, Severity, Overrides, Overrides];
/** [task id, due group, answers that make it due, answers where it is absent] */
export type TaskCase = [string, Due, Overrides, Overrides];

export const auditWith = (o: Overrides) => runAudit(factsWith(o), rules, obligations, loadQuestionBank());
export const findingsOf = (o: Overrides, id: string) => auditWith(o).findings.filter((f) => f.ruleId === id);

/** Two tests per row: the rule fires with the given severity, and stays quiet when the answers are fine. */
export function ruleCases(cases: RuleCase[]): void {
  test.each(cases)('%s fires as %s when the answers call for it', (id, severity, trigger) => {
    const hits = findingsOf(trigger, id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe(severity);
  });
  test.each(cases)('%s stays quiet when the answers are fine', (id, _severity, _trigger, clean) => {
    expect(findingsOf(clean, id)).toEqual([]);
  });
}

/** Two tests per row: the task is due in its group with a real text, and absent when the duty does not apply. */
export function taskCases(tasks: TaskCase[]): void {
  test.each(tasks)('%s is a %s task when the duty applies', (id, due, applies) => {
    const task = auditWith(applies).tasks.find((t) => t.id === id);
    expect(task?.due).toBe(due);
    expect(task?.text.length).toBeGreaterThan(20);
  });
  test.each(tasks)('%s is absent otherwise', (id, _due, _applies, absent) => {
    expect(auditWith(absent).tasks.find((t) => t.id === id)).toBeUndefined();
  });
}

/** The audit of facts built by hand (for rules that need facts no answer can produce). */
export const auditFactsOf = (f: PolicyFacts) => runAudit(f, rules, obligations, loadQuestionBank());
/** The distinct severities a rule raised for these facts ([] when quiet). */
export const severitiesOf = (f: PolicyFacts, id: string) => [...new Set(auditFactsOf(f).findings.filter((x) => x.ruleId === id).map((x) => x.severity))];
export const messagesOf = (f: PolicyFacts, id: string) => auditFactsOf(f).findings.filter((x) => x.ruleId === id).map((x) => x.message);
export const taskIn = (f: PolicyFacts, id: string) => auditFactsOf(f).tasks.find((t) => t.id === id);
