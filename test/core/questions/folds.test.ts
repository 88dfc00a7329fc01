// Folded questions (foldInto) in the shipped bank and in the loader's checks, and the gates that keep questions
// whose answer cannot matter off the screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { visibleQuestions } from '../../../source/core/answers/visibility.js';
import type { Answers } from '../../../source/core/answers/types.js';
import { choiceParent, foldMode, mergeChoices, mergedValue, splitMerged, stepOf } from '../../../source/core/questions/folds.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';

const bank = loadQuestionBank();
const q = (id: string) => bank.byId.get(id)!;
const asked = (answers: Answers) => visibleQuestions(bank, answers).map((x) => x.id);

function bankWith(questions: string): () => unknown {
  const dir = mkdtempSync(join(tmpdir(), 'pw-folds-'));
  writeFileSync(join(dir, '01-x.yaml'), `id: x\ntitle: X\nintro: x\nquestions:\n${questions}`);
  return () => loadQuestionBank(dir);
}
const select = (id: string, extra = '') =>
  `  - id: ${id}\n    prompt: ${id}?\n    help: H\n    type: select\n    notSure: true\n    choices:\n      - { value: a, label: A }\n      - { value: b, label: B }\n${extra}`;

describe('folded questions in the shipped bank', () => {
  test('whom the breach plan tells is answered in the breach plan\'s choices; the answers keep both ids', () => {
    const plan = q('security.breachProcess');
    const notice = q('security.breachNotice');
    expect(foldMode(plan, notice)).toBe('choices');
    expect(choiceParent(bank, notice)?.id).toBe('security.breachProcess');
    expect(stepOf(bank, 'security.breachNotice')).toBe('security.breachProcess');
    const merged = mergeChoices(plan, plan.choices!, [notice]);
    expect(merged.map((c) => c.label)).toEqual([
      'Yes, written: it tells those affected when the law requires (e.g. high risk)',
      'Yes, written: it tells everyone affected, whatever the risk',
      'Yes, written: not sure yet whom it tells',
      'Informal only',
      'No',
    ]);
    expect(splitMerged(plan, [notice], merged[1]!.value)).toEqual({ value: 'written', also: { 'security.breachNotice': 'all-affected' } });
    expect(splitMerged(plan, [notice], 'none')).toEqual({ value: 'none', also: {} });
    // an answers file from before the fold, with only the plan answered, opens on "not sure yet whom it tells"
    expect(mergedValue(plan, [notice], { 'security.breachProcess': 'written' }, 'written')).toBe(merged[2]!.value);
  });

  test('the business\'s own countries and its own cookies are second fields of the storage and cookie screens', () => {
    expect(foldMode(q('transfers.storage'), q('transfers.ownCountries'))).toBe('field');
    expect(foldMode(q('cookies.kinds'), q('cookies.own'))).toBe('field');
    expect(stepOf(bank, 'cookies.own')).toBe('cookies.own');
  });
});

describe('questions whose answer cannot matter are not asked', () => {
  const base: Answers = { 'product.kinds': ['webapp'], 'data.categories': ['account', 'communications'], 'cookies.kinds': ['essential'] };

  test('Do Not Track only with users in California, the only place the policy says it (CalOPPA)', () => {
    expect(asked({ ...base, 'audience.regions': ['eea', 'uk'] })).not.toContain('cookies.dnt');
    expect(asked({ ...base, 'audience.regions': ['eea', 'california'] })).toContain('cookies.dnt');
  });

  test('the CCPA\'s sensitive-information follow-ups not after "none" of its thresholds, still when not sure', () => {
    const california = { ...base, 'audience.regions': ['california'] };
    expect(asked({ ...california, 'audience.ccpaThresholds': [] })).not.toContain('ccpa.userMessages');
    expect(asked({ ...california, 'audience.ccpaThresholds': [] })).not.toContain('ccpa.spiInfers');
    for (const thresholds of [['revenue'], 'not-sure']) {
      expect(asked({ ...california, 'audience.ccpaThresholds': thresholds })).toEqual(expect.arrayContaining(['ccpa.userMessages', 'ccpa.spiInfers']));
    }
  });
});

describe('the loader checks folds', () => {
  test('a fold into a question that is not just before it is refused, naming the field', () => {
    const load = bankWith(`${select('a.one')}${select('a.two')}${select('a.three', '    foldInto: a.one\n')}`);
    expect(load).toThrow(/must come right after "a.one"/);
  });

  test('a fold into an unknown or later question is refused', () => {
    expect(bankWith(`${select('a.one', '    foldInto: a.two\n')}${select('a.two')}`)).toThrow(/"a.two" is not an earlier question/);
  });

  test('fold labels must name the folded question\'s choices, and only merged choices have them', () => {
    const merged = `${select('a.one')}${select('a.two', '    when: { q: a.one, equals: a }\n    foldInto: a.one\n    foldLabels: { c: "C" }\n')}`;
    expect(bankWith(merged)).toThrow(/"c" is not a choice of this question/);
    const field = `${select('a.one')}  - id: a.two\n    prompt: P\n    help: H\n    type: text\n    foldInto: a.one\n    foldLabels: { a: "A" }\n`;
    expect(bankWith(field)).toThrow(/foldLabels are for a select folded into the choices of a select/);
  });

  test('a valid fold loads', () => {
    const b = bankWith(`${select('a.one')}${select('a.two', '    when: { q: a.one, equals: a }\n    foldInto: a.one\n')}`)() as ReturnType<typeof loadQuestionBank>;
    expect(foldMode(b.byId.get('a.one')!, b.byId.get('a.two')!)).toBe('choices');
  });
});
