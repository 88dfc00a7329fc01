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
  number: '0',
};

/** Text, email, URL, date and number answers: a one-line field validated on Enter. */
export function TextInput({ spec, value, notSure, isActive, width, onSubmit, onCancel }: InputProps) {
  const wasNotSure = notSure && value === NOT_SURE;
  const editor = useTextEditor(initialText(value, wasNotSure));
  const [error, setError] = useState<string>();

  useKeys(
    (input, key) => {
      if (key.escape) return onCancel();
      if (key.tab && notSure) return onSubmit(NOT_SURE);
      if (key.return) {
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
      <TextField text={editor.text} cursor={editor.cursor} focused={isActive} placeholder={placeholder} />
      <ErrorLine error={error} />
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
