// Readability targets of issue 11, measured as docs/readability.md measures them
// (source/core/render/policy-readability.ts): the saas example within 3,000 words of prose and at
// Flesch reading ease 65 or more; no example longer or harder than before issue 11.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { measure, units, wordsOf } from '../../../source/core/render/policy-readability.js';
import { answersOf, factsFrom, loadAnswersFixture } from '../../helpers/facts.js';

const baseline = JSON.parse(readFileSync(new URL('../../../scripts/readability-baseline.json', import.meta.url), 'utf8')) as {
  examples: Record<string, { proseWords: number; fre: number }>;
};
const policyOf = (name: string) => {
  const facts = factsFrom(answersOf(loadAnswersFixture(name)), '2026-12-02');
  const audit = runAudit(facts, rules, obligations, loadQuestionBank());
  return renderPolicy(facts, { lastUpdated: '2026-12-02', openItems: audit.counts.error, versions: [{ date: '2026-12-02', summary: 'First version.' }] });
};

describe('readability of the generated policy', () => {
  it('the saas example: at most 3,000 words of prose, Flesch reading ease 65 or more, a summary of at most 200 words', () => {
    const m = measure(policyOf('saas'));
    expect(m.proseWords).toBeLessThanOrEqual(3000);
    expect(m.fre).toBeGreaterThanOrEqual(65);
    expect(m.glanceWords).toBeGreaterThan(50);
    expect(m.glanceWords).toBeLessThanOrEqual(200);
  });

  it.each(Object.keys(baseline.examples))('%s: no more prose and no harder than before issue 11', (name) => {
    const m = measure(policyOf(name));
    expect(m.proseWords).toBeLessThanOrEqual(baseline.examples[name]!.proseWords);
    expect(m.fre).toBeGreaterThanOrEqual(baseline.examples[name]!.fre);
  });

  it('counts what a reader sees: link text, not URLs or Markdown; tables apart from prose; no generated-file marker', () => {
    const md = '<!-- marker sha256=abc -->\n# Title\n\n## Part\n\nRead [our page](https://x.example/a-b-c) **now**. Then stop.\n\n- one item\n\n| A | B |\n| --- | --- |\n| cell one | two |\n';
    const u = units(md);
    expect(u.map((x) => [x.kind, x.text])).toEqual([
      ['heading', 'Title'],
      ['heading', 'Part'],
      ['prose', 'Read our page now. Then stop.'],
      ['prose', 'one item'],
      ['table', 'A'],
      ['table', 'B'],
      ['table', 'cell one'],
      ['table', 'two'],
    ]);
    const m = measure(md);
    expect(m.proseWords).toBe(8);
    expect(m.tableWords).toBe(5);
    expect(m.words).toBe(15);
    expect(m.sentences).toBe(3);
    expect(wordsOf('write to privacy@acme.example or https://acme.example/form')).toEqual(['write', 'to', 'address', 'or', 'address']);
  });
});

// A draft with no contact details answered ended on "Contact us about this policy or your data:" and nothing after it.
describe('Contact us with nothing answered', () => {
  it('says the details are not there yet instead of a dangling colon', () => {
    const text = renderPolicy(factsFrom({ 'product.name': 'Half Done', 'audience.regions': ['eea'] }), { lastUpdated: '2026-11-23' });
    const contact = text.slice(text.indexOf('## Contact us'));
    expect(contact).not.toContain('Contact us about this policy or your data:');
    expect(contact).toContain('Our contact details are not in this draft yet.');
  });
});
