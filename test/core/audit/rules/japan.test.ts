import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../../source/core/audit/rules/index.js';
import { japanRules } from '../../../../source/core/audit/rules/japan.js';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { factsWith } from '../../../helpers/facts.js';

type Overrides = Record<string, unknown>;
const audit = (o: Overrides) => runAudit(factsWith(o), rules, obligations, loadQuestionBank());
const findings = (o: Overrides, id: string) => audit(o).findings.filter((f) => f.ruleId === id);
const JP = { 'audience.regions': ['japan'] };
const NO_SERVICES = { 'services.used': [], 'services.details': {} };

// Every Japanese row is UNVERIFIED, so each fires as info only.
const cases: [string, Overrides, Overrides][] = [
  ['APPI-17-21', JP, {}],
  ['APPI-32', JP, {}],
  ['APPI-27-5', { ...JP, 'sharing.otherRecipients': ['affiliates'] }, JP],
  ['APPI-28', JP, { ...JP, ...NO_SERVICES }],
  ['APPI-31', { ...JP, 'sharing.shares': true }, JP],
  ['APPI-26', { ...JP, 'security.breachProcess': 'informal' }, JP],
  ['JP-TBA', JP, { ...JP, ...NO_SERVICES, 'cookies.kinds': ['essential'] }],
];

describe('Japan APPI rules', () => {
  test.each(cases)('%s fires as info when the answers call for it', (id, trigger) => {
    const hits = findings(trigger, id);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe('info');
  });

  test.each(cases)('%s stays quiet when the answers are fine', (id, _trigger, clean) => {
    expect(findings(clean, id)).toEqual([]);
  });

  test('every rule is marked UNVERIFIED and nothing Japanese rises above info', () => {
    expect(japanRules.every((r) => r.unverified === true)).toBe(true);
    const ids = new Set(japanRules.map((r) => r.id));
    const all = audit({ ...JP, 'sharing.otherRecipients': ['affiliates'], 'sharing.shares': true, 'security.breachProcess': 'none' }).findings.filter((f) => ids.has(f.ruleId));
    expect(all.length).toBe(japanRules.length);
    expect(new Set(all.map((f) => f.severity))).toEqual(new Set(['info']));
  });
});
