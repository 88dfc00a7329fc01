// The wizard with --format html: the preview shows the policy's words (rendered from its Markdown),
// not the page's tags, and the write step names the page it will write.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { computeOutputs } from '../../../source/project.js';
import { PreviewScreen } from '../../../source/ui/screens/PreviewScreen.js';
import { WriteScreen } from '../../../source/ui/screens/WriteScreen.js';
import { demoSession, waitForText } from './helpers.js';

afterEach(cleanup);

async function htmlSession() {
  const saas = readFileSync(new URL('../../fixtures/answers/saas.json', import.meta.url), 'utf8');
  const session = await demoSession({ 'privacy/answers.json': saas });
  session.format = 'html';
  const outputs = computeOutputs(session.engine, session.store.file, session.location, { today: session.today, format: 'html', scan: session.scan });
  return { session, outputs };
}

describe('--format html in the wizard', () => {
  it('previews the words of the page, with no HTML tags', { timeout: 30_000 }, async () => {
    const { session, outputs } = await htmlSession();
    expect(outputs.policy.text).toContain('<main id="main">');
    const { lastFrame } = render(<PreviewScreen session={session} outputs={outputs} width={80} height={24} onContinue={vi.fn()} onBack={vi.fn()} />);
    // the first preview loads marked-terminal: on a busy machine that takes longer than the default wait
    const frame = await waitForText(lastFrame, 'lines 1–', 15_000);
    expect(frame).toContain('privacy/privacy-policy.html');
    expect(frame).toContain('Privacy Policy');
    expect(frame).not.toMatch(/<(html|div|h1|h2|p|main)\b/);
  });

  it('the write step names privacy-policy.html', async () => {
    const { session, outputs } = await htmlSession();
    const { lastFrame } = render(<WriteScreen session={session} outputs={outputs} width={100} height={30} onWrite={vi.fn()} onDocuments={vi.fn()} onSummary={vi.fn()} onBack={vi.fn()} />);
    const frame = await waitForText(lastFrame, 'Write the files');
    expect(frame).toContain('privacy/privacy-policy.html: new file');
  });
});
