import { Box, Text } from 'ink';

/** The screen's key legend on the last row, e.g. "enter next · esc back · ctrl+c quit". */
export function Footer({ keys, width }: { keys: (string | false | undefined)[]; width: number }) {
  // flexShrink 0: when a screen's content is too tall, the content is cut, never the legend
  return (
    <Box flexShrink={0}>
      <Text dimColor wrap="truncate-end">
        {keys.filter(Boolean).join(' · ').slice(0, Math.max(1, width) * 2)}
      </Text>
    </Box>
  );
}

/** A screen's title row: bold name, dim details. */
export function Title({ text, detail }: { text: string; detail?: string | undefined }) {
  return (
    <Box flexShrink={0}>
      <Text wrap="truncate-end">
        <Text bold color="cyan">
          {text}
        </Text>
        {detail ? <Text dimColor> · {detail}</Text> : null}
      </Text>
    </Box>
  );
}
