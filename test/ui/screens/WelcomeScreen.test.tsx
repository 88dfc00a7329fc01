import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { WelcomeScreen } from '../../../source/ui/screens/WelcomeScreen.js';
import { whatChanged } from '../../../source/ui/state/changes.js';
import { called, demoSession, keys, press, waitForText } from './helpers.js';

afterEach(cleanup);

describe('WelcomeScreen', () => {
  it('shows only the title while the project is read', () => {
    const { lastFrame } = render(<WelcomeScreen width={80} height={23} />);
    expect(lastFrame()).toContain('privacy-wizard');
    expect(lastFrame()).toContain('Looking at your project');
  });

  it('first run: says what will happen, what was found, that nothing leaves the machine', async () => {
    const session = await demoSession();
    const onChoose = vi.fn();
    const { lastFrame, stdin } = render(<WelcomeScreen width={80} height={23} session={session} onChoose={onChoose} demo="/tmp/demo-x" />);
    const frame = await waitForText(lastFrame, 'Start');
    expect(frame).toContain('privacy/');
    expect(frame).toContain('Found in your code: Sentry, Stripe');
    expect(frame).toContain('Nothing leaves your machine');
    expect(frame).toContain('Demo: a copy of an example project in /tmp/demo-x');
    expect(frame).toContain('enter choose');
    await press(stdin, keys.enter);
    expect(await called(onChoose)).toEqual(['start']);
  });

  it('re-run: summarises the answers, what changed and the audit, with a menu', async () => {
    const session = await demoSession();
    session.store.setAnswer('product.name', 'Acme Notes');
    session.store.setAnswer('audience.regions', 'not-sure');
    const changes = whatChanged(session.engine.bank, session.store.file, session.scan.services);
    const onChoose = vi.fn();
    const { lastFrame, stdin } = render(
      <WelcomeScreen width={80} height={23} session={session} summary={{ changes, errors: 3, answered: 2 }} onChoose={onChoose} />,
    );
    const frame = await waitForText(lastFrame, 'Review what changed');
    expect(frame).toContain('2 answers in privacy/answers.json; the policy has not been written yet.');
    expect(frame).toContain('+ New in your code: Sentry, Stripe');
    expect(frame).toContain('1 answer "Not sure yet"');
    expect(frame).toContain('The audit finds 3 errors');
    expect(frame).toMatch(/in: Your product and its users \(\d+\)/);
    expect(frame).toContain('Write the files');
    await press(stdin, keys.down, keys.down, keys.enter);
    expect(await called(onChoose)).toEqual(['audit']);
  });

  it('re-run: says when the policy on disk was last updated, even if `generate` wrote it', async () => {
    const session = await demoSession();
    session.store.setAnswer('product.name', 'Acme Notes');
    const changes = whatChanged(session.engine.bank, session.store.file, session.scan.services);
    const { lastFrame } = render(
      <WelcomeScreen width={80} height={23} session={session} summary={{ changes, errors: 0, answered: 1, policyUpdated: '2026-11-02' }} onChoose={vi.fn()} />,
    );
    expect(await waitForText(lastFrame, 'policy last updated')).toContain('1 answer in privacy/answers.json; policy last updated 2026-11-02.');
  });
});
