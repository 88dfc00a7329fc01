import { describe, expect, test } from 'vitest';
import { indiaRules } from '../../../../source/core/audit/rules/india.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { auditWith as audit, findingsOf as findings, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';

const IN = { 'audience.regions': ['india'] };

const cases: [string, Severity, Overrides, Overrides][] = [
  ['DPDP-8-9', 'error', { ...IN, 'org.privacyOfficer': undefined }, IN],
  ['DPDP-9', 'warning', { ...IN, 'audience.minimumAge': 16 }, { ...IN, 'audience.minimumAge': 18 }],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['dpdp-consent-notice', 'engineering', IN, {}],
  ['dpdp-notice-languages', 'publish', IN, {}],
  ['grievance-redressal', 'engineering', IN, {}],
  ['breach-notify-dpb', 'ongoing', IN, {}],
  ['dpdp-transfer-restrictions', 'ongoing', IN, {}],
];

describe('India DPDP rules', () => {
  ruleCases(cases);

  test('children: tracking and targeted ads are called out', () => {
    const [hit] = findings({ ...IN, 'audience.children': 'teens', 'ai.profiling': true }, 'DPDP-9');
    expect(hit?.message).toMatch(/must not track/);
  });

  test('none runs without users in India', () => {
    const ids = new Set(indiaRules.map((r) => r.id));
    expect(audit({ 'org.privacyOfficer': undefined }).findings.filter((f) => ids.has(f.ruleId))).toEqual([]);
  });
});

describe('India checklist tasks', () => {
  taskCases(tasks);
});
