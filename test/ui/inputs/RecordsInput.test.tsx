import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { Choice, Field, Question } from '../../../source/core/questions/types.js';
import type { RecordsValue } from '../../../source/core/answers/types.js';
import { RecordsInput } from '../../../source/ui/inputs/RecordsInput.js';
import type { RecordItem } from '../../../source/ui/inputs/types.js';
import { keys, press, question, ready, tick, waitForCall, waitForFrame, waitForText } from './helpers.js';

afterEach(cleanup);

const fields: Field[] = [
  {
    id: 'basis',
    prompt: 'Legal basis',
    type: 'select',
    required: true,
    notSure: true,
    choices: [
      { value: 'consent', label: 'Consent' },
      { value: 'contract', label: 'Contract' },
      { value: 'legitimate-interests', label: 'Legitimate interests' },
    ],
  },
  { id: 'interest', prompt: 'Which interest?', hint: 'in plain words', type: 'text', required: true, when: { q: 'basis', equals: 'legitimate-interests' } },
  { id: 'shared', prompt: 'Shared with others?', type: 'confirm', required: true },
];
const spec: Question = question('records', { fields });
const items: RecordItem[] = [
  { key: 'analytics', label: 'Analytics' },
  { key: 'billing', label: 'Billing' },
];

function setup(opts: { value?: RecordsValue; saved?: RecordsValue; cell?: { item: string; field: string }; items?: RecordItem[]; spec?: Question; focusItems?: string[] } = {}) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const onProgress = vi.fn();
  const fieldChoices = vi.fn((field: Field, _item: string): Choice[] => field.choices ?? []);
  const r = render(
    <RecordsInput
      spec={opts.spec ?? spec}
      items={opts.items ?? items}
      fieldChoices={fieldChoices}
      choices={[]}
      value={opts.value}
      notSure={false}
      isActive
      width={70}
      height={14}
      onSubmit={onSubmit}
      onCancel={onCancel}
      onProgress={onProgress}
      focusItems={opts.focusItems}
      saved={opts.saved}
      cell={opts.cell}
    />,
  );
  return { ...r, onSubmit, onCancel, onProgress, fieldChoices };
}

/** The row marked with "›". */
const pointed = (frame: string) => /^› (.+)$/m.exec(frame)?.[1] ?? '';

describe('RecordsInput (review table)', () => {
  it('shows every row on one screen; one Enter accepts them all, with "Not sure yet" in open cells that offer it', async () => {
    const t = setup({ value: { billing: { basis: 'contract' } } });
    const frame = await waitForText(t.lastFrame, 'Accept all 2 rows');
    expect(pointed(frame)).toContain('Accept all 2 rows and continue');
    expect(frame).toMatch(/Analytics\s+Not sure yet · —/);
    // a suggested value (not in the saved answer) is marked until confirmed
    expect(frame).toMatch(/Billing\s+Contract\* · —/);
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual({ analytics: { basis: 'not-sure' }, billing: { basis: 'contract' } });
  });

  it('values the user saved before are not marked as suggestions', async () => {
    const t = setup({ value: { billing: { basis: 'contract' } }, saved: { billing: { basis: 'contract' } } });
    const frame = await waitForText(t.lastFrame, 'Billing');
    expect(frame).toMatch(/Billing\s+Contract · —/);
  });

  it('arrows pick a cell, Enter edits it; a cell that becomes relevant is asked next; the table comes back', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Accept all');
    await press(t.stdin, keys.down);
    await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Legal basis');
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Analytics · Legal basis');
    await press(t.stdin, 'l', 'e', 'g');
    await waitForText(t.lastFrame, '› Legitimate interests');
    await press(t.stdin, keys.enter);
    // legitimate interests: the interest is asked at once
    await waitForText(t.lastFrame, 'Analytics · Which interest?');
    await press(t.stdin, 'f', 'r', 'a', 'u', 'd');
    await waitForText(t.lastFrame, '› fraud');
    await press(t.stdin, keys.enter);
    const frame = await waitForText(t.lastFrame, 'Accept all');
    expect(frame).toMatch(/Analytics\s+Legitimate interests · fraud · —/);
    expect(t.onProgress).toHaveBeenLastCalledWith({ analytics: { basis: 'legitimate-interests', interest: 'fraud' }, billing: { basis: 'not-sure' } });
    expect(t.onSubmit).not.toHaveBeenCalled();
    // the cursor stays on the cell just answered; → moves along the row's cells
    await press(t.stdin, keys.right);
    await waitForText(t.lastFrame, 'Analytics · 3 of 3 · Shared with others?');
  });

  it('"=" copies the cell of the row above', async () => {
    const t = setup({ value: { analytics: { basis: 'contract' } }, saved: { analytics: { basis: 'contract' } } });
    await waitForText(t.lastFrame, 'Accept all');
    await press(t.stdin, keys.down, keys.down);
    await waitForText(t.lastFrame, 'Billing · 1 of 2');
    await press(t.stdin, '=');
    await waitForFrame(t.lastFrame, (f) => /Billing\s+Contract · —/.test(f));
    await press(t.stdin, keys.home, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual({ analytics: { basis: 'contract' }, billing: { basis: 'contract' } });
  });

  it('Esc in a cell returns to the table; Esc on the table goes back', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Accept all');
    await press(t.stdin, keys.down, keys.enter);
    await waitForText(t.lastFrame, 'Analytics · Legal basis');
    await press(t.stdin, keys.esc);
    await waitForText(t.lastFrame, 'Accept all');
    expect(t.onCancel).not.toHaveBeenCalled();
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
  });

  it('asks the caller for each field’s choices per item', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Accept all');
    expect(t.fieldChoices).toHaveBeenCalledWith(fields[0], 'analytics');
    expect(t.fieldChoices).toHaveBeenCalledWith(fields[0], 'billing');
  });

  it('shows only the focus rows (added since the last run) and keeps the answers of the others', async () => {
    const t = setup({ value: { analytics: { basis: 'consent', shared: false } }, focusItems: ['billing'] });
    const frame = await waitForText(t.lastFrame, 'Accept this row');
    expect(frame).toContain('1 other row unchanged');
    expect(frame).not.toMatch(/^. Analytics/m);
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual({ analytics: { basis: 'consent', shared: false }, billing: { basis: 'not-sure' } });
  });

  it('windows many rows within the height', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, label: `Item ${i}` }));
    const t = setup({ items: many });
    const frame = await waitForText(t.lastFrame, 'more');
    expect(frame.split('\n').length).toBeLessThanOrEqual(14);
    await tick(1);
  });

  it('a fix from the audit opens the exact cell of the exact row, and its answer submits the table', async () => {
    const t = setup({ value: { analytics: { basis: 'consent', shared: false }, billing: { basis: 'contract' } }, cell: { item: 'billing', field: 'shared' } });
    await waitForText(t.lastFrame, 'Billing · Shared with others?');
    await press(t.stdin, 'n');
    expect((await waitForCall(t.onSubmit))[0]).toEqual({ analytics: { basis: 'consent', shared: false }, billing: { basis: 'contract', shared: false } });
  });
});
