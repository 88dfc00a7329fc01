import type { QuestionInputProps } from './types.js';
import { FieldInput } from './FieldInput.js';
import { RecordsInput } from './RecordsInput.js';

/** The input for a question or records field, chosen by `spec.type`. Key it by question id so its draft resets. */
export function QuestionInput({ items, fieldChoices, onProgress, focusItems, saved, cell, ...props }: QuestionInputProps) {
  if (props.spec.type === 'records') {
    return (
      <RecordsInput
        {...props}
        items={items ?? []}
        fieldChoices={fieldChoices ?? ((field) => field.choices ?? [])}
        {...(onProgress ? { onProgress } : {})}
        focusItems={focusItems}
        saved={saved}
        cell={cell}
      />
    );
  }
  return <FieldInput {...props} />;
}
