import { useEffect, useState } from 'react';
import { Box, Text, useApp } from 'ink';
import type { Session } from './session.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { WelcomeScreen } from './screens/WelcomeScreen.js';
import { Wizard } from './Wizard.js';

/** How the wizard ended, read by the command after Ink exits. */
export interface Outcome {
  finished: boolean;
  error?: Error;
  session?: Session;
}

interface AppProps {
  /** opens the session; the welcome screen is drawn while it runs, so the first frame is immediate */
  boot(): Promise<Session>;
  outcome: Outcome;
  /** set on the demo: the temporary folder */
  demo?: string | undefined;
}

/** The wizard: a welcome frame at once, then the screens once the project is read. */
export function App({ boot, outcome, demo }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [session, setSession] = useState<Session>();
  useEffect(() => {
    let live = true;
    boot().then(
      (s) => {
        if (!live) return;
        outcome.session = s;
        setSession(s);
      },
      (error: Error) => {
        outcome.error = error;
        exit();
      },
    );
    return () => {
      live = false;
    };
  }, []);
  // Never draw as tall as the terminal: Ink would then clear the screen on every frame.
  const height = Math.max(8, size.height - 1);
  const width = Math.max(20, size.width - 1);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {session ? (
        <Wizard session={session} width={width} height={height} onQuit={(finished) => ((outcome.finished = finished), exit())} />
      ) : (
        <WelcomeScreen width={width} height={height} demo={demo} />
      )}
      {outcome.error ? <Text color="red">{outcome.error.message}</Text> : null}
    </Box>
  );
}
