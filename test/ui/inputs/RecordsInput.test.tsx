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

function setup(opts: { value?: RecordsValue; items?: RecordItem[]; spec?: Question; focusItems?: string[] } = {}) {
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
      height={12}
      onSubmit={onSubmit}
      onCancel={onCancel}
      onProgress={onProgress}
      focusItems={opts.focusItems}
    />,
  );
  return { ...r, onSubmit, onCancel, onProgress, fieldChoices };
}

/**
 * Waits until a select that just appeared reacts to keys. ink-select-input subscribes in a passive effect,
 * which may run some milliseconds after its first frame: nudge the highlight down until it moves, then back up.
 */
async function waitForSelect(t: ReturnType<typeof setup>) {
  const highlight = () => /› (.+)/.exec(t.lastFrame() ?? '')?.[1]?.trim();
  await waitForFrame(t.lastFrame, () => highlight() !== undefined);
  const start = highlight();
  while (highlight() === start) {
    await press(t.stdin, keys.down);
    await tick(5);
  }
  await press(t.stdin, keys.up);
  await waitForFrame(t.lastFrame, () => highlight() === start);
  await tick(1);
}

/** Moves the select's highlight down to `label` one key at a time (ink-select-input needs a render between arrows). */
async function selectDown(t: ReturnType<typeof setup>, label: string) {
  while (!/› (.+)/.exec(t.lastFrame() ?? '')?.[1]?.startsWith(label)) {
    await press(t.stdin, keys.down);
    await tick(2);
  }
  await press(t.stdin, keys.enter);
}

describe('RecordsInput', () => {
  it('walks item by item and field by field, skipping fields whose `when` is false, and submits the whole value', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Legal basis');
    await selectDown(t, 'Legitimate interests');
    let frame = await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Which interest?');
    expect(frame).toContain('in plain words');
    await press(t.stdin, 'fraud prevention', keys.enter);
    await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Shared with others?');
    await press(t.stdin, 'y');
    await waitForText(t.lastFrame, 'Billing · 2 of 2 · Legal basis');
    await waitForSelect(t);
    await press(t.stdin, keys.enter);
    // consent: "Which interest?" does not apply
    frame = await waitForText(t.lastFrame, 'Billing · 2 of 2 · Shared with others?');
    await press(t.stdin, 'n');
    expect((await waitForCall(t.onSubmit))[0]).toEqual({
      analytics: { basis: 'legitimate-interests', interest: 'fraud prevention', shared: true },
      billing: { basis: 'consent', shared: false },
    });
    expect(t.onProgress).toHaveBeenCalledTimes(5);
  });

  it('Esc goes back one field, across items, and calls onCancel from the first', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Legal basis');
    await waitForSelect(t);
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Shared with others?');
    await press(t.stdin, 'n');
    await waitForText(t.lastFrame, 'Billing · 2 of 2 · Legal basis');
    await waitForSelect(t);
    await press(t.stdin, keys.esc);
    await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Shared with others?');
    // the earlier answer is kept: No is highlighted
    await waitForText(t.lastFrame, '› No');
    await press(t.stdin, keys.esc);
    await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Legal basis');
    await waitForSelect(t);
    expect(t.onCancel).not.toHaveBeenCalled();
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
    expect(t.onSubmit).not.toHaveBeenCalled();
  });

  it('is pre-filled from the value and drops answers of fields that no longer apply', async () => {
    const t = setup({
      value: {
        analytics: { basis: 'legitimate-interests', interest: 'security', shared: true },
        billing: { basis: 'contract', interest: 'left over', shared: false },
        removed: { basis: 'consent' },
      },
    });
    await waitForText(t.lastFrame, '› Legitimate interests');
    await waitForSelect(t);
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Which interest?');
    expect(t.lastFrame()).toContain('security');
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, '› Yes');
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, '› Contract');
    await waitForSelect(t);
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Billing · 2 of 2 · Shared with others?');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual({
      analytics: { basis: 'legitimate-interests', interest: 'security', shared: true },
      billing: { basis: 'contract', shared: false },
    });
  });

  it('asks the caller for each field’s choices per item', async () => {
    const purposes: Field = { id: 'purposes', prompt: 'What is it used for?', type: 'multiselect', required: true, choicesFromAnswer: 'purposes.list' };
    const t = setup({ spec: question('records', { fields: [purposes] }) });
    t.fieldChoices.mockImplementation((_field: Field, item: string) => [{ value: `${item}-use`, label: `Use of ${item}` }]);
    t.rerender(
      <RecordsInput
        spec={question('records', { fields: [purposes] })}
        items={items}
        fieldChoices={t.fieldChoices}
        choices={[]}
        value={undefined}
        notSure={false}
        isActive
        width={70}
        height={12}
        onSubmit={t.onSubmit}
        onCancel={t.onCancel}
      />,
    );
    await waitForText(t.lastFrame, 'Use of analytics');
    await press(t.stdin, keys.space, keys.enter);
    await waitForText(t.lastFrame, 'Use of billing');
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Select at least one');
    await press(t.stdin, keys.space, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual({ analytics: { purposes: ['analytics-use'] }, billing: { purposes: ['billing-use'] } });
    expect(t.fieldChoices).toHaveBeenCalledWith(purposes, 'billing');
  });

  it('shows the header as "Item · k of n · Field"', async () => {
    const five = ['Stripe', 'Sentry', 'Segment', 'PostHog', 'Mailgun'].map((label) => ({ key: label.toLowerCase(), label }));
    const t = setup({ items: five, value: { stripe: { basis: 'consent', shared: true } } });
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Shared with others?');
    await press(t.stdin, 'y');
    await waitForText(t.lastFrame, 'Sentry · 2 of 5 · Legal basis');
  });

  it('keys typed ahead reach the next field, not the one that just closed', async () => {
    const text = (id: string): Field => ({ id, prompt: `Field ${id}`, type: 'text', required: true });
    const t = setup({ spec: question('records', { fields: [text('a'), text('b'), text('c')] }), value: { analytics: { a: 'x', b: 'y' } }, items: [items[0]!] });
    await waitForText(t.lastFrame, 'Field a');
    await ready(t.stdin);
    // Enter on a; React renders field b in a microtask; the next keys come before any macrotask, when the
    // passive effects that would move Ink's own listeners have not run yet: Home and "z" must reach field b.
    t.stdin.write(keys.enter);
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    t.stdin.write('\u001B[H');
    t.stdin.write('z');
    await waitForText(t.lastFrame, 'Analytics · 1 of 1 · Field b');
    await waitForText(t.lastFrame, 'zy');
    expect(t.onProgress.mock.calls.map((c) => c[0])).toEqual([{ analytics: { a: 'x', b: 'y' } }]);
  });

  it('two quick Esc go back two fields', async () => {
    const text = (id: string): Field => ({ id, prompt: `Field ${id}`, type: 'text' });
    const t = setup({ spec: question('records', { fields: [text('a'), text('b'), text('c')] }), items: [items[0]!] });
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Field b');
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Field c');
    // Ink needs a macrotask to tell a lone Esc from an escape sequence; the second comes before React re-renders.
    t.stdin.write(keys.esc);
    await new Promise<void>((resolve) => setImmediate(resolve));
    t.stdin.write(keys.esc);
    await waitForText(t.lastFrame, 'Field a');
    await tick(20);
    expect(t.lastFrame()).toContain('Field a');
    expect(t.onCancel).not.toHaveBeenCalled();
  });

  it('an Enter that still reaches a closing select does not answer the next field', async () => {
    const t = setup();
    await waitForSelect(t);
    // Enter, Up, Enter in one chunk: the select answers once, with what was highlighted at the first Enter.
    t.stdin.write(`${keys.enter}${keys.up}${keys.enter}`);
    await waitForText(t.lastFrame, 'Analytics · 1 of 2 · Shared with others?');
    await tick(20);
    expect(t.onProgress.mock.calls.map((c) => c[0])).toEqual([{ analytics: { basis: 'consent' }, billing: {} }]);
  });

  it('with no items, says so; Enter submits an empty value and Esc goes back', async () => {
    const t = setup({ items: [] });
    await waitForText(t.lastFrame, 'Nothing to fill in');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual({});
    cleanup();
    const u = setup({ items: [] });
    await waitForFrame(u.lastFrame, (f) => f.includes('Nothing'));
    await press(u.stdin, keys.esc);
    await waitForCall(u.onCancel);
  });

  it('walks only the focus items (added since the last run) and keeps the answers of the others', async () => {
    const t = setup({ value: { analytics: { basis: 'consent', shared: false } }, focusItems: ['billing'] });
    await waitForText(t.lastFrame, 'Billing · 1 of 1 · Legal basis');
    await waitForSelect(t);
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Shared with others?');
    await press(t.stdin, 'y');
    await waitForCall(t.onSubmit);
    expect(t.onSubmit.mock.calls[0]?.[0]).toEqual({ analytics: { basis: 'consent', shared: false }, billing: { basis: 'consent', shared: true } });
  });

  it('keeps walking the items it opened with when the caller saves progress and its focus changes', async () => {
    const t = setup({ value: { analytics: { basis: 'consent', shared: false } }, focusItems: ['billing'] });
    await waitForText(t.lastFrame, 'Billing · 1 of 1 · Legal basis');
    // the caller re-renders with no focus once progress is saved (billing is no longer new)
    t.rerender(
      <RecordsInput spec={spec} items={items} fieldChoices={(f) => f.choices ?? []} choices={[]} value={undefined} notSure={false} isActive width={70} height={12} onSubmit={t.onSubmit} onCancel={t.onCancel} focusItems={[]} />,
    );
    await waitForSelect(t);
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Billing · 1 of 1 · Shared with others?');
  });
});
