import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App, type Outcome } from '../../source/ui/App.js';
import { Wizard } from '../../source/ui/Wizard.js';
import { demoSession, keys, press, tick, waitForText } from './screens/helpers.js';

afterEach(cleanup);

/**
 * Enter on the product-name question, accepting the suggestion. On a busy machine the first frame
 * of a question can show before its input listens: an Enter that had no effect (the question is
 * still open, unanswered) is pressed again.
 */
async function acceptProductName(stdin: { write(data: string): void }, lastFrame: () => string | undefined, session: Awaited<ReturnType<typeof demoSession>>) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await press(stdin, keys.enter);
    const answered = await waitForText(lastFrame, '✔ What is the product called: Acme Notes', 1500).then(() => true, () => false);
    if (answered || session.store.file.answers['product.name']) break;
  }
  await waitForText(lastFrame, '✔ What is the product called: Acme Notes');
}

describe('App', () => {
  it('draws the welcome frame at once, then the wizard; answers are saved after every step', async () => {
    const session = await demoSession();
    let release: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const outcome: Outcome = { finished: false };
    const { lastFrame, stdin } = render(<App boot={async () => (await ready, { session, Wizard })} outcome={outcome} />);
    expect(lastFrame()).toContain('Looking at your project');
    release();
    await waitForText(lastFrame, 'Start');
    await press(stdin, keys.enter);
    await waitForText(lastFrame, 'What is the product called?');
    await acceptProductName(stdin, lastFrame, session);
    // saved at once, with provenance: accepted from package.json unchanged
    expect(session.store.file.answers['product.name']).toMatchObject({ value: 'Acme Notes', source: 'detected' });
    await press(stdin, keys.esc);
    await waitForText(lastFrame, '› Acme Notes');
    expect(lastFrame()).not.toContain('✔ What is the product called');
    await press(stdin, keys.esc);
    await waitForText(lastFrame, 'Continue to the audit');
    await press(stdin, 'a');
    await waitForText(lastFrame, 'Laws that apply');
    await press(stdin, 'w');
    await waitForText(lastFrame, 'Write the files');
    await press(stdin, keys.enter);
    await waitForText(lastFrame, 'Still to do');
    expect(session.store.file.lastRun?.detectedServices).toEqual(['sentry', 'stripe']);
    await tick();
  });

  it('remembers the organisation in the profile and offers it in another project', async () => {
    const first = await demoSession();
    const { lastFrame, stdin } = render(<Wizard session={first} width={80} height={23} onQuit={() => undefined} />);
    await waitForText(lastFrame, 'Start');
    await press(stdin, keys.esc);
    cleanup();
    first.store.setAnswer('org.legalName', 'Acme Ltd');
    first.profile.remember('org.legalName', 'Acme Ltd');
    const dir = process.env.PRIVACY_WIZARD_CONFIG_DIR;
    const second = await demoSession();
    // same user, another project
    process.env.PRIVACY_WIZARD_CONFIG_DIR = dir;
    const { OrgProfile } = await import('../../source/store/org-profile.js');
    const session = { ...second, profile: OrgProfile.open() };
    const r = render(<Wizard session={session} width={80} height={23} onQuit={() => undefined} />);
    await waitForText(r.lastFrame, 'Start');
    await press(r.stdin, keys.down, keys.up);
    // open the organisation section from the section list
    await press(r.stdin, keys.enter);
    await waitForText(r.lastFrame, 'What is the product called?');
    await press(r.stdin, keys.esc);
    await waitForText(r.lastFrame, 'Continue to the audit');
    await press(r.stdin, keys.down, keys.enter);
    const frame = await waitForText(r.lastFrame, 'From your profile');
    expect(frame).toContain('Acme Ltd');
  });

  it('answers.json deleted under the wizard: the next answer is not lost, the wizard ends with the error', async () => {
    const session = await demoSession();
    const { unlinkSync, readdirSync } = await import('node:fs');
    const outcome: Outcome = { finished: false };
    const { lastFrame, stdin } = render(<App boot={async () => ({ session, Wizard })} outcome={outcome} />);
    await waitForText(lastFrame, 'Start');
    await press(stdin, keys.enter);
    await waitForText(lastFrame, 'What is the product called?');
    await acceptProductName(stdin, lastFrame, session);
    unlinkSync(session.store.path);
    await press(stdin, keys.esc);
    await waitForText(lastFrame, '› Acme Notes');
    await press(stdin, keys.enter);
    for (let i = 0; i < 100 && !outcome.error; i += 1) await tick(10);
    expect(outcome.error?.message).toMatch(/was deleted while privacy-wizard had it open/);
    const side = readdirSync(session.location.dir).find((n) => n.includes('.unsaved-'));
    expect(side).toBeDefined();
  });
});
