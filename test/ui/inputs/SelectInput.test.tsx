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

/**
 * ink-select-input reads its highlight from its last render, so a second arrow that arrives before
 * React re-renders is lost: press one key, wait until the highlight shows it, then go on.
 */
async function move(t: ReturnType<typeof setup>, key: string, ...labels: string[]) {
  for (const label of labels) {
    await press(t.stdin, key);
    await waitForFrame(t.lastFrame, (f) => highlighted(f)?.startsWith(label) ?? false);
    await tick(1);
  }
}

describe('SelectInput', () => {
  it('moves with the arrows and submits the highlighted value', async () => {
    const t = setup();
    expect(highlighted(await waitForText(t.lastFrame, 'Choice 3'))).toBe('Choice 1');
    await move(t, keys.down, 'Choice 2', 'Choice 3');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('c3');
  });

  it('submits the highlighted item when Enter arrives in the same chunk as an arrow', async () => {
    const t = setup();
    await waitForText(t.lastFrame, 'Choice 3');
    await ready(t.stdin);
    t.stdin.write(`${keys.down}${keys.enter}`);
    expect((await waitForCall(t.onSubmit))[0]).toBe('c2');
  });

  it('starts on the current value', async () => {
    const t = setup({ value: 'c2' });
    expect(highlighted(await waitForText(t.lastFrame, 'Choice 3'))).toBe('Choice 2');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('c2');
  });

  it('shows markers and hints next to labels', async () => {
    const t = setup({
      choices: [{ value: 'stripe', label: 'Stripe', hint: 'payments' }, { value: 'paddle', label: 'Paddle' }],
      markers: { stripe: 'detected in package.json:14' },
    });
    const frame = await waitForText(t.lastFrame, 'Stripe');
    expect(frame).toContain('Stripe — payments (detected in package.json:14)');
  });

  it('offers "Not sure yet" as the last item and stores NOT_SURE', async () => {
    const t = setup({ notSure: true });
    const frame = await waitForText(t.lastFrame, 'Not sure yet');
    expect(frame.indexOf('Not sure yet')).toBeGreaterThan(frame.indexOf('Choice 3'));
    await move(t, keys.up, 'Not sure yet');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe(NOT_SURE);
  });

  it('starts on "Not sure yet" when that is the current answer', async () => {
    const t = setup({ notSure: true, value: NOT_SURE });
    expect(highlighted(await waitForText(t.lastFrame, 'Not sure yet'))).toBe('Not sure yet');
  });

  it('windows a long list within the height with "↑/↓ n more"', async () => {
    // height 7: hints 1, "more" lines 2, four rows of choices
    const t = setup({ choices: numberedChoices(10), height: 7 });
    let frame = await waitForText(t.lastFrame, '↓ 6 more');
    expect(frame.split('\n')).toHaveLength(7);
    expect(frame).toContain('Choice 4');
    expect(frame).not.toContain('Choice 5');
    await move(t, keys.down, 'Choice 2', 'Choice 3', 'Choice 4', 'Choice 5');
    frame = await waitForText(t.lastFrame, '↑ 1 more');
    expect(frame).toContain('↓ 5 more');
    expect(highlighted(frame)).toBe('Choice 5');
  });

  it('opens the window on a current value far down the list', async () => {
    const t = setup({ choices: numberedChoices(10), value: 'c9', height: 7 });
    const frame = await waitForText(t.lastFrame, '↑ 5 more');
    expect(highlighted(frame)).toBe('Choice 9');
    expect(frame).toContain('↓ 1 more');
  });

  it('wraps from the top to the end of a windowed list in list order', async () => {
    const t = setup({ choices: numberedChoices(10), height: 7 });
    await waitForText(t.lastFrame, 'Choice 1');
    await press(t.stdin, keys.up);
    const frame = await waitForText(t.lastFrame, '↑ 6 more');
    expect(highlighted(frame)).toBe('Choice 10');
    expect(frame.indexOf('Choice 7')).toBeLessThan(frame.indexOf('Choice 10'));
    expect(frame).not.toContain('Choice 1\n');
  });

  it('truncates long labels to the width', async () => {
    const t = setup({ choices: [{ value: 'x', label: 'A very long label that does not fit in the width at all' }], width: 24 });
    const frame = await waitForText(t.lastFrame, 'A very');
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(24);
  });

  it('Esc calls onCancel', async () => {
    const t = setup();
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
    await tick(10);
    expect(t.onSubmit).not.toHaveBeenCalled();
  });
});
