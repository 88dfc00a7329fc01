// A finding about one cell of a table names that cell, so the audit's "fix" opens it directly.
import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import { answersOf, factsWith, loadAnswersFixture } from '../../helpers/facts.js';

const bank = loadQuestionBank();
const details = () => structuredClone(answersOf(loadAnswersFixture('saas'))['data.details']) as Record<string, Record<string, unknown>>;

describe('finding.cell', () => {
  test('"Not sure yet" in one cell names its row and field', () => {
    const value = details();
    value.identity!.required = NOT_SURE;
    const audit = runAudit(factsWith({ 'data.details': value }), rules, obligations, bank);
    const finding = audit.findings.find((f) => f.ruleId === 'NOT-SURE' && f.fix[0] === 'data.details');
    expect(finding?.cell).toEqual({ item: 'identity', field: 'required' });
  });

  test('a missing required cell names its row and field', () => {
    const value = details();
    delete value.contact!.required;
    const audit = runAudit(factsWith({ 'data.details': value }), rules, obligations, bank);
    const finding = audit.findings.find((f) => f.ruleId === 'REQUIRED-ANSWER' && f.fix[0] === 'data.details');
    expect(finding?.cell).toEqual({ item: 'contact', field: 'required' });
  });

  test('a finding about a whole question names no cell', () => {
    const audit = runAudit(factsWith({ 'org.email': NOT_SURE }), rules, obligations, bank);
    const finding = audit.findings.find((f) => f.ruleId === 'NOT-SURE' && f.fix[0] === 'org.email');
    expect(finding).toBeDefined();
    expect(finding?.cell).toBeUndefined();
  });
});
