import { useRef, useState } from 'react';
import { Box, Text } from 'ink';
import type { AnswerValue, FieldValue, RecordsValue } from '../../core/answers/types.js';
import { useKeys } from './use-keys.js';
import type { RecordsInputProps } from './types.js';
import { useLatestState } from './use-latest-state.js';
import { adjacentStep, fieldValue, pruneRecords, type Step } from './record-steps.js';
import { FieldInput } from './FieldInput.js';
import { KeyRouter } from './KeyRouter.js';
import type { KeyRouterApi } from './key-routing.js';
import { KeyHints } from './KeyHints.js';

interface State {
  step: Step | undefined;
  draft: RecordsValue;
}

/**
 * One small form per item (a data category, a service…), walked item by item and field by field.
 * Fields whose `when` is false for the item are skipped; Esc goes back one field, and out from the first.
 */
export function RecordsInput(props: RecordsInputProps) {
  const { spec, items, value, isActive, width, height, onSubmit, onCancel, onProgress, fieldChoices, focusItems } = props;
  // With focusItems (e.g. services added since the last run), only those are walked; the others keep their answers.
  // Fixed when the form opens: saving progress makes an item complete, and must not change what is walked.
  const [walked] = useState(() => (focusItems && focusItems.length > 0 ? items.filter((i) => focusItems.includes(i.key)) : items));
  const fields = 'fields' in spec ? (spec.fields ?? []) : [];
  const router = useRef<KeyRouterApi>(null);
  const [state, update, latest] = useLatestState<State>(() => {
    const draft = isRecords(value) ? structuredClone(value) : {};
    return { draft, step: adjacentStep(walked, fields, draft, undefined, 1) };
  });

  // Nothing to ask (no items, or no field applies): Enter stores the empty form, Esc goes back.
  useKeys(
    (_input, key) => {
      if (key.escape) onCancel();
      else if (key.return) onSubmit(pruneRecords(items, fields, latest().draft));
    },
    { isActive: isActive && state.step === undefined },
  );

  const submitField = (at: Step, fieldId: string, itemKey: string, answer: AnswerValue) => {
    const s = latest();
    // Ink renders some milliseconds after a key: a key that still reaches the old field's input must not answer the next field.
    if (!s.step || s.step.item !== at.item || s.step.field !== at.field || isRecords(answer)) return;
    const draft = { ...s.draft, [itemKey]: { ...s.draft[itemKey], [fieldId]: answer as FieldValue } };
    const next = adjacentStep(walked, fields, draft, s.step, 1);
    // Keys typed before the next field shows wait for it instead of reaching this one.
    if (next) router.current?.hold();
    update(() => ({ draft, step: next ?? s.step }));
    onProgress?.(pruneRecords(items, fields, draft));
    if (!next) onSubmit(pruneRecords(items, fields, draft));
  };

  const back = (at: Step) => {
    const s = latest();
    if (!s.step || s.step.item !== at.item || s.step.field !== at.field) return;
    const previous = adjacentStep(walked, fields, s.draft, s.step, -1);
    if (!previous) return onCancel();
    router.current?.hold();
    update((x) => ({ ...x, step: previous }));
  };

  const item = state.step ? walked[state.step.item] : undefined;
  const field = state.step ? fields[state.step.field] : undefined;
  if (!state.step || !item || !field) {
    return (
      <Box flexDirection="column" width={width}>
        <Text>Nothing to fill in here.</Text>
        <KeyHints hints={['enter continue', 'esc back']} />
      </Box>
    );
  }

  const step = state.step;
  const header = `${item.label} · ${step.item + 1} of ${walked.length} · ${field.prompt}`;
  const headerRows = Math.ceil(header.length / Math.max(1, width)) + (field.hint ? Math.ceil(field.hint.length / Math.max(1, width)) : 0);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="wrap">
        {header}
      </Text>
      {field.hint ? (
        <Text dimColor wrap="wrap">
          {field.hint}
        </Text>
      ) : null}
      <KeyRouter isActive={isActive} ref={router}>
        <FieldInput
          key={`${item.key}\u0000${field.id}`}
          spec={field}
          choices={fieldChoices(field, item.key)}
          value={fieldValue(field, state.draft[item.key])}
          notSure={field.notSure ?? false}
          isActive={isActive}
          width={width}
          height={Math.max(3, height - headerRows)}
          onSubmit={(answer) => submitField(step, field.id, item.key, answer)}
          onCancel={() => back(step)}
        />
      </KeyRouter>
    </Box>
  );
}

function isRecords(value: AnswerValue | undefined): value is RecordsValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
