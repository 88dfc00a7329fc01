import { Text } from 'ink';

/** "↑ n more" / "↓ n more" above or below a windowed list; a blank row when nothing is hidden, so the list does not jump. */
export function MoreLine({ count, direction }: { count: number; direction: 'up' | 'down' }) {
  return <Text dimColor>{count > 0 ? `  ${direction === 'up' ? '↑' : '↓'} ${count} more` : ' '}</Text>;
}
