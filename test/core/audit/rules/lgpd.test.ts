import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../../source/core/audit/engine.js';
import { lgpdRules } from '../../../../source/core/audit/rules/lgpd.js';
import { obligations, rules } from '../../../../source/core/audit/rules/index.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { factsWith } from '../../../helpers/facts.js';

type Overrides = Record<string, unknown>;
const audit = (o: Overrides) => runAudit(factsWith(o), rules, obligations, loadQuestionBank());
const findings = (o: Overrides, id: string) => audit(o).findings.filter((f) => f.ruleId === id);
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
  ['appoint-encarregado', 'publish', { ...BR, 'org.privacyOfficer': undefined }, BR],
  ['human-review-automated-decisions', 'engineering', { ...BR, 'ai.automatedDecisions': true, 'ai.logic': 'Scores block sign-ups.' }, BR],
];

describe('LGPD rules', () => {
  test.each(cases)('%s fires as %s when the answers call for it', (id, severity, trigger) => {
    const hits = findings(trigger, id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe(severity);
  });

  test.each(cases)('%s stays quiet when the answers are fine', (id, _severity, _trigger, clean) => {
    expect(findings(clean, id)).toEqual([]);
  });

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
  test.each(tasks)('%s is a %s task when the duty applies', (id, due, applies) => {
    expect(audit(applies).tasks.find((t) => t.id === id)?.due).toBe(due);
  });

  test.each(tasks)('%s is absent otherwise', (id, _due, _applies, absent) => {
    expect(audit(absent).tasks.find((t) => t.id === id)).toBeUndefined();
  });
});
