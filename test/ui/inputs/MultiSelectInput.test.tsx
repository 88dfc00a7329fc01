import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import type { Choice } from '../../../source/core/questions/types.js';
import type { AnswerValue } from '../../../source/core/answers/types.js';
import { MultiSelectInput } from '../../../source/ui/inputs/MultiSelectInput.js';
import { keys, numberedChoices, press, question, tick, waitForCall, waitForFrame, waitForText } from './helpers.js';

afterEach(cleanup);

interface Opts {
  choices?: Choice[];
  value?: AnswerValue;
  notSure?: boolean;
  required?: boolean;
  markers?: Record<string, string>;
  height?: number;
}

function setup(opts: Opts = {}) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const r = render(
    <MultiSelectInput
      spec={question('multiselect', { required: opts.required ?? true })}
      choices={opts.choices ?? numberedChoices(3)}
      value={opts.value}
      markers={opts.markers}
      notSure={opts.notSure ?? false}
      isActive
      width={60}
      height={opts.height ?? 12}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />,
  );
  return { ...r, onSubmit, onCancel };
}

const services: Choice[] = ['Stripe', 'Sentry', 'Segment', 'PostHog', 'Plausible', 'Mailgun', 'Mailchimp', 'Intercom', 'Algolia', 'Auth0'].map(
  (label) => ({ value: label.toLowerCase(), label }),
);

describe('MultiSelectInput', () => {
  it('toggles with space, moves with arrows and submits the checked values in list order', async () => {
    const t = setup();
    await waitForText(t.lastFrame, '› [ ] Choice 1');
    await press(t.stdin, keys.down, keys.down, keys.space, keys.up, keys.up, keys.space);
    const frame = await waitForText(t.lastFrame, '2 selected');
    expect(frame).toContain('[x] Choice 1');
    expect(frame).toContain('[ ] Choice 2');
    expect(frame).toContain('[x] Choice 3');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['c1', 'c3']);
  });

  // Keys typed quickly (or over SSH, or while the machine is busy) can reach the terminal program in one read:
  // space then Enter arrived as " \r", which was taken as a pasted filter " " and the Enter was lost.
  it('keys that arrive in one read are each a keypress: space toggles and Enter submits', async () => {
    const t = setup();
    await waitForText(t.lastFrame, '› [ ] Choice 1');
    await press(t.stdin, `${keys.space}${keys.down}${keys.space}${keys.enter}`);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['c1', 'c2']);
    expect(t.lastFrame()).not.toContain('Filter:');
  });

  it('a pasted filter with spaces stays a filter', async () => {
    const t = setup({ choices: services, required: false });
    await waitForText(t.lastFrame, 'Stripe');
    await press(t.stdin, 'mail chimp');
    await waitForText(t.lastFrame, 'Filter: mail chimp');
  });

  it('shows pre-selected values checked, with markers', async () => {
    const t = setup({ value: ['c2'], markers: { c2: 'detected in package.json:14' } });
    const frame = await waitForText(t.lastFrame, 'Choice 2');
    expect(frame).toContain('[x] Choice 2 (detected in package.json:14)');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['c2']);
  });

  it('ctrl+a toggles all, and again none; a plain "a" filters at every size', async () => {
    const t = setup();
    await press(t.stdin, '\u0001');
    await waitForText(t.lastFrame, '3 selected');
    await press(t.stdin, '\u0001');
    await waitForText(t.lastFrame, '0 selected');
    await press(t.stdin, 'a');
    await waitForText(t.lastFrame, 'Filter: a');
    await press(t.stdin, keys.backspace, '\u0001', keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['c1', 'c2', 'c3']);
  });

  it('a required multiselect with nothing selected shows an error instead of submitting', async () => {
    const t = setup();
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'Select at least one');
    await tick(10);
    expect(t.onSubmit).not.toHaveBeenCalled();
    await press(t.stdin, keys.space);
    await waitForFrame(t.lastFrame, (f) => !f.includes('Select at least one'));
  });

  it('an optional multiselect submits an empty list', async () => {
    const t = setup({ required: false });
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual([]);
  });

  it('"Not sure yet" is exclusive', async () => {
    const t = setup({ notSure: true, value: ['c1'] });
    await waitForText(t.lastFrame, 'Not sure yet');
    await press(t.stdin, keys.down, keys.down, keys.down, keys.space);
    let frame = await waitForText(t.lastFrame, '[x] Not sure yet');
    expect(frame).toContain('[ ] Choice 1');
    await press(t.stdin, keys.up, keys.space);
    frame = await waitForText(t.lastFrame, '[x] Choice 3');
    expect(frame).toContain('[ ] Not sure yet');
    await press(t.stdin, keys.down, keys.space, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe(NOT_SURE);
  });

  it('windows a long list with "↑/↓ n more" and keeps the cursor visible', async () => {
    // height 8: status + hints + two "more" lines leave four rows
    const t = setup({ choices: services, height: 8 });
    let frame = await waitForText(t.lastFrame, '↓ 6 more');
    expect(frame.split('\n')).toHaveLength(8);
    await press(t.stdin, keys.down, keys.down, keys.down, keys.down, keys.down);
    frame = await waitForText(t.lastFrame, '↑ 2 more');
    expect(frame).toContain('› [ ] Mailgun');
    expect(frame).toContain('↓ 4 more');
  });

  it('typing filters a long list; Backspace edits the filter; the filter is shown', async () => {
    const t = setup({ choices: services, height: 8 });
    await waitForText(t.lastFrame, 'type to filter');
    await press(t.stdin, 'm', 'a', 'i');
    let frame = await waitForText(t.lastFrame, 'Filter: mai');
    expect(frame).toContain('Mailgun');
    expect(frame).toContain('Mailchimp');
    expect(frame).not.toContain('Stripe');
    await press(t.stdin, keys.down, keys.space);
    await waitForText(t.lastFrame, '[x] Mailchimp');
    await press(t.stdin, keys.backspace, keys.backspace);
    frame = await waitForText(t.lastFrame, 'Filter: m ');
    expect(frame).toContain('Segment');
    expect(frame).not.toContain('Stripe');
    await press(t.stdin, keys.backspace, keys.backspace);
    frame = await waitForText(t.lastFrame, 'Stripe');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['mailchimp']);
  });

  it('ctrl+a toggles all the filtered items in a filterable list', async () => {
    const t = setup({ choices: services, height: 8 });
    await press(t.stdin, 's', 'e', '\u0001');
    await waitForText(t.lastFrame, '2 selected');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toEqual(['sentry', 'segment']);
  });

  it('says when nothing matches the filter', async () => {
    const t = setup({ choices: services, height: 8 });
    await press(t.stdin, 'z', 'z');
    await waitForText(t.lastFrame, 'nothing matches');
  });

  it('Esc clears the filter first, then calls onCancel', async () => {
    const t = setup({ choices: services, height: 8 });
    await press(t.stdin, 'x', keys.esc);
    await waitForText(t.lastFrame, 'type to filter');
    expect(t.onCancel).not.toHaveBeenCalled();
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
  });

  it('shows its key hints', async () => {
    const t = setup();
    expect(await waitForText(t.lastFrame, 'space toggle')).toContain('↑↓ move · space toggle · ctrl+a all · enter confirm');
  });

  it('keeps the pointer and checkbox columns aligned when a long label is truncated', async () => {
    const long = { value: 'twilio', label: `Twilio ${'(Messaging, Verify, Programmable Voice API) '.repeat(4)}` };
    const { lastFrame } = setup({ choices: [{ value: 'stripe', label: 'Stripe' }, long], value: ['twilio'] });
    const frame = await waitForText(lastFrame, 'Twilio');
    const rows = frame.split('\n').filter((line) => line.includes('Stripe') || line.includes('Twilio'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/^(› |  )\[[ x]\] /);
  });
});
