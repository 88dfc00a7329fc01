import { useState } from 'react';
import { Box, Text } from 'ink';
import { NOT_SURE } from '../../core/questions/types.js';
import type { AnswerValue } from '../../core/answers/types.js';
import { useKeys } from './use-keys.js';
import type { InputProps } from './types.js';
import { NOT_SURE_LABEL } from './types.js';
import { Pointer } from './ChoiceLabel.js';
import { ErrorLine, KeyHints } from './KeyHints.js';
import { useLatestState } from './use-latest-state.js';

interface Option {
  label: string;
  value: AnswerValue;
}

/** Yes / No (/ Not sure yet) on one row: y or n answers at once; arrows and Enter also work. */
export function ConfirmInput({ value, notSure, isActive, width, onSubmit, onCancel }: InputProps) {
  const options: Option[] = [
    { label: 'Yes', value: true },
    { label: 'No', value: false },
    ...(notSure ? [{ label: NOT_SURE_LABEL, value: NOT_SURE }] : []),
  ];
  // Without an answer the highlight starts on "Not sure yet" when offered, otherwise on nothing: Enter never says Yes for you.
  const [index, setIndex, latest] = useLatestState(() => {
    const at = options.findIndex((o) => o.value === value);
    return at >= 0 ? at : notSure ? options.length - 1 : -1;
  });
  const [error, setError] = useState<string>();

  useKeys(
    (input, key) => {
      const typed = input.toLowerCase();
      if (key.escape) onCancel();
      else if (typed === 'y' && !key.ctrl) onSubmit(true);
      else if (typed === 'n' && !key.ctrl) onSubmit(false);
      else if (key.leftArrow || key.upArrow) setIndex((i) => (i < 0 ? 0 : Math.max(0, i - 1)));
      else if (key.rightArrow || key.downArrow || key.tab) setIndex((i) => Math.min(options.length - 1, i + 1));
      else if (key.return) {
        const option = options[latest()];
        if (option) onSubmit(option.value);
        else setError('Nothing is chosen yet: press y or n (or move with ←→, then Enter).');
      }
    },
    { isActive },
  );

  return (
    <Box flexDirection="column" width={width}>
      <Box flexWrap="wrap" columnGap={2}>
        {options.map((o, i) => (
          <Box key={o.label}>
            <Pointer on={i === index} />
            <Text color={i === index ? 'cyan' : undefined}>{o.label}</Text>
          </Box>
        ))}
      </Box>
      <ErrorLine error={error} />
      <KeyHints hints={['y yes', 'n no', '←→ move', 'enter confirm', 'esc back']} />
    </Box>
  );
}
