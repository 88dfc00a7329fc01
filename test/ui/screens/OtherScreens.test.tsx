import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { SectionsScreen } from '../../../source/ui/screens/SectionsScreen.js';
import { DismissScreen } from '../../../source/ui/screens/DismissScreen.js';
import { called, demoSession, keys, press, waitForText } from './helpers.js';
import { visibleQuestions } from '../../../source/core/answers/visibility.js';
import { NOT_SURE } from '../../../source/core/questions/types.js';
import { nothingToAsk } from '../../../source/ui/state/wizard-state.js';
import type { Answers } from '../../../source/core/answers/types.js';

afterEach(cleanup);

describe('SectionsScreen', () => {
  it('lists every section with its progress and opens the chosen one', async () => {
    const session = await demoSession();
    const onOpen = vi.fn();
    const onBack = vi.fn();
    const { lastFrame, stdin } = render(
      <SectionsScreen session={session} answers={{ 'product.name': 'Acme' }} width={80} height={23} onOpen={onOpen} onBack={onBack} />,
    );
    const frame = await waitForText(lastFrame, 'Continue to the audit');
    for (const section of session.engine.bank.sections.slice(0, 3)) expect(frame).toContain(section.title);
    expect(frame).toMatch(/1\/\d+ answered/);
    await press(stdin, keys.down, keys.enter);
    expect(await called(onOpen)).toEqual([session.engine.bank.sections[1]!.id]);
    await press(stdin, keys.esc);
    await called(onBack);
  });

  it('a section answered in full shows ✔ only when no answer is "Not sure yet"', async () => {
    const session = await demoSession();
    const section = session.engine.bank.sections[1]!;
    const fill = (last: unknown): Answers => {
      const answers: Answers = {};
      const ids = visibleQuestions(session.engine.bank, answers).filter((q) => q.section === section.id).map((q) => q.id);
      ids.forEach((id, i) => (answers[id] = (i === ids.length - 1 ? last : 'x') as string));
      return answers;
    };
    const done = render(<SectionsScreen session={session} answers={fill('y')} width={100} height={30} onOpen={vi.fn()} onBack={vi.fn()} />);
    expect(await waitForText(done.lastFrame, 'Continue to the audit')).toMatch(new RegExp(`${section.title} \\(✔ \\d+/\\d+\\)`));
    done.unmount();
    const unsure = render(<SectionsScreen session={session} answers={fill(NOT_SURE)} width={100} height={30} onOpen={vi.fn()} onBack={vi.fn()} />);
    const frame = await waitForText(unsure.lastFrame, 'Continue to the audit');
    expect(frame).toMatch(new RegExp(`${section.title} \\((\\d+)/\\1 answered, 1 not sure yet\\)`));
    expect(frame).not.toContain(`${section.title} (✔`);
  });
});

describe('SectionsScreen with folded questions', () => {
  it('counts screens, not questions: the breach notice is answered on the breach plan screen', async () => {
    const session = await demoSession();
    const bank = session.engine.bank;
    const section = bank.sections.find((s) => s.id === bank.byId.get('security.breachProcess')!.section)!;
    const answers: Answers = {};
    for (const q of visibleQuestions(bank, { 'security.breachProcess': 'written' })) if (q.section === section.id) answers[q.id] = q.type === 'multiselect' ? ['x'] : 'x';
    answers['security.breachProcess'] = 'written';
    answers['security.breachNotice'] = 'required';
    const all = visibleQuestions(bank, answers).filter((q) => q.section === section.id && !nothingToAsk(q, answers));
    expect(all.some((q) => q.id === 'security.breachNotice')).toBe(true);
    const screens = all.length - 1;
    const done = render(<SectionsScreen session={session} answers={answers} width={100} height={30} onOpen={vi.fn()} onBack={vi.fn()} />);
    expect(await waitForText(done.lastFrame, 'Continue to the audit')).toContain(`${section.title} (✔ ${screens}/${screens})`);
    done.unmount();
    // "not sure yet whom it tells" is an unfinished answer on that screen
    const unsure = render(<SectionsScreen session={session} answers={{ ...answers, 'security.breachNotice': NOT_SURE }} width={100} height={30} onOpen={vi.fn()} onBack={vi.fn()} />);
    expect(await waitForText(unsure.lastFrame, 'Continue to the audit')).toContain(`${section.title} (${screens}/${screens} answered, 1 not sure yet)`);
  });
});

describe('DismissScreen', () => {
  it('asks why a detected service was left out and passes the reason on', async () => {
    const session = await demoSession();
    const onReason = vi.fn();
    const { lastFrame, stdin } = render(
      <DismissScreen session={session} serviceId="stripe" width={80} height={23} onReason={onReason} onBack={vi.fn()} />,
    );
    const frame = await waitForText(lastFrame, 'Stripe was detected in package.json');
    expect(frame).toContain('dev dependency only');
    await press(stdin, keys.enter);
    expect(await called(onReason)).toEqual(['stripe', 'dev dependency only']);
  });

  it('takes a typed reason', async () => {
    const session = await demoSession();
    const onReason = vi.fn();
    const { lastFrame, stdin } = render(
      <DismissScreen session={session} serviceId="sentry" width={80} height={23} onReason={onReason} onBack={vi.fn()} />,
    );
    await waitForText(lastFrame, 'Another reason');
    await press(stdin, keys.down, keys.down, keys.enter);
    await waitForText(lastFrame, 'enter confirm');
    await press(stdin, ...'only in a spike branch'.split(''), keys.enter);
    expect(await called(onReason)).toEqual(['sentry', 'only in a spike branch']);
  });
});
