import { describe, expect, test } from 'vitest';
import { lgpdRules } from '../../../../source/core/audit/rules/lgpd.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { auditWith as audit, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';

const BR = { 'audience.regions': ['brazil'] };

const cases: [string, Severity, Overrides, Overrides][] = [
  ['LGPD-41', 'error', { ...BR, 'org.privacyOfficer': undefined }, BR],
  ['LGPD-19-20', 'warning', BR, { ...BR, 'rights.responseTime': '15-days' }],
  ['LGPD-14', 'warning', { ...BR, 'audience.children': 'mixed' }, BR],
  // UNVERIFIED row: capped at info.
  ['LGPD-33', 'info', BR, { 'audience.regions': ['eea'] }],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['policy-in-portuguese', 'publish', BR, {}],
  ['breach-notify-anpd', 'ongoing', BR, {}],
  // the checklist had no task for Brazil's 15-day access deadline (LGPD Art. 19(II))
  ['lgpd-request-workflow', 'engineering', BR, {}],
  ['appoint-encarregado', 'publish', { ...BR, 'org.privacyOfficer': undefined }, BR],
  ['human-review-automated-decisions', 'engineering', { ...BR, 'ai.automatedDecisions': true, 'ai.logic': 'Scores block sign-ups.' }, BR],
];

describe('LGPD rules', () => {
  ruleCases(cases);

  test('UNVERIFIED rows never raise more than info', () => {
    const unverified = new Set(lgpdRules.filter((r) => r.unverified).map((r) => r.id));
    const hits = audit(BR).findings.filter((f) => unverified.has(f.ruleId));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe('info');
  });

  test('none runs without users in Brazil', () => {
    const ids = new Set(lgpdRules.map((r) => r.id));
    expect(audit({ 'org.privacyOfficer': undefined }).findings.filter((f) => ids.has(f.ruleId))).toEqual([]);
  });
});

describe('LGPD checklist tasks', () => {
  taskCases(tasks);
});
