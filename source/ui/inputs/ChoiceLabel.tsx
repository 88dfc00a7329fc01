import { Box, Text } from 'ink';

interface ChoiceLabelProps {
  label: string;
  hint?: string | undefined;
  marker?: string | undefined;
  /** the highlighted row (shown by the caller's "›"; colour only adds to it) */
  highlighted: boolean;
}

/** One choice on one row: the label, then its hint and marker dimmed, truncated to the width. */
export function ChoiceLabel({ label, hint, marker, highlighted }: ChoiceLabelProps) {
  return (
    <Text wrap="truncate-end" color={highlighted ? 'cyan' : undefined}>
      {label}
      {hint ? <Text dimColor> — {hint}</Text> : null}
      {marker ? <Text dimColor> ({marker})</Text> : null}
    </Text>
  );
}

/** The row indicator: "›" on the highlighted row, visible without colour. Never shrunk by a long label. */
export function Pointer({ on }: { on: boolean }) {
  return (
    <Box flexShrink={0}>
      <Text color={on ? 'cyan' : undefined}>{on ? '› ' : '  '}</Text>
    </Box>
  );
}

/** A checkbox in front of a multiselect row; keeps its width when the label is truncated. */
export function Checkbox({ checked }: { checked: boolean }) {
  return (
    <Box flexShrink={0}>
      <Text>{checked ? '[x] ' : '[ ] '}</Text>
    </Box>
  );
}
