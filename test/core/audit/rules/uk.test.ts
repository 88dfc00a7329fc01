import { describe, expect, test } from 'vitest';
import { ukRules } from '../../../../source/core/audit/rules/uk.js';
import type { Due, Severity } from '../../../../source/core/audit/types.js';
import { answersOf, loadAnswersFixture } from '../../../helpers/facts.js';
import { auditWith as audit, ruleCases, taskCases, type Overrides } from '../../../helpers/rule-cases.js';

const saas = answersOf(loadAnswersFixture('saas')) as Record<string, unknown>;
function record(question: string, item: string, fields: Overrides): Overrides {
  const current = (saas[question] ?? {}) as Record<string, Overrides>;
  return { [question]: { ...current, [item]: { ...current[item], ...fields } } };
}
const NO_UK = { 'audience.regions': ['eea', 'california', 'us-other', 'canada'] };

const cases: [string, Severity, Overrides, Overrides][] = [
  ['UK-27', 'error', { 'org.ukRepresentative': undefined }, { 'org.ukRepresentative': undefined, 'org.country': 'GB' }],
  ['UK-8', 'warning', { 'audience.minimumAge': 12 }, {}],
  ['UK-AADC', 'warning', { 'audience.children': 'teens', 'ai.profiling': true }, { 'audience.children': 'teens' }],
  // C-37: an EU-only tool, a DPF outside the US and "no transfer" abroad do not cover UK data.
  ['UK-XFER', 'error', record('services.details', 'openai', { ukSafeguard: 'uk-extension', location: 'CA' }), {}],
  ['UK-XFER', 'error', record('services.details', 'openai', { ukSafeguard: 'uk-adequacy' }), record('services.details', 'openai', { ukSafeguard: 'uk-adequacy', location: 'JP' })],
  ['UK-XFER', 'error', record('services.details', 'openai', { ukSafeguard: 'none' }), record('services.details', 'openai', { ukSafeguard: 'none', location: 'IE' })],
  ['UK-DUAA-COMPLAINT', 'error', { 'rights.complaints': false }, {}],
  // UNVERIFIED row: capped at info.
  ['UK-DUAA-GEN', 'info', {}, NO_UK],
];

const tasks: [string, Due, Overrides, Overrides][] = [
  ['ico-data-protection-fee', 'ongoing', { 'org.country': 'GB' }, {}],
  ['childrens-code-review', 'publish', { 'audience.children': 'teens' }, {}],
  ['check-uk-extension-stripe', 'contracts', {}, NO_UK],
  ['acknowledge-complaints', 'ongoing', {}, NO_UK],
  ['appoint-uk-representative', 'publish', { 'org.ukRepresentative': undefined }, {}],
  ['set-up-complaints-process', 'engineering', { 'rights.complaints': false }, {}],
];

describe('UK rules', () => {
  ruleCases(cases);

  test('UNVERIFIED rows never raise more than info', () => {
    const unverified = new Set(ukRules.filter((r) => r.unverified).map((r) => r.id));
    expect(unverified.has('UK-DUAA-GEN')).toBe(true);
    const hits = audit({ 'ai.automatedDecisions': true, 'ai.logic': 'Scores block sign-ups.' }).findings.filter((f) => unverified.has(f.ruleId));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.severity).toBe('info');
  });

  test('the example SaaS answers raise no UK errors', () => {
    const ids = new Set(ukRules.map((r) => r.id));
    expect(audit({}).findings.filter((f) => ids.has(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

describe('UK checklist tasks', () => {
  taskCases(tasks);
});
