import { describe, expect, it } from 'vitest';
import { diffStats, focusChange, policyDiff } from '../../source/ui/diff-lines.js';
import { openItems } from '../../source/ui/checklist-summary.js';
import { clampRows, rowsOf } from '../../source/ui/text.js';

describe('policyDiff', () => {
  it('shows changed lines with context and folds the rest', () => {
    const before = ['# Policy', 'a', 'b', 'c', 'd', 'e', 'f', 'Acme Notes collects data.', 'g'].join('\n');
    const after = before.replace('Acme Notes', 'Acme Notebooks');
    const lines = policyDiff(before, after);
    expect(lines).toEqual([
      { kind: 'fold', text: '… 5 unchanged lines' },
      { kind: 'context', text: 'e' },
      { kind: 'context', text: 'f' },
      { kind: 'remove', text: 'Acme Notes collects data.' },
      { kind: 'add', text: 'Acme Notebooks collects data.' },
      { kind: 'context', text: 'g' },
    ]);
    expect(diffStats(lines)).toEqual({ added: 1, removed: 1 });
  });

  it('starts a long changed line near the change', () => {
    const [a, b] = focusChange('This policy explains what personal data Acme Notes collects', 'This policy explains what personal data Acme Globex collects');
    expect(a).toBe('…personal data Acme Notes collects');
    expect(b).toBe('…personal data Acme Globex collects');
  });
});

describe('layout helpers', () => {
  it('counts wrapped rows and clamps text to rows', () => {
    expect(rowsOf('aaa bbb ccc', 7)).toBe(2);
    expect(rowsOf('one\ntwo', 80)).toBe(2);
    expect(rowsOf('x'.repeat(25), 10)).toBe(3);
    const clamped = clampRows('one two three four five six', 9, 2);
    expect(clamped.endsWith('…')).toBe(true);
    expect(rowsOf(clamped, 9)).toBeLessThanOrEqual(2);
  });
});

describe('openItems', () => {
  it('groups the unticked checklist items under their headings', () => {
    const md = ['# Checklist', '## Before you publish', '- [ ] Add a link', '- [x] Done already', '## Ongoing', '- [ ] Review yearly <!-- id: review -->'].join('\n');
    expect(openItems(md)).toEqual([
      { group: 'Before you publish', items: ['Add a link'] },
      { group: 'Ongoing', items: ['Review yearly'] },
    ]);
  });
});
