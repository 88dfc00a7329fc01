import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { Answers } from '../../../source/core/answers/types.js';
import { QuestionScreen } from '../../../source/ui/screens/QuestionScreen.js';
import type { Session } from '../../../source/ui/session.js';
import { called, demoSession, keys, press, waitForText } from './helpers.js';

afterEach(cleanup);

function setup(session: Session, id: string, answers: Answers = {}, size = { width: 80, height: 23 }, help = false) {
  const props = { onToggleHelp: vi.fn(), onAnswer: vi.fn(), onProgress: vi.fn(), onBack: vi.fn() };
  const question = session.engine.bank.byId.get(id)!;
  const r = render(<QuestionScreen session={session} question={question} answers={answers} help={help} {...size} {...props} />);
  return { ...r, ...props };
}

describe('QuestionScreen', () => {
  it('shows where you are, the prompt, the hint, the suggestion and the keys', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onAnswer } = setup(session, 'product.name');
    const frame = await waitForText(lastFrame, 'What is the product called?');
    expect(frame).toMatch(/Your product and its users · section 1 of \d+ · 0%/);
    expect(frame).toContain('Suggested from package.json');
    expect(frame).toContain('Acme Notes');
    expect(frame).toContain('esc back');
    expect(frame).toContain('ctrl+c quit');
    await press(stdin, keys.enter);
    expect(await called(onAnswer)).toEqual(['Acme Notes']);
  });

  it('collapses the finished steps of the section to "✔ label: answer"', async () => {
    const session = await demoSession();
    const { lastFrame } = setup(session, 'product.kinds', { 'product.name': 'Acme Notes', 'product.url': 'https://notes.example' });
    const frame = await waitForText(lastFrame, 'What kind of product is it?');
    expect(frame).toContain('✔ What is the product called: Acme Notes');
    expect(frame).toContain("✔ What is the product's main web address: https://notes.example");
  });

  it('pre-selects detected services and marks where they were found', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onAnswer } = setup(session, 'services.used', {}, { width: 100, height: 30 });
    const frame = await waitForText(lastFrame, 'detected in package.json');
    expect(frame).toContain('[x] Sentry');
    expect(frame).toContain('[x] Stripe');
    expect(frame).toContain('Pre-selected: 2 detected in your code');
    await press(stdin, keys.enter);
    expect(await called(onAnswer)).toEqual([['sentry', 'stripe']]);
  });

  it('ctrl+g asks for the full help on a choice question (? is searched for there); the help shows the law', async () => {
    const session = await demoSession();
    const closed = setup(session, 'product.audienceType');
    await waitForText(closed.lastFrame, 'Who are your customers?');
    expect(closed.lastFrame()).toContain('ctrl+g help');
    await press(closed.stdin, '\u0007');
    await called(closed.onToggleHelp);
    cleanup();
    const open = setup(session, 'product.audienceType', {}, { width: 80, height: 23 }, true);
    const frame = await waitForText(open.lastFrame, 'Law: GDPR Art. 4(7)');
    expect(frame).toContain('processor');
  });

  it('Esc goes back', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onBack } = setup(session, 'product.audienceType');
    await waitForText(lastFrame, 'Who are your customers?');
    await press(stdin, keys.esc);
    await called(onBack);
  });

  it('fits a 60x19 terminal: long lists window, the footer stays', async () => {
    const session = await demoSession();
    const { lastFrame } = setup(session, 'org.country', {}, { width: 60, height: 19 });
    const frame = await waitForText(lastFrame, 'more');
    expect(frame.split('\n').length).toBeLessThanOrEqual(19);
    expect(frame.split('\n').every((l) => l.length <= 60)).toBe(true);
    expect(frame).toContain('ctrl+c quit');
  });

  it('one small form per service, pre-filled from the catalog', async () => {
    const session = await demoSession();
    const answers = { 'services.used': ['stripe'], 'purposes.list': ['payments'], 'data.categories': ['payment'] };
    const { lastFrame, stdin, onProgress } = setup(session, 'services.details', answers, { width: 100, height: 30 });
    const frame = await waitForText(lastFrame, 'Accept this row');
    expect(frame.replace(/\s+/g, ' ')).toContain('Suggested from our service catalog');
    // the catalog proves location and DPF; it does not say whether Stripe is a processor, so that starts on Not sure yet
    expect(frame).toMatch(/Stripe\s+Not sure yet · Processing pa…\* · Payment detai…\* · US\* · EU-US Data Privacy Fram…\*/);
    await press(stdin, keys.down, keys.enter);
    await waitForText(lastFrame, 'Stripe · Does it act only on your instructions?');
    await press(stdin, 'y', 'e', 's', keys.enter);
    const [value] = await called(onProgress);
    expect(value).toMatchObject({ stripe: { role: 'processor', safeguard: 'dpf', location: 'US' } });
  });
});

describe('QuestionScreen: what the cookies of a service are for', () => {
  const answers = { 'services.used': ['intercom', 'stripe'], 'purposes.list': ['payments', 'support'], 'data.categories': ['payment', 'communications'] };
  const left = '\u001B[D';
  /** The detail line of the highlighted cell: "<row> · k of n · <prompt>". */
  const detail = (frame: string) => /^(\S.*) · (\d+) of (\d+) · (.*)$/m.exec(frame);

  it('is asked only for a service whose vendor does not state the kind, starts on "Not sure yet", and saves the choice', async () => {
    const session = await demoSession({ 'package.json': JSON.stringify({ name: 'acme', dependencies: { '@intercom/messenger-js-sdk': '^0.0.14', stripe: '^17.0.0' } }) });
    const { lastFrame, stdin, onProgress, onAnswer } = setup(session, 'services.details', answers, { width: 80, height: 24 });
    // the cell is the last of its row, past the edge at 80 columns: the open question is named under the table
    expect(await waitForText(lastFrame, 'Accept all 2 rows')).toContain('What are its cookies for? Not sure yet: Intercom');
    // Intercom's last cell is the question, on "Not sure yet"
    await press(stdin, keys.down, left);
    let frame = await waitForText(lastFrame, 'What are its cookies for?');
    expect(detail(frame)?.slice(1)).toEqual(['Intercom', '9', '9', 'What are its cookies for?']);
    expect(frame).toMatch(/^\s+Not sure yet$/m);
    // Stripe's vendor says its cookies are strictly necessary: no such cell in its row
    await press(stdin, keys.down, left);
    frame = await waitForText(lastFrame, 'Stripe · ');
    expect(detail(frame)?.slice(1, 3)).toEqual(['Stripe', '8']);
    expect(detail(frame)?.[4]).not.toBe('What are its cookies for?');
    // choose "Analytics" for Intercom
    await press(stdin, keys.up, left, keys.enter);
    frame = await waitForText(lastFrame, 'Intercom · What are its cookies for?');
    expect(frame).toContain('Strictly necessary for what the user asked for');
    expect(frame).toContain('Not sure yet');
    await press(stdin, 'a', 'n', 'a', 'l', keys.enter);
    const [value] = await called(onProgress);
    expect((value as Record<string, Record<string, unknown>>).intercom?.cookieKind).toBe('analytics');
    expect(await waitForText(lastFrame, 'Analytics: they measure how the product is used')).not.toContain('Not sure yet: Intercom');
    expect((value as Record<string, Record<string, unknown>>).stripe).not.toHaveProperty('cookieKind');
    await press(stdin, keys.up, keys.up, keys.enter);
    const [saved] = await called(onAnswer);
    expect(saved).toMatchObject({ intercom: { cookieKind: 'analytics' } });
  });

  it('accepting every row as shown stores "Not sure yet" for it, never a guess', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onAnswer } = setup(session, 'services.details', answers, { width: 60, height: 20 });
    await waitForText(lastFrame, 'Accept all 2 rows');
    await press(stdin, keys.enter);
    const [value] = await called(onAnswer);
    expect((value as Record<string, Record<string, unknown>>).intercom?.cookieKind).toBe('not-sure');
    expect((value as Record<string, Record<string, unknown>>).stripe).not.toHaveProperty('cookieKind');
  });
});

describe('QuestionScreen: whether a service the user added sets cookies', () => {
  const answers = { 'services.used': ['stripe'], 'services.custom': ['Acme Chat'], 'purposes.list': ['payments', 'support'], 'data.categories': ['payment', 'communications'] };
  const left = '\u001B[D';
  const detail = (frame: string) => /^(\S.*) · (\d+) of (\d+) · (.*)$/m.exec(frame);
  const PROMPT = "Does it set cookies or similar on people's devices?";

  it('is asked only for the added service, starts on "Not sure yet", offers No and the four kinds, and saves the choice', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onProgress, onAnswer } = setup(session, 'services.details', answers, { width: 80, height: 24 });
    expect(await waitForText(lastFrame, 'Accept all 2 rows')).toContain(`${PROMPT} Not sure yet: Acme Chat`);
    // Acme Chat's last cell is the question, on "Not sure yet"
    await press(stdin, keys.down, keys.down, left);
    let frame = await waitForText(lastFrame, `Acme Chat · `);
    expect(detail(frame)?.[1]).toBe('Acme Chat');
    expect(detail(frame)?.[4]).toBe(PROMPT);
    expect(frame).toMatch(/^\s+Not sure yet$/m);
    // Stripe is in the catalog: neither cookie question is in its row
    await press(stdin, keys.up, left);
    frame = await waitForText(lastFrame, 'Stripe · ');
    expect(detail(frame)?.[4]).not.toBe(PROMPT);
    expect(detail(frame)?.[4]).not.toBe('What are its cookies for?');
    // choose "Yes, advertising…" for Acme Chat
    await press(stdin, keys.down, left, keys.enter);
    frame = await waitForText(lastFrame, `Acme Chat · ${PROMPT}`);
    for (const label of ['No', 'Yes, strictly necessary for what the user asked for', 'Yes, analytics: they measure how the product is used', 'Not sure yet']) expect(frame).toContain(label);
    await press(stdin, 'a', 'd', 'v', keys.enter);
    const [value] = await called(onProgress);
    expect((value as Record<string, Record<string, unknown>>)['Acme Chat']?.cookies).toBe('advertising');
    expect((value as Record<string, Record<string, unknown>>).stripe).not.toHaveProperty('cookies');
    expect(await waitForText(lastFrame, 'Yes, advertising or tracking across sites')).not.toContain('Not sure yet: Acme Chat');
    await press(stdin, keys.up, keys.up, keys.enter);
    const [saved] = await called(onAnswer);
    expect(saved).toMatchObject({ 'Acme Chat': { cookies: 'advertising' } });
  });

  it('accepting every row as shown stores "Not sure yet" for it, never a guess', async () => {
    const session = await demoSession();
    const { lastFrame, stdin, onAnswer } = setup(session, 'services.details', answers, { width: 60, height: 20 });
    await waitForText(lastFrame, 'Accept all 2 rows');
    await press(stdin, keys.enter);
    const [value] = await called(onAnswer);
    expect((value as Record<string, Record<string, unknown>>)['Acme Chat']?.cookies).toBe('not-sure');
    expect((value as Record<string, Record<string, unknown>>).stripe).not.toHaveProperty('cookies');
  });
});
