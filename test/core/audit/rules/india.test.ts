import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../../source/core/audit/engine.js';
import { indiaRules } from '../../../../source/core/audit/rules/india.js';
import { obligations, rules } from '../../../../source/core/audit/rules/index.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { factsWith } from '../../../helpers/facts.js';

type Overrides = Record<string, unknown>;
const audit = (o: Overrides) => runAudit(factsWith(o), rules, obligations, loadQuestionBank());
const findings = (o: Overrides, id: string) => audit(o).findings.filter((f) => f.ruleId === id);
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
  test.each(cases)('%s fires as %s when the answers call for it', (id, severity, trigger) => {
    const hits = findings(trigger, id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe(severity);
  });

  test.each(cases)('%s stays quiet when the answers are fine', (id, _severity, _trigger, clean) => {
    expect(findings(clean, id)).toEqual([]);
  });

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
  test.each(tasks)('%s is a %s task when the duty applies', (id, due, applies) => {
    expect(audit(applies).tasks.find((t) => t.id === id)?.due).toBe(due);
  });

  test.each(tasks)('%s is absent otherwise', (id, _due, _applies, absent) => {
    expect(audit(absent).tasks.find((t) => t.id === id)).toBeUndefined();
  });
});
