import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../source/core/errors.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';

function bankWith(yaml: string): () => unknown {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bank-'));
  writeFileSync(join(dir, '01-x.yaml'), yaml);
  return () => loadQuestionBank(dir);
}

describe('question bank', () => {
  test('the shipped bank loads, in section order, with unique ids', () => {
    const bank = loadQuestionBank();
    expect(bank.sections.map((s) => s.id).slice(0, 8)).toEqual([
      'product', 'organisation', 'data', 'cookies', 'sharing', 'transfers', 'rights', 'decisions',
    ]);
    expect(bank.sections.map((s) => s.id)).toContain('us-children');
    expect(bank.byId.size).toBe(bank.questions.length);
    expect(bank.byId.get('org.email')?.section).toBe('organisation');
  });

  test('every question that is not a plain fact offers "Not sure yet"', () => {
    // Plain facts: what the product is and does, which the team knows for certain.
    const PLAIN_FACTS = new Set([
      'product.kinds', 'product.platforms', 'product.audienceType', 'product.accounts', 'org.country',
      'data.categories', 'purposes.list', 'services.used', 'rights.methods', 'marketing.emails',
      'marketing.optOut', 'changes.notify',
    ]);
    const judgement = loadQuestionBank().questions.filter(
      (q) => ['select', 'multiselect', 'confirm'].includes(q.type) && !PLAIN_FACTS.has(q.id),
    );
    expect(judgement.length).toBeGreaterThan(30);
    for (const q of judgement) expect(q.notSure, q.id).toBe(true);
  });

  test('a broken question file names the file, the question and the field', () => {
    const load = bankWith(`id: x\ntitle: X\nintro: x\nquestions:\n  - id: a.b\n    prompt: P\n    help: H\n    type: texty\n`);
    try {
      load();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      const text = (error as UsageError).format();
      expect(text).toContain('01-x.yaml');
      expect(text).toContain('a.b.type');
      expect(text).toMatch(/must be one of: text, email/);
    }
  });

  test('a condition on a later or unknown question is rejected', () => {
    const load = bankWith(
      `id: x\ntitle: X\nintro: x\nquestions:\n  - id: a.b\n    prompt: P\n    help: H\n    type: text\n    when: { q: a.c, equals: "y" }\n`,
    );
    expect(load).toThrow(/refers to "a.c"/);
  });

  test('invalid YAML is reported with the file', () => {
    expect(bankWith('id: [unclosed\n')).toThrow(UsageError);
  });
});
