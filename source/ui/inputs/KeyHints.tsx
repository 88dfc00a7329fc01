import { Text } from 'ink';

/** The input's own key legend, e.g. "↑↓ move · enter confirm · esc back"; truncated to one row. */
export function KeyHints({ hints }: { hints: (string | false | undefined)[] }) {
  return (
    <Text dimColor wrap="truncate-end">
      {hints.filter(Boolean).join(' · ')}
    </Text>
  );
}

/** A validation message shown under the field. The "✗" keeps it noticeable without colour. */
export function ErrorLine({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <Text color="red" wrap="wrap">
      ✗ {error}
    </Text>
  );
}
