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
    const plainFacts = new Set(['text', 'email', 'url', 'date', 'number', 'list']);
    const judgement = loadQuestionBank().questions.filter(
      (q) => !plainFacts.has(q.type) && q.type !== 'records' && q.id !== 'product.kinds' && q.id !== 'data.categories' && q.id !== 'purposes.list' && q.id !== 'rights.methods' && q.id !== 'changes.notify' && q.id !== 'marketing.emails' && q.id !== 'marketing.optOut' && q.id !== 'product.platforms' && q.id !== 'product.audienceType' && q.id !== 'product.accounts' && q.id !== 'org.country' && q.id !== 'services.used' && q.id !== 'sharing.otherRecipients' && q.id !== 'cookies.kinds',
    );
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
