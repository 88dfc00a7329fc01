import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../source/core/audit/engine.js';
import { obligations, rules } from '../../../source/core/audit/rules/index.js';
import type { AuditResult, Task } from '../../../source/core/audit/types.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { renderChecklist } from '../../../source/core/render/checklist.js';
import { factsWith } from '../../helpers/facts.js';

const facts = factsWith({});
const task = (id: string, due: Task['due'], extra: Partial<Task> = {}): Task => ({
  id,
  due,
  text: `Do ${id}.`,
  citation: `Cite ${id}`,
  law: 'general',
  ...extra,
});
const audit = (tasks: Task[], counts = { error: 2, warning: 1, info: 4 }): AuditResult => ({ laws: facts.laws, findings: [], tasks, counts });
const lineOf = (text: string, id: string) => text.split('\n').find((l) => l.endsWith(`<!-- id: ${id} -->`));

const tasks = [
  task('review-policy', 'ongoing', { text: 'Review the policy.', cadence: 'every 12 months', citation: 'Cal. Civ. Code §1798.130(a)(5)' }),
  task('sign-dpa-stripe', 'contracts', { text: 'Sign the data processing agreement with Stripe.', citation: 'GDPR Art. 28(3)' }),
  task('honour-gpc', 'engineering'),
  task('add-privacy-link', 'publish'),
];

describe('renderChecklist', () => {
  const out = renderChecklist(audit(tasks), facts, {});

  it('groups items under headings in the order: publish, engineering, contracts, ongoing', () => {
    expect([...out.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['Before you publish', 'Engineering tasks', 'Contracts', 'Ongoing']);
    const order = ['add-privacy-link', 'honour-gpc', 'sign-dpa-stripe', 'review-policy'].map((id) => out.indexOf(`<!-- id: ${id} -->`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('writes each item as an open box with its text, citation and id, and cadence when ongoing', () => {
    expect(lineOf(out, 'sign-dpa-stripe')).toBe('- [ ] Sign the data processing agreement with Stripe. (GDPR Art. 28(3)) <!-- id: sign-dpa-stripe -->');
    expect(lineOf(out, 'review-policy')).toBe('- [ ] Review the policy. **Every 12 months.** (Cal. Civ. Code §1798.130(a)(5)) <!-- id: review-policy -->');
  });

  it('summarises the open audit errors and warnings', () => {
    expect(out).toContain('**Open audit findings:** 2 errors and 1 warning.');
    expect(renderChecklist(audit(tasks, { error: 0, warning: 0, info: 3 }), facts, {})).toContain('**Open audit findings:** none.');
  });

  it('keeps ticks by id and drops items that are gone', () => {
    const previous = [
      '- [x] An old wording of the DPA task <!-- id: sign-dpa-stripe -->',
      '- [X] Old ongoing task <!-- id: review-policy -->',
      '- [x] A task that no longer exists <!-- id: vanished-task -->',
      '- [ ] Not done <!-- id: honour-gpc -->',
    ].join('\n');
    const next = renderChecklist(audit(tasks), facts, { previous });
    expect(lineOf(next, 'sign-dpa-stripe')).toMatch(/^- \[x\] Sign the data processing agreement with Stripe\./);
    expect(lineOf(next, 'review-policy')).toMatch(/^- \[x\] /);
    expect(lineOf(next, 'honour-gpc')).toMatch(/^- \[ \] /);
    expect(lineOf(next, 'add-privacy-link')).toMatch(/^- \[ \] /);
    expect(next).not.toContain('vanished-task');
  });

  it('lists each id once and leaves out empty groups', () => {
    const twice = renderChecklist(audit([task('a', 'engineering'), task('a', 'engineering', { text: 'Again.' })]), facts, {});
    expect(twice.match(/<!-- id: a -->/g)).toHaveLength(1);
    expect(twice).not.toContain('## Contracts');
  });

  it('escapes task text and keeps ids from closing the comment', () => {
    const evil = renderChecklist(audit([task('sign-dpa--> <b>x', 'contracts', { text: 'Sign with *Evil* <script>.' })]), facts, {});
    expect(evil).toContain('Sign with \\*Evil\\* &lt;script&gt;.');
    expect(evil).toMatch(/<!-- id: sign-dpa-b-x-[0-9a-f]{8} -->/);
    expect(evil.match(/-->/g)).toHaveLength(1);
  });

  it('has one item for every task of the real audit of the example answers', () => {
    const real = runAudit(facts, rules, obligations, loadQuestionBank());
    const checklist = renderChecklist(real, facts, {});
    expect(real.tasks.length).toBeGreaterThan(0);
    for (const t of real.tasks) expect(checklist).toContain(`<!-- id: ${t.id} -->`);
    expect(checklist.match(/^- \[ \] /gm)).toHaveLength(new Set(real.tasks.map((t) => t.id)).size);
  });

  it('is the same on every run', () => {
    expect(renderChecklist(audit(tasks), facts, {})).toBe(out);
  });
});
