import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../../source/core/audit/engine.js';
import { australiaRules } from '../../../../source/core/audit/rules/australia.js';
import { obligations, rules } from '../../../../source/core/audit/rules/index.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { factsWith } from '../../../helpers/facts.js';

type Overrides = Record<string, unknown>;
const audit = (o: Overrides) => runAudit(factsWith(o), rules, obligations, loadQuestionBank());
const findings = (o: Overrides, id: string) => audit(o).findings.filter((f) => f.ruleId === id);
const AU = { 'audience.regions': ['australia'], 'audience.australiaCovered': true };
const SMALL = { 'audience.regions': ['australia'], 'audience.australiaCovered': false };

const cases: [string, Severity, Overrides, Overrides][] = [
  ['APP-1.4', 'error', { ...AU, 'rights.complaints': false }, AU],
  ['APP-7', 'error', { ...AU, 'marketing.optOut': ['settings'] }, AU],
  // UNVERIFIED row: capped at info.
  ['APP-CHILD', 'info', { ...AU, 'audience.children': 'teens' }, AU],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['review-privacy-policy', 'ongoing', AU, SMALL],
  ['collection-notice', 'engineering', AU, SMALL],
  ['overseas-recipient-contract-stripe', 'contracts', AU, SMALL],
  ['breach-assess-30-days', 'ongoing', AU, SMALL],
  ['automated-decision-inventory', 'publish', { ...AU, 'ai.profiling': true }, AU],
];

describe('Australian rules', () => {
  test.each(cases)('%s fires as %s when the answers call for it', (id, severity, trigger) => {
    const hits = findings(trigger, id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe(severity);
  });

  test.each(cases)('%s stays quiet when the answers are fine', (id, _severity, _trigger, clean) => {
    expect(findings(clean, id)).toEqual([]);
  });

  test('none runs for a small business below the threshold', () => {
    const ids = new Set(australiaRules.map((r) => r.id));
    expect(audit({ ...SMALL, 'rights.complaints': false }).findings.filter((f) => ids.has(f.ruleId))).toEqual([]);
  });

  test('the review task says how often', () => {
    expect(audit(AU).tasks.find((t) => t.id === 'review-privacy-policy')?.cadence).toBe('every 12 months');
  });
});

describe('Australian checklist tasks', () => {
  test.each(tasks)('%s is a %s task when the duty applies', (id, due, applies) => {
    expect(audit(applies).tasks.find((t) => t.id === id)?.due).toBe(due);
  });

  test.each(tasks)('%s is absent otherwise', (id, _due, _applies, absent) => {
    expect(audit(absent).tasks.find((t) => t.id === id)).toBeUndefined();
  });
});
