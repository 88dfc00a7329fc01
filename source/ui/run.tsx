// Renders the wizard with Ink and waits for it to end. Imported only after the
// wizard command made sure it runs in a terminal.
import { render } from 'ink';
import { existsSync } from 'node:fs';
import { App, loadWizard, type Outcome } from './App.js';
import type { SessionOptions } from './session.js';

export interface WizardResult {
  finished: boolean;
  /** ended by Ctrl+C (exit 130) */
  interrupted?: boolean;
  error?: Error | undefined;
  /** the answers file, when it exists */
  answersPath?: string | undefined;
}

export async function runWizard(options: SessionOptions): Promise<WizardResult> {
  const outcome: Outcome = { finished: false };
  const instance = render(<App boot={() => loadWizard(options)} outcome={outcome} demo={options.demo} />, {
    // App handles Ctrl+C: it clears the screen before exiting
    exitOnCtrlC: false,
    patchConsole: true,
    // Ink draws at most maxFps frames a second (30 by default): a key pressed within 33 ms of the
    // last frame waited that long for its own. At 120 the wait is at most ~8 ms, and a burst of
    // keys (a paste, a held arrow) still makes no more frames than a terminal can show.
    maxFps: 120,
  });
  await instance.waitUntilExit();
  instance.cleanup();
  const path = outcome.session?.store.path;
  return { finished: outcome.finished, interrupted: outcome.interrupted === true, error: outcome.error, answersPath: path && existsSync(path) ? path : undefined };
}
