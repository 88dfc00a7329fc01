import { useState } from 'react';
import { Box, Text } from 'ink';
import { NOT_SURE } from '../../core/questions/types.js';
import type { AnswerValue } from '../../core/answers/types.js';
import { useKeys } from './use-keys.js';
import type { InputProps } from './types.js';
import { NOT_SURE_LABEL } from './types.js';
import { useTextEditor } from './use-text-editor.js';
import { checkText } from './validate.js';
import { TextField } from './TextField.js';
import { ErrorLine, KeyHints } from './KeyHints.js';

const PLACEHOLDERS: Partial<Record<string, string>> = {
  email: 'name@example.com',
  url: 'https://…',
  date: 'YYYY-MM-DD',
  number: 'a number',
};

/** Text, email, URL, date and number answers: a one-line field validated on Enter. */
/** The most a field of each type takes, in characters: enough for any real answer, not for a runaway paste. */
export const MAX_LENGTH: Record<string, number> = { email: 254, url: 2048, date: 10, number: 20, text: 2000 };

export function TextInput({ spec, value, notSure, isActive, width, height, onSubmit, onCancel }: InputProps) {
  const wasNotSure = notSure && value === NOT_SURE;
  const max = MAX_LENGTH[spec.type] ?? MAX_LENGTH.text!;
  const editor = useTextEditor(initialText(value, wasNotSure), max);
  const [error, setError] = useState<string>();

  useKeys(
    (input, key) => {
      if (key.escape) return onCancel();
      if (key.tab && notSure) return onSubmit(NOT_SURE);
      // a paste that ends with a line break: the text, then Enter
      const pasted = input.length > 1 && /[\r\n]/.test(input) ? input.split(/[\r\n]/)[0]! : undefined;
      if (pasted !== undefined) editor.handle(pasted, key);
      if (key.return || pasted !== undefined) {
        // Enter on an empty answer the question lets you leave open stores "Not sure yet", never a made-up value.
        if (notSure && editor.current().trim() === '') return onSubmit(NOT_SURE);
        const check = checkText(spec.type, editor.current(), spec.required ?? false);
        if (check.ok) onSubmit(check.value);
        else setError(check.error);
        return;
      }
      if (editor.handle(input, key)) setError(undefined);
    },
    { isActive },
  );

  const placeholder = ('placeholder' in spec ? spec.placeholder : undefined) ?? PLACEHOLDERS[spec.type];
  return (
    <Box flexDirection="column" width={width}>
      <TextField text={editor.text} cursor={editor.cursor} focused={isActive} placeholder={placeholder} width={width} rows={Math.max(3, height - 2 - (wasNotSure ? 1 : 0))} />
      <ErrorLine error={error ?? (editor.limited ? `At most ${max} characters here; the rest was not added.` : undefined)} />
      {wasNotSure && editor.text === '' ? <Text dimColor>Currently: {NOT_SURE_LABEL}</Text> : null}
      <KeyHints hints={['enter confirm', notSure && 'empty enter: not sure yet', 'esc back']} />
    </Box>
  );
}

function initialText(value: AnswerValue | undefined, wasNotSure: boolean): string {
  if (wasNotSure) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return '';
}
