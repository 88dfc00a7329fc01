// The two small steps the write screen opens: rewriting this version's summary, and choosing the documents.
import { Box, Text } from 'ink';
import type { DocumentChoice } from '../../project.js';
import { Title } from '../components/Footer.js';
import { MultiSelectInput } from '../inputs/MultiSelectInput.js';
import { TextInput } from '../inputs/TextInput.js';

const SUMMARY_QUESTION = { id: 'write.summary', section: 'write', prompt: 'What changed in this version?', type: 'text', required: true } as const;
const DOCUMENTS_QUESTION = { id: 'write.documents', section: 'write', prompt: 'Which documents does the product need?', type: 'multiselect', required: false } as const;

interface StepProps {
  width: number;
  height: number;
  onCancel(): void;
}

/** "What changed in this version?", starting from the summary generated from the changed sections. */
export function SummaryStep({ summary, width, height, onDone, onCancel }: StepProps & { summary: string; onDone(summary: string): void }) {
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="Write" detail="this version" />
      <Text wrap="wrap">What changed in this version of the policy? It is listed under “Changes to this policy” with today’s date, so readers see what is new.</Text>
      <Box marginTop={1} flexDirection="column" flexGrow={1}>
        <TextInput spec={SUMMARY_QUESTION as never} choices={[]} value={summary} notSure={false} isActive width={width} height={Math.max(4, height - 5)} onSubmit={(v) => onDone(String(v))} onCancel={onCancel} />
      </Box>
    </Box>
  );
}

/** The documents besides the policy and checklist, ticked where the product needs them. */
export function DocumentsStep({ choices, width, height, onDone, onCancel }: StepProps & { choices: DocumentChoice[]; onDone(ids: string[]): void }) {
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="Write" detail="documents" />
      <Text wrap="wrap">Which documents does the product need? The policy and the checklist are always written.</Text>
      <Box marginTop={1} flexDirection="column" flexGrow={1}>
        <MultiSelectInput
          spec={DOCUMENTS_QUESTION as never}
          choices={choices.map((c) => ({ value: c.id, label: c.title, hint: c.file }))}
          value={choices.filter((c) => c.selected).map((c) => c.id)}
          notSure={false}
          isActive
          width={width}
          height={Math.max(4, height - 5)}
          onSubmit={(v) => onDone(Array.isArray(v) ? (v as string[]) : [])}
          onCancel={onCancel}
        />
      </Box>
    </Box>
  );
}
