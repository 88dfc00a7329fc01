import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { QuestionType } from '../../../source/core/questions/types.js';
import { QuestionInput } from '../../../source/ui/inputs/QuestionInput.js';
import { KeyRouter } from '../../../source/ui/inputs/KeyRouter.js';
import { keys, numberedChoices, press, question, waitForCall, waitForText } from './helpers.js';

afterEach(cleanup);

const base = {
  choices: numberedChoices(3),
  value: undefined,
  notSure: false,
  isActive: true,
  width: 80,
  height: 10,
};

describe('QuestionInput', () => {
  it.each([
    ['text', 'enter confirm · esc back'],
    ['email', 'name@example.com'],
    ['url', 'https://…'],
    ['date', 'YYYY-MM-DD'],
    ['number', 'enter confirm'],
    ['select', 'enter select'],
    ['multiselect', 'space toggle'],
    ['confirm', 'y yes · n no'],
    ['list', 'enter add'],
    ['records', 'Nothing to fill in'],
  ] as [QuestionType, string][])('shows the %s input', async (type, text) => {
    const r = render(<QuestionInput {...base} spec={question(type)} onSubmit={vi.fn()} onCancel={vi.fn()} />);
    await waitForText(r.lastFrame, text);
  });

  it('passes items and fieldChoices to a records input', async () => {
    const onSubmit = vi.fn();
    const spec = question('records', { fields: [{ id: 'kind', prompt: 'Kind', type: 'select' }] });
    const r = render(
      <QuestionInput
        {...base}
        spec={spec}
        items={[{ key: 'stripe', label: 'Stripe' }]}
        fieldChoices={() => [{ value: 'payments', label: 'Payments' }]}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    await waitForText(r.lastFrame, 'Accept this row');
    await press(r.stdin, keys.down);
    await waitForText(r.lastFrame, 'Stripe · 1 of 1 · Kind');
    await press(r.stdin, keys.enter);
    await waitForText(r.lastFrame, 'Payments');
  });

  it('works under a KeyRouter', async () => {
    const onSubmit = vi.fn();
    const r = render(
      <KeyRouter>
        <QuestionInput {...base} spec={question('confirm')} onSubmit={onSubmit} onCancel={vi.fn()} />
      </KeyRouter>,
    );
    await press(r.stdin, 'n');
    expect((await waitForCall(onSubmit))[0]).toBe(false);
  });

  it('an inactive input ignores keys', async () => {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    const r = render(
      <KeyRouter>
        <QuestionInput {...base} isActive={false} spec={question('confirm')} onSubmit={onSubmit} onCancel={onCancel} />
        <QuestionInput {...base} spec={question('text')} onSubmit={vi.fn()} onCancel={vi.fn()} />
      </KeyRouter>,
    );
    await press(r.stdin, 'y', keys.esc);
    await waitForText(r.lastFrame, '› y');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('is readable without colour: no escape codes, selection shown by › and [x]', async () => {
    const r = render(<QuestionInput {...base} spec={question('multiselect')} value={['c2']} onSubmit={vi.fn()} onCancel={vi.fn()} />);
    const frame = await waitForText(r.lastFrame, 'Choice 3');
    expect(frame).not.toMatch(/\u001B\[/);
    expect(frame).toContain('› [ ] Choice 1');
    expect(frame).toContain('  [x] Choice 2');
  });
});
