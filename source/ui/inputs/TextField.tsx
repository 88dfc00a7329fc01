import { Text } from 'ink';
import { nextBoundary } from './graphemes.js';

interface TextFieldProps {
  text: string;
  cursor: number;
  /** show the cursor (only the active field has one) */
  focused: boolean;
  placeholder?: string;
}

/** A one-line field that wraps long text; the cursor is an inverse cell. */
export function TextField({ text, cursor, focused, placeholder }: TextFieldProps) {
  if (!focused) return <Text wrap="wrap">{'  '}{text || <Text dimColor>{placeholder}</Text>}</Text>;
  const end = nextBoundary(text, cursor);
  const at = text.slice(cursor, end) || ' ';
  // Without colours (NO_COLOR) an inverse cell is invisible: the cursor is a bar before the character instead.
  const plain = !!process.env.NO_COLOR;
  return (
    <Text wrap="wrap">
      {'› '}
      {text.slice(0, cursor)}
      {plain ? <Text>{'▏'}{at === ' ' ? '' : at}</Text> : <Text inverse>{at}</Text>}
      {text.slice(end)}
      {text === '' && placeholder ? <Text dimColor> {placeholder}</Text> : null}
    </Text>
  );
}
