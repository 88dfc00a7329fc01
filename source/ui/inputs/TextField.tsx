import { Text } from 'ink';

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
  const at = text.slice(cursor, cursor + 1) || ' ';
  return (
    <Text wrap="wrap">
      {'› '}
      {text.slice(0, cursor)}
      <Text inverse>{at}</Text>
      {text.slice(cursor + 1)}
      {text === '' && placeholder ? <Text dimColor> {placeholder}</Text> : null}
    </Text>
  );
}
