// Questions folded into an earlier question's screen (foldInto): the breach plan's choices carry whom the plan tells,
// and the storage and cookie screens carry a second field. Fewer screens, the same answers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { Answers } from '../../../source/core/answers/types.js';
import { QuestionScreen } from '../../../source/ui/screens/QuestionScreen.js';
import type { Session } from '../../../source/ui/session.js';
import { called, demoSession, keys, press, waitForText } from './helpers.js';

afterEach(cleanup);

function setup(session: Session, id: string, answers: Answers = {}, size = { width: 80, height: 24 }, help = false) {
  const props = { onToggleHelp: vi.fn(), onAnswer: vi.fn(), onProgress: vi.fn(), onBack: vi.fn() };
  const question = session.engine.bank.byId.get(id)!;
  const r = render(<QuestionScreen session={session} question={question} answers={answers} help={help} {...size} {...props} />);
  return { ...r, ...props };
}

const fits = (frame: string, width: number, height: number) => {
  expect(frame.split('\n').length).toBeLessThanOrEqual(height);
  for (const line of frame.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
};

describe('a question folded into the choices of another', () => {
  it('the breach plan screen asks whom a written plan tells: one choice answers both questions', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onAnswer } = setup(session, 'security.breachProcess');
    const frame = await waitForText(lastFrame, 'Do you have a written plan');
    expect(frame).toContain('Yes, written: it tells those affected when the law requires (e.g. high risk)');
    expect(frame).toContain('Yes, written: it tells everyone affected, whatever the risk');
    expect(frame).toContain('Yes, written: not sure yet whom it tells');
    expect(frame).toContain('Informal only');
    // the old "Yes, written" alone is gone: it would leave whom it tells unanswered
    expect(frame).not.toContain('Yes, written and assigned to someone');
    await press(stdin, ...'every'.split(''), keys.enter);
    expect(await called(onAnswer)).toEqual(['written', { 'security.breachNotice': 'all-affected' }]);
  });

  it('a plan that is not written answers only the breach plan', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onAnswer } = setup(session, 'security.breachProcess');
    await waitForText(lastFrame, 'Informal only');
    await press(stdin, ...'informal'.split(''), keys.enter);
    expect(await called(onAnswer)).toEqual(['informal', {}]);
  });

  it('re-opened, the highlight is on the choice both saved answers stand for; its help covers both questions', async () => {
    const session = await demoSession();
    const answers = { 'security.breachProcess': 'written', 'security.breachNotice': 'all-affected' };
    const { lastFrame, stdin, onAnswer } = setup(session, 'security.breachProcess', answers, { width: 100, height: 30 });
    await waitForText(lastFrame, 'whatever the risk');
    await press(stdin, keys.enter);
    expect(await called(onAnswer)).toEqual(['written', { 'security.breachNotice': 'all-affected' }]);
  });

  it('its help is the help of both questions', async () => {
    const session = await demoSession();
    const { lastFrame } = setup(session, 'security.breachProcess', {}, { width: 100, height: 40 }, true);
    const frame = (await waitForText(lastFrame, 'Law:')).replace(/[\s│]+/g, ' ');
    expect(frame).toContain('GDPR Art. 33;');
    expect(frame).toContain('The policy need not mention breaches');
  });

  it('fits 60x20', async () => {
    const session = await demoSession();
    const { lastFrame } = setup(session, 'security.breachProcess', {}, { width: 60, height: 20 });
    const frame = await waitForText(lastFrame, 'ctrl+c quit');
    fits(frame, 60, 20);
    expect(frame).toContain('Yes, written: it tells those affected');
  });
});

describe('a question folded into a screen as its second field', () => {
  it('the storage screen says a second field follows, then shows it under the first one and its answer', async () => {
    const session = await demoSession();
    const first = setup(session, 'transfers.storage');
    const before = await waitForText(first.lastFrame, 'Where is the product');
    expect(before.replace(/\s+/g, ' ')).toContain('Next on this screen: In which other countries');
    first.unmount();
    const answers = { 'transfers.storage': 'AWS eu-west-1 (Ireland)' };
    const { lastFrame, stdin, onAnswer } = setup(session, 'transfers.ownCountries', answers);
    const frame = await waitForText(lastFrame, 'In which other countries');
    const flat = frame.replace(/\s+/g, ' ');
    expect(flat).toContain("Where is the product's own data stored (your servers or cloud region)? ✔ AWS eu-west-1 (Ireland)");
    // the first field is on the screen in full, not collapsed into a finished step
    expect(frame).not.toContain('✔ Where is the product');
    expect(frame).toMatch(/Storage, transfers and security · section \d+ of \d+/);
    await press(stdin, keys.enter);
    expect(await called(onAnswer)).toEqual([[]]);
  });

  it('the cookie screen asks for the product\'s own cookies under the kinds, and not when it uses none', async () => {
    const session = await demoSession();
    const kinds = setup(session, 'cookies.kinds', { 'cookies.kinds': ['essential', 'analytics'] });
    expect((await waitForText(kinds.lastFrame, 'Which kinds of cookies')).replace(/\s+/g, ' ')).toContain('Next on this screen: Which cookies or storage keys');
    kinds.unmount();
    const none = setup(session, 'cookies.kinds', { 'cookies.kinds': [] });
    expect(await waitForText(none.lastFrame, 'Which kinds of cookies')).not.toContain('Next on this screen');
    none.unmount();
    const { lastFrame } = setup(session, 'cookies.own', { 'cookies.kinds': ['essential', 'analytics'] });
    const frame = (await waitForText(lastFrame, 'Which cookies or storage keys')).replace(/\s+/g, ' ');
    expect(frame).toContain('Which kinds of cookies or similar technologies');
    expect(frame).toMatch(/✔ Strictly necessary.*Analytics/i);
  });

  for (const [width, height] of [[100, 30], [80, 24], [60, 20]] as const) {
    it(`both fields fit ${width}x${height}, with the footer`, async () => {
      const session = await demoSession();
      const { lastFrame } = setup(session, 'transfers.ownCountries', { 'transfers.storage': 'AWS eu-west-1 (Ireland)' }, { width, height });
      const frame = await waitForText(lastFrame, 'ctrl+c quit');
      fits(frame, width, height);
      expect(frame).toContain('✔ AWS eu-west-1 (Ireland)');
      expect(frame).toContain('In which other countries');
    });
  }
});
