import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import type { AnswerValue } from '../../../source/core/answers/types.js';
import { ListInput } from '../../../source/ui/inputs/ListInput.js';
import { keys, press, question, tick, waitForCall, waitForFrame, waitForText } from './helpers.js';

afterEach(cleanup);

function setup(opts: { value?: AnswerValue; notSure?: boolean; required?: boolean; height?: number } = {}) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const r = render(
    <ListInput
      spec={question('list', { required: opts.required ?? true })}
      choices={[]}
      value={opts.value}
      notSure={opts.notSure ?? false}
      isActive
      width={60}
      height={opts.height ?? 10}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />,
  );
  return { ...r, onSubmit, onCancel };
}

describe('ListInput', () => {
  it('adds items with Enter and submits with Enter on an empty field', async () => {
    const t = setup();
    await press(t.stdin, 'Acme Payments', keys.enter);
    await waitForText(t.lastFrame, '• Acme Payments');
    await press(t.stdin, 'Acme Mail', keys.enter);
    const frame = await waitForText(t.lastFrame, '2 items');
    expect(frame).toContain('• Acme Mail');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['Acme Payments', 'Acme Mail']);
  });

  it('a required list with no items shows an error instead of submitting', async () => {
    const t = setup();
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Add at least one item.');
    await tick(10);
    expect(t.onSubmit).not.toHaveBeenCalled();
  });

  it('an optional list submits empty', async () => {
    const t = setup({ required: false });
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual([]);
  });

  it('refuses a duplicate item', async () => {
    const t = setup({ value: ['web'] });
    await press(t.stdin, 'web', keys.enter);
    await waitForText(t.lastFrame, 'already in the list');
  });

  it('Up/Down select an item and Delete or Backspace on an empty field removes it', async () => {
    const t = setup({ value: ['one', 'two', 'three'] });
    await waitForText(t.lastFrame, '› • three');
    await press(t.stdin, keys.up);
    await waitForText(t.lastFrame, '› • two');
    await press(t.stdin, keys.delete);
    let frame = await waitForText(t.lastFrame, '2 items');
    expect(frame).not.toContain('• two');
    await press(t.stdin, keys.up, keys.up, keys.backspace);
    frame = await waitForText(t.lastFrame, '1 item');
    expect(frame).not.toContain('• one');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['three']);
  });

  it('Backspace in a non-empty field edits the text, not the list', async () => {
    const t = setup({ value: ['one'] });
    await press(t.stdin, 'ab', keys.backspace, keys.left, 'x', keys.enter);
    await waitForText(t.lastFrame, '• xa');
    expect(t.lastFrame()).toContain('• one');
  });

  it('windows a long list', async () => {
    const t = setup({ value: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'], height: 7 });
    // height 7: field, status, hints and two "more" lines leave two rows, showing the last item selected
    const frame = await waitForText(t.lastFrame, '↑ 6 more');
    expect(frame).toContain('› • a8');
    expect(frame).not.toContain('a6');
    await press(t.stdin, keys.up, keys.up);
    await waitForFrame(t.lastFrame, (f) => f.includes('› • a6') && f.includes('↓ 1 more'));
  });

  it('Tab answers "Not sure yet" when offered', async () => {
    const t = setup({ notSure: true });
    await press(t.stdin, keys.tab);
    expect((await waitForCall(t.onSubmit))[0]).toBe(NOT_SURE);
  });

  it('Esc calls onCancel', async () => {
    const t = setup();
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
  });
});
