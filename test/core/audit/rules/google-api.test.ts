// Google API Services User Data Policy (Limited Use): C-43 and GOOGLE-API-LU both ways, and the task.
import { describe, expect, test } from 'vitest';
import { runAudit } from '../../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../../source/core/audit/rules/index.js';
import { loadQuestionBank } from '../../../../source/core/questions/load.js';
import { NOT_SURE } from '../../../../source/core/questions/types.js';
import { factsWith } from '../../../helpers/facts.js';
import type { Overrides } from '../../../helpers/rule-cases.js';

const bank = loadQuestionBank();
const audit = (o: Overrides) => runAudit(factsWith(o, 'selfhosted-devtool'), rules, obligations, bank);
const findings = (o: Overrides, id: string) => audit(o).findings.filter((f) => f.ruleId === id);

describe('Google API Limited Use', () => {
  test('C-43: using Google data for advertising or AI training is an error', () => {
    for (const uses of [['features', 'advertising'], ['ai-training'], ['transfer']]) {
      const hits = findings({ 'google.uses': uses }, 'C-43');
      expect(hits.map((h) => h.severity)).toEqual(['error']);
    }
    expect(findings({}, 'C-43')).toEqual([]);
  });

  test('C-43 names each forbidden use', () => {
    expect(findings({ 'google.uses': ['advertising', 'ai-training'] }, 'C-43')[0]?.message).toMatch(/advertising and training AI models/);
  });

  test('GOOGLE-API-LU: Workspace APIs declared with no Google data is a warning, "Not sure yet" is left to the generic finding', () => {
    expect(findings({ 'google.data': [] }, 'GOOGLE-API-LU').map((h) => h.severity)).toEqual(['warning']);
    expect(findings({}, 'GOOGLE-API-LU')).toEqual([]);
    expect(findings({ 'google.data': [NOT_SURE] }, 'GOOGLE-API-LU')).toEqual([]);
  });

  test('the OAuth verification task is due only when the app reads Google data', () => {
    expect(audit({}).tasks.find((t) => t.id === 'google-oauth-verification')?.due).toBe('publish');
    expect(audit({ 'google.data': [] }).tasks.find((t) => t.id === 'google-oauth-verification')).toBeUndefined();
  });

  test('Sign in with Google alone asks nothing about Google data', () => {
    const services = ['stripe', 'sentry'];
    const a = audit({ 'services.used': services, 'google.data': ['gmail'], 'google.uses': ['advertising'] });
    expect(a.findings.filter((f) => f.ruleId === 'C-43' || f.ruleId === 'GOOGLE-API-LU')).toEqual([]);
  });
});
