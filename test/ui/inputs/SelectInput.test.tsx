import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import type { Choice } from '../../../source/core/questions/types.js';
import type { AnswerValue } from '../../../source/core/answers/types.js';
import { SelectInput } from '../../../source/ui/inputs/SelectInput.js';
import { keys, numberedChoices, press, question, ready, tick, waitForCall, waitForFrame, waitForText } from './helpers.js';


afterEach(cleanup);

interface Opts {
  choices?: Choice[];
  value?: AnswerValue;
  notSure?: boolean;
  markers?: Record<string, string>;
  height?: number;
  width?: number;
}

function setup(opts: Opts = {}) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const r = render(
    <SelectInput
      spec={question('select')}
      choices={opts.choices ?? numberedChoices(3)}
      value={opts.value}
      markers={opts.markers}
      notSure={opts.notSure ?? false}
      isActive
      width={opts.width ?? 60}
      height={opts.height ?? 10}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />,
  );
  return { ...r, onSubmit, onCancel };
}

/** The label on the row marked with "›". */
const highlighted = (frame: string) => /› (.+)/.exec(frame)?.[1]?.trim();

async function move(t: ReturnType<typeof setup>, key: string, ...labels: string[]) {
  for (const label of labels) {
    await press(t.stdin, key);
    await waitForFrame(t.lastFrame, (f) => highlighted(f)?.startsWith(label) ?? false);
  }
}

describe('SelectInput', () => {
  it('starts on nothing without an answer: Enter asks for a choice instead of picking the first', async () => {
    const t = setup();
    const frame = await waitForText(t.lastFrame, 'Choice 3');
    expect(highlighted(frame)).toBeUndefined();
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Nothing is chosen yet');
    await tick(10);
    expect(t.onSubmit).not.toHaveBeenCalled();
  });

  it('starts on "Not sure yet" without an answer when it is offered (never on a legal mechanism or basis)', async () => {
    const t = setup({ notSure: true, choices: [{ value: 'adequacy', label: 'Adequacy decision' }, { value: 'scc', label: 'Standard contractual clauses' }] });
    expect(highlighted(await waitForText(t.lastFrame, 'Not sure yet'))).toBe('Not sure yet');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe(NOT_SURE);
  });

  it('moves with the arrows and submits the highlighted value', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Choice 3');
    await move(t, keys.down, 'Choice 1', 'Choice 2', 'Choice 3');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('c3');
  });

  it('submits the highlighted item when Enter arrives in the same chunk as arrows', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Choice 3');
    await ready(t.stdin);
    t.stdin.write(`${keys.down}${keys.down}${keys.enter}`);
    expect((await waitForCall(t.onSubmit))[0]).toBe('c2');
  });

  it('starts on the current value', async () => {
    const t = setup({ value: 'c2' });
    expect(highlighted(await waitForText(t.lastFrame, 'Choice 3'))).toBe('Choice 2');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('c2');
  });

  it('typing searches the list at every size: "ire" finds Ireland in a long list of countries', async () => {
    const countries = ['Austria', 'Belgium', 'France', 'Germany', 'Iceland', 'Ireland', 'Italy', 'Northern Ireland', 'Spain'].map((label) => ({ value: label.slice(0, 2).toUpperCase(), label }));
    for (const height of [4, 20]) {
      const t = setup({ choices: countries, height });
      await press(t.stdin, 'i', 'r', 'e');
      const frame = await waitForText(t.lastFrame, 'Search: ire');
      expect(highlighted(frame)).toBe('Ireland');
      await press(t.stdin, keys.enter);
      expect((await waitForCall(t.onSubmit))[0]).toBe('IR');
      cleanup();
    }
  });

  it('Esc clears the search first, then calls onCancel', async () => {
    const t = setup();
    await press(t.stdin, 'x');
    await waitForText(t.lastFrame, 'Search: x');
    await press(t.stdin, keys.esc);
    await waitForFrame(t.lastFrame, (f) => !f.includes('Search:'));
    expect(t.onCancel).not.toHaveBeenCalled();
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
  });

  it('shows markers and hints next to labels', async () => {
    const t = setup({
      choices: [{ value: 'stripe', label: 'Stripe', hint: 'payments' }, { value: 'paddle', label: 'Paddle' }],
      markers: { stripe: 'detected in package.json:14' },
    });
    const frame = await waitForText(t.lastFrame, 'Stripe');
    expect(frame).toContain('Stripe — payments (detected in package.json:14)');
  });

  it('windows a long list within the height with "↑/↓ n more"', async () => {
    // height 8: status and hints 2, "more" lines 2, four rows of choices
    const t = setup({ choices: numberedChoices(10), height: 8 });
    let frame = await waitForText(t.lastFrame, '↓ 6 more');
    expect(frame.split('\n')).toHaveLength(8);
    expect(frame).toContain('Choice 4');
    expect(frame).not.toContain('Choice 5');
    await move(t, keys.down, 'Choice 1', 'Choice 2', 'Choice 3', 'Choice 4', 'Choice 5');
    frame = await waitForText(t.lastFrame, '↑ 1 more');
    expect(frame).toContain('↓ 5 more');
  });

  it('opens the window on a current value far down the list', async () => {
    const t = setup({ choices: numberedChoices(10), value: 'c9', height: 8 });
    const frame = await waitForText(t.lastFrame, '↑ 5 more');
    expect(highlighted(frame)).toBe('Choice 9');
  });

  it('truncates long labels to the width', async () => {
    const t = setup({ choices: [{ value: 'x', label: 'A very long label that does not fit in the width at all' }], width: 24 });
    const frame = await waitForText(t.lastFrame, 'A very');
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(24);
  });
});
