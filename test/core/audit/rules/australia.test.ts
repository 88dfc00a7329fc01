import { describe, expect, test } from 'vitest';
import { australiaRules } from '../../../../source/core/audit/rules/australia.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { auditWith as audit, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';

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
  ruleCases(cases);

  test('none runs for a small business below the threshold', () => {
    const ids = new Set(australiaRules.map((r) => r.id));
    expect(audit({ ...SMALL, 'rights.complaints': false }).findings.filter((f) => ids.has(f.ruleId))).toEqual([]);
  });

  test('the review task says how often', () => {
    expect(audit(AU).tasks.find((t) => t.id === 'review-privacy-policy')?.cadence).toBe('every 12 months');
  });
});

describe('Australian checklist tasks', () => {
  taskCases(tasks);
});
