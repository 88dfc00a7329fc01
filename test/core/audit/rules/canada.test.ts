import { describe, expect, test } from 'vitest';
import { canadaRules } from '../../../../source/core/audit/rules/canada.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { auditWith as audit, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';

const CA = { 'audience.regions': ['canada'] };
const QC = { 'audience.regions': ['quebec'] };

const cases: [string, Severity, Overrides, Overrides][] = [
  ['PIPEDA-4.8.2', 'error', { ...CA, 'org.privacyOfficer': undefined }, CA],
  // In Québec the Québec rule gives the message instead.
  ['PIPEDA-4.8.2', 'error', { ...CA, 'org.privacyOfficer': undefined }, { ...QC, 'org.privacyOfficer': undefined }],
  ['PIPEDA-ACCESS', 'error', { ...CA, 'rights.responseTime': '45-days' }, CA],
  ['QC-3.1-3.2', 'error', { ...QC, 'org.privacyOfficer': undefined }, QC],
  ['QC-17', 'error', { ...QC, 'intl.quebecPia': false }, { ...QC, 'intl.quebecPia': true }],
  ['QC-4.1', 'warning', { ...QC, 'audience.minimumAge': 13 }, QC],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['designate-privacy-officer', 'publish', { ...CA, 'org.privacyOfficer': undefined }, CA],
  ['breach-register-canada', 'ongoing', CA, { 'audience.regions': ['eea'] }],
  ['quebec-transfer-assessment', 'contracts', QC, { ...QC, 'intl.quebecPia': true }],
  ['quebec-functions-off-by-default', 'engineering', { ...QC, 'ai.profiling': true }, QC],
  ['quebec-automated-decision-notice', 'engineering', { ...QC, 'ai.automatedDecisions': true, 'ai.logic': 'Scores block sign-ups.' }, QC],
  ['quebec-incident-register', 'ongoing', QC, CA],
  ['quebec-portability-export', 'engineering', QC, CA],
];

describe('Canada and Québec rules', () => {
  ruleCases(cases);

  test('the example SaaS answers (users in Canada) raise no Canadian errors', () => {
    const ids = new Set(canadaRules.map((r) => r.id));
    expect(audit({}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

describe('Canada and Québec checklist tasks', () => {
  taskCases(tasks);
});

// Each Québec task cites its own section: the portability export cited s.3.5–3.8 (confidentiality incidents).
test('Québec tasks cite the section of their own duty', () => {
  const tasks = audit(QC).tasks;
  expect(tasks.find((t) => t.id === 'quebec-portability-export')?.citation).toBe('CQLR c. P-39.1 s.27');
  expect(tasks.find((t) => t.id === 'quebec-incident-register')?.citation).toBe('CQLR c. P-39.1 s.3.5–3.8');
});
