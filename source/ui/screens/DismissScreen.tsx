import { useState } from 'react';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import { TextInput } from '../inputs/index.js';
import type { Session } from '../session.js';
import { evidenceOf } from '../../core/suggest/index.js';
import { Footer, Title } from '../components/Footer.js';
import { Menu } from '../components/Menu.js';

interface DismissProps {
  session: Session;
  serviceId: string;
  width: number;
  height: number;
  onReason(serviceId: string, reason: string): void;
  onBack(): void;
}

const REASONS = [
  { value: 'dev dependency only', label: 'It is a dev dependency only' },
  { value: 'not used with personal data', label: 'It does not receive personal data' },
  { value: 'other', label: 'Another reason (type it)' },
];

/** A detected service the user unticked: ask why, so the audit and `check` stop reporting it. */
export function DismissScreen({ session, serviceId, width, height, onReason, onBack }: DismissProps) {
  const [typing, setTyping] = useState(false);
  useInput((_input, key) => {
    if (key.escape) onBack();
  }, { isActive: !typing });
  const detection = session.scan.services.find((d) => d.serviceId === serviceId);
  const name = detection?.name ?? serviceId;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="Not used?" detail={name} />
      <Box marginTop={1} flexDirection="column" flexGrow={1}>
        <Text wrap="wrap">
          {name} was detected in {detection ? evidenceOf(detection) : 'your project'} but you left it out. Why does it not belong in the policy?
        </Text>
        <Text dimColor wrap="wrap">
          The reason is saved in the answers file, so reviewers and `privacy-wizard check` see it.
        </Text>
        <Box marginTop={1}>
          {typing ? (
            <TextInput
              spec={{ id: 'reason', prompt: 'Reason', type: 'text', required: true }}
              choices={[]}
              value={undefined}
              notSure={false}
              isActive
              width={width}
              height={3}
              onSubmit={(reason) => onReason(serviceId, String(reason))}
              onCancel={() => setTyping(false)}
            />
          ) : (
            <Menu items={REASONS} width={width} height={3} onSelect={(v) => (v === 'other' ? setTyping(true) : onReason(serviceId, v))} />
          )}
        </Box>
      </Box>
      <Footer width={width} keys={['↑↓ move', 'enter choose', 'esc back to the list', 'ctrl+c quit (saved)']} />
    </Box>
  );
}
