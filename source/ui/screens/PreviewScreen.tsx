import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import type { Outputs } from '../../project.js';
import type { Session } from '../session.js';
import { Footer, Title } from '../components/Footer.js';
import { ScrollView } from '../components/ScrollView.js';
import { shortPath } from '../text.js';

interface PreviewProps {
  session: Session;
  outputs?: Outputs | undefined;
  error?: Error | undefined;
  width: number;
  height: number;
  onContinue(): void;
  onBack(): void;
}

/** The policy as it will be written, rendered for the terminal and scrollable. */
export function PreviewScreen({ session, outputs, error, width, height, onContinue, onBack }: PreviewProps) {
  useInput((input, key) => {
    if (key.escape) onBack();
    else if (key.return || input === 'w') onContinue();
  });
  // marked-terminal (with highlight.js) is the largest dependency: load it when a preview is first shown.
  const [lines, setLines] = useState<string[]>();
  useEffect(() => {
    let live = true;
    if (outputs) {
      void import('../markdown.js').then(({ policyBody, renderMarkdown }) => {
        if (live) setLines(renderMarkdown(policyBody(outputs.policy.text), width - 1));
      });
    }
    return () => {
      live = false;
    };
  }, [outputs, width]);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title
        text="Preview"
        detail={outputs ? `${shortPath(outputs.policy.path, session.location.root)}${outputs.policy.changed ? '' : ' (unchanged)'}` : undefined}
      />
      {outputs && lines ? (
        <ScrollView lines={lines} width={width} height={height - 2} />
      ) : (
        <Box flexGrow={1}>
          <Text color="red" wrap="wrap">
            {error ? `The policy could not be rendered: ${error.message}` : 'Rendering the policy…'}
          </Text>
        </Box>
      )}
      <Footer width={width} keys={['↑↓ scroll', 'pgup/pgdn page', 'home/end', 'enter write', 'esc back to audit']} />
    </Box>
  );
}
