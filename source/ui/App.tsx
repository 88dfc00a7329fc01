import { useEffect, useState } from 'react';
import { Box, useApp } from 'ink';
import { useInput } from './hooks/use-terminal-input.js';
import type { Session, SessionOptions } from './session.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { WelcomeScreen } from './screens/WelcomeScreen.js';
import type { Wizard as WizardComponent } from './Wizard.js';

/** How the wizard ended, read by the command after Ink exits. */
export interface Outcome {
  finished: boolean;
  /** the user pressed Ctrl+C */
  interrupted?: boolean;
  error?: Error;
  session?: Session;
}

/** What boot() resolves to: the opened session and the screens that work on it. */
export interface Loaded {
  session: Session;
  Wizard: typeof WizardComponent;
}

/** Loads the heavy modules and opens the session (the default for the command). */
export async function loadWizard(options: SessionOptions): Promise<Loaded> {
  const main = await import('./main.js');
  return { session: await main.openSession(options), Wizard: main.Wizard };
}

interface AppProps {
  /** loads and opens the session; the welcome screen is drawn while it runs, so the first frame is immediate */
  boot(): Promise<Loaded>;
  outcome: Outcome;
  /** set on the demo: the temporary folder */
  demo?: string | undefined;
}

/** The wizard: a welcome frame at once, then the screens once the project is read. */
export function App({ boot, outcome, demo }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [loaded, setLoaded] = useState<Loaded>();
  // Ctrl+C: draw an empty frame first, so the screen is left clean for the "answers saved" message.
  const [quitting, setQuitting] = useState(false);
  // Not listening while the project loads: Ink would read the keys typed meanwhile and drop them;
  // unread, they wait (in raw mode, see commands/wizard.ts) for the first screen. Ctrl+C then too.
  useInput(
    (input, key) => {
      if (key.ctrl && input === 'c') {
        outcome.interrupted = true;
        setQuitting(true);
      }
    },
    { isActive: loaded !== undefined },
  );
  useEffect(() => {
    if (quitting) exit();
  }, [quitting]);
  useEffect(() => {
    let live = true;
    boot().then(
      (l) => {
        if (!live) return;
        outcome.session = l.session;
        // a save that cannot complete (the file changed under the wizard, a full disk) ends the wizard with exit 2
        l.session.store.onFailure = (error) => {
          outcome.error = error;
          setQuitting(true);
        };
        setLoaded(l);
      },
      (error: Error) => {
        // cleared like Ctrl+C; the command prints the error once Ink is gone
        outcome.error = error;
        if (live) setQuitting(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  // Never draw as tall as the terminal: Ink would then clear the screen on every frame.
  if (quitting) return null;
  const height = Math.max(8, size.height - 1);
  const width = Math.max(20, size.width - 1);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {loaded ? (
        <loaded.Wizard session={loaded.session} width={width} height={height} onQuit={(finished) => ((outcome.finished = finished), exit())} />
      ) : (
        <WelcomeScreen width={width} height={height} demo={demo} />
      )}
    </Box>
  );
}
