import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import type { QuestionType } from '../../../source/core/questions/types.js';
import type { AnswerValue } from '../../../source/core/answers/types.js';
import { TextInput } from '../../../source/ui/inputs/TextInput.js';
import { keys, press, question, tick, waitForCall, waitForFrame, waitForText } from './helpers.js';

afterEach(cleanup);

/** No lone UTF-16 surrogate (half an emoji). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

function setup(type: QuestionType, opts: { value?: AnswerValue; required?: boolean; notSure?: boolean; width?: number } = {}) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const r = render(
    <TextInput
      spec={question(type, { required: opts.required ?? true })}
      choices={[]}
      value={opts.value}
      notSure={opts.notSure ?? false}
      isActive
      width={opts.width ?? 60}
      height={6}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />,
  );
  return { ...r, onSubmit, onCancel };
}

describe('TextInput', () => {
  it('moves and erases by grapheme: ← then typing never splits an emoji or a combining accent', async () => {
    const t = setup('text');
    await press(t.stdin, 'Notes 📝');
    await waitForText(t.lastFrame, 'Notes 📝');
    await press(t.stdin, keys.left, 'x');
    await waitForText(t.lastFrame, 'Notes x📝');
    await press(t.stdin, keys.end, keys.backspace, 'e\u0301', keys.left, keys.backspace);
    await waitForText(t.lastFrame, 'Notes e\u0301');
    await press(t.stdin, keys.enter);
    const [value] = await waitForCall(t.onSubmit);
    expect(value).toBe('Notes e\u0301');
    expect(wellFormed((value as string))).toBe(true);
  });

  it('Ctrl+W erases the word before the cursor, Ctrl+U everything before it, Home/End jump', async () => {
    const t = setup('text');
    await press(t.stdin, 'Acme Notes Ltd');
    await waitForText(t.lastFrame, 'Acme Notes Ltd');
    await press(t.stdin, '\u0017');
    await waitForFrame(t.lastFrame, (f) => f.includes('Acme Notes') && !f.includes('Ltd'));
    await press(t.stdin, keys.home, 'X', keys.end, '!');
    await waitForText(t.lastFrame, 'XAcme Notes !');
    await press(t.stdin, keys.left, '\u0015');
    await waitForFrame(t.lastFrame, (f) => /› !/.test(f) || /› .?!/.test(f));
  });

  it('a paste that ends with Enter is typed, then submitted', async () => {
    const t = setup('text');
    await press(t.stdin, 'amazon web\r');
    expect((await waitForCall(t.onSubmit))[0]).toBe('amazon web');
  });

  it('keeps a field to its length limit and says so', async () => {
    const t = setup('email');
    await press(t.stdin, `${'a'.repeat(300)}@x.io`);
    await waitForText(t.lastFrame, 'At most 254 characters');
  });

  it('types, moves the cursor, erases and submits', async () => {
    const t = setup('text');
    await press(t.stdin, 'A', 'c', 'm', 'e');
    await waitForText(t.lastFrame, 'Acme');
    await press(t.stdin, keys.left, keys.left, 'x', keys.right, keys.backspace);
    await waitForText(t.lastFrame, 'Acxe');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('Acxe');
  });

  it('takes a paste of several characters at once', async () => {
    const t = setup('text');
    await press(t.stdin, 'Acme Cloud GmbH');
    await waitForText(t.lastFrame, 'Acme Cloud GmbH');
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('Acme Cloud GmbH');
  });

  it('edits a pre-filled value', async () => {
    const t = setup('url', { value: 'https://acme.test' });
    await waitForText(t.lastFrame, 'https://acme.test');
    await press(t.stdin, '/privacy', keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('https://acme.test/privacy');
  });

  it('blocks an empty required answer with an error under the field', async () => {
    const t = setup('text');
    await press(t.stdin, keys.enter);
    await waitForText(t.lastFrame, 'An answer is required.');
    expect(t.onSubmit).not.toHaveBeenCalled();
  });

  it('submits an empty optional answer as ""', async () => {
    const t = setup('text', { required: false });
    await press(t.stdin, keys.enter);
    expect((await waitForCall(t.onSubmit))[0]).toBe('');
  });

  it.each([
    ['email', 'privacy@', 'Enter an email address', 'example.com', 'privacy@example.com'],
    ['url', 'ftp://acme.test', 'starting with https://', '', undefined],
    ['date', '2025-02-30', 'real date as YYYY-MM-DD', '', undefined],
    ['number', '3O', 'Enter a number', '', undefined],
  ] as const)('%s: shows the validation error and does not submit', async (type, typed, error, fix, fixed) => {
    const t = setup(type);
    await press(t.stdin, typed, keys.enter);
    await waitForText(t.lastFrame, error);
    await tick(10);
    expect(t.onSubmit).not.toHaveBeenCalled();
    if (fixed) {
      await press(t.stdin, fix, keys.enter);
      expect((await waitForCall(t.onSubmit))[0]).toBe(fixed);
    }
  });

  it('clears the error when the user edits again', async () => {
    const t = setup('date');
    await press(t.stdin, '2025-13-01', keys.enter);
    await waitForText(t.lastFrame, 'real date');
    await press(t.stdin, keys.backspace);
    await tick(10);
    expect(t.lastFrame()).not.toContain('real date');
  });

  it('accepts a valid date and turns a number answer into a number', async () => {
    const d = setup('date');
    await press(d.stdin, '2024-02-29', keys.enter);
    expect((await waitForCall(d.onSubmit))[0]).toBe('2024-02-29');
    cleanup();
    const n = setup('number');
    await press(n.stdin, '30', keys.enter);
    expect((await waitForCall(n.onSubmit))[0]).toBe(30);
  });

  it('Esc calls onCancel', async () => {
    const t = setup('text');
    await press(t.stdin, keys.esc);
    await waitForCall(t.onCancel);
    expect(t.onSubmit).not.toHaveBeenCalled();
  });

  it('offers "Not sure yet" on Tab when allowed, and only then', async () => {
    const t = setup('email', { notSure: true });
    await waitForText(t.lastFrame, 'empty enter: not sure yet');
    await press(t.stdin, keys.tab);
    expect((await waitForCall(t.onSubmit))[0]).toBe(NOT_SURE);
    cleanup();
    // Enter on an empty field that offers it stores "Not sure yet", never an empty answer the policy would read as none
    const e = setup('text', { notSure: true });
    await press(e.stdin, keys.enter);
    expect((await waitForCall(e.onSubmit))[0]).toBe(NOT_SURE);
    cleanup();
    const u = setup('email');
    await press(u.stdin, keys.tab);
    await tick(10);
    expect(u.onSubmit).not.toHaveBeenCalled();
    expect(u.lastFrame()).not.toContain('not sure');
  });

  it('shows a stored "Not sure yet" as an empty field with a note', async () => {
    const t = setup('text', { value: NOT_SURE, notSure: true });
    const frame = await waitForText(t.lastFrame, 'Currently: Not sure yet');
    expect(frame).not.toContain(NOT_SURE);
  });

  it('wraps long text inside the width', async () => {
    const t = setup('text', { width: 20 });
    await press(t.stdin, 'one two three four five six seven');
    const frame = await waitForText(t.lastFrame, 'seven');
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(20);
  });
});

describe('a long answer', () => {
  it('a 2,000-character answer stays in the rows the field has: the part around the cursor, with what is out of view counted', async () => {
    const long = 'Acme Notes keeps your notes safe. '.repeat(60).slice(0, 2000);
    const t = setup('text', { value: long, width: 70 });
    const frame = await waitForText(t.lastFrame, 'characters before');
    // height 6: every row of the input, hints included, fits
    expect(frame.split('\n').length).toBeLessThanOrEqual(6);
    expect(frame).toContain('enter confirm');
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(70);
    await press(t.stdin, keys.home);
    const top = await waitForText(t.lastFrame, 'characters after');
    expect(top).not.toContain('characters before');
    expect(top).toContain('› Acme Notes keeps');
    await press(t.stdin, keys.enter);
    expect(await waitForCall(t.onSubmit)).toEqual([long.trim()]);
  });
});
