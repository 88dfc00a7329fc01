import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../../source/core/audit/engine.js';
import { canadaRules } from '../../../../source/core/audit/rules/canada.js';
import { obligations, rules } from '../../../../source/core/audit/rules/index.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { factsWith } from '../../../helpers/facts.js';

type Overrides = Record<string, unknown>;
const audit = (o: Overrides) => runAudit(factsWith(o), rules, obligations, loadQuestionBank());
const findings = (o: Overrides, id: string) => audit(o).findings.filter((f) => f.ruleId === id);
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
  test.each(cases)('%s fires as %s when the answers call for it', (id, severity, trigger) => {
    const hits = findings(trigger, id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe(severity);
  });

  test.each(cases)('%s stays quiet when the answers are fine', (id, _severity, _trigger, clean) => {
    expect(findings(clean, id)).toEqual([]);
  });

  test('the example SaaS answers (users in Canada) raise no Canadian errors', () => {
    const ids = new Set(canadaRules.map((r) => r.id));
    expect(audit({}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

describe('Canada and Québec checklist tasks', () => {
  test.each(tasks)('%s is a %s task when the duty applies', (id, due, applies) => {
    expect(audit(applies).tasks.find((t) => t.id === id)?.due).toBe(due);
  });

  test.each(tasks)('%s is absent otherwise', (id, _due, _applies, absent) => {
    expect(audit(absent).tasks.find((t) => t.id === id)).toBeUndefined();
  });
});
