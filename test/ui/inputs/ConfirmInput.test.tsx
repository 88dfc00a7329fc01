import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import type { AnswerValue } from '../../../source/core/answers/types.js';
import { ConfirmInput } from '../../../source/ui/inputs/ConfirmInput.js';
import { keys, press, question, waitForCall, waitForText } from './helpers.js';

afterEach(cleanup);

function setup(opts: { value?: AnswerValue; notSure?: boolean } = {}) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const r = render(
    <ConfirmInput
      spec={question('confirm')}
      choices={[]}
      value={opts.value}
      notSure={opts.notSure ?? false}
      isActive
      width={60}
      height={4}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />,
  );
  return { ...r, onSubmit, onCancel };
}

describe('ConfirmInput', () => {
  it('y answers yes and n answers no at once', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Yes');
    await press(t.stdin, 'y');
    expect((await waitForCall(t.onSubmit))[0]).toBe(true);
    cleanup();
    const u = setup({ value: true });
    await press(u.stdin, 'N');
    expect((await waitForCall(u.onSubmit))[0]).toBe(false);
  });

  it('starts on the current value and submits it with Enter', async () => {
    const t = setup({ value: false });
    expect(await waitForText(t.lastFrame, '› No')).not.toContain('› Yes');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe(false);
  });

  it('starts on nothing without an answer: Enter asks for a choice instead of saying Yes', async () => {
    const t = setup();
    const frame = await waitForText(t.lastFrame, 'Yes');
    expect(frame).not.toContain('›');
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Nothing is chosen yet');
    expect(t.onSubmit).not.toHaveBeenCalled();
  });

  it('starts on "Not sure yet" without an answer when it is offered', async () => {
    const t = setup({ notSure: true });
    await waitForText(t.lastFrame, '› Not sure yet');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe(NOT_SURE);
  });

  it('moves with the arrows', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Yes');
    await press(t.stdin, keys.left);
    await waitForText(t.lastFrame, '› Yes');
    await press(t.stdin, keys.right);
    await waitForText(t.lastFrame, '› No');
    await press(t.stdin, keys.left);
    await waitForText(t.lastFrame, '› Yes');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe(true);
  });

  it('offers "Not sure yet" only when allowed, and starts on it when stored', async () => {
    const t = setup();
    expect(await waitForText(t.lastFrame, 'No')).not.toContain('Not sure yet');
    cleanup();
    const u = setup({ notSure: true, value: NOT_SURE });
    await waitForText(u.lastFrame, '› Not sure yet');
    await press(u.stdin, keys.enter);
    expect((await waitForCall(u.onSubmit))[0]).toBe(NOT_SURE);
  });

  it('reaches "Not sure yet" with the arrows', async () => {
    const t = setup({ notSure: true });
    await press(t.stdin, keys.down, keys.down, keys.down, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe(NOT_SURE);
  });

  it('Esc calls onCancel', async () => {
    const t = setup();
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
    expect(t.onSubmit).not.toHaveBeenCalled();
  });
});
