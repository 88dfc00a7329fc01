import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import type { HandEditChoice, Outputs, OutputFile } from '../../project.js';
import { besidePath } from '../../project.js';
import type { Session } from '../session.js';
import { Footer, Title } from '../components/Footer.js';
import { Menu, type MenuItem } from '../components/Menu.js';
import { DocumentsStep, SummaryStep } from './WriteSteps.js';
import { ScrollView, type Line } from '../components/ScrollView.js';
import { diffStats, policyDiff } from '../diff-lines.js';
import { plural, shortPath } from '../text.js';

interface WriteProps {
  session: Session;
  outputs?: Outputs | undefined;
  error?: Error | undefined;
  width: number;
  height: number;
  onWrite(choice: HandEditChoice): void;
  /** the documents (registry ids) the user chose to write */
  onDocuments(ids: string[]): void;
  /** the summary the user wrote for this version of the policy */
  onSummary?(summary: string): void;
  onBack(): void;
}

type Choice = HandEditChoice | 'back' | 'documents' | 'summary';

/** What will be written, the policy's diff against the file on disk, and the hand-edit choice. */
export function WriteScreen({ session, outputs, error, width, height, onWrite, onDocuments, onSummary, onBack }: WriteProps) {
  const [writing, setWriting] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [summarising, setSummarising] = useState(false);
  useInput((_input, key) => {
    if (key.escape && !choosing && !summarising) onBack();
  });
  const diff = useMemo(() => {
    const existing = outputs?.policy.existing;
    // the marker line (hash, date) changes with every write: the diff starts at the policy's own text
    return existing && outputs.policy.changed ? policyDiff(withoutMarker(existing.text), withoutMarker(outputs.policy.text)) : [];
  }, [outputs]);
  if (!outputs) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Title text="Write" />
        <Text color="red" wrap="wrap">{error ? `Cannot write: ${error.message}` : 'Preparing…'}</Text>
        <Footer width={width} keys={['esc back']} />
      </Box>
    );
  }
  const rel = (p: string) => shortPath(p, session.location.root);
  // The version this write records (a changed policy without audit errors); its summary is editable.
  const version = outputs.policy.changed && outputs.audit.counts.error === 0 ? outputs.versions[outputs.versions.length - 1] : undefined;
  if (summarising && version) {
    const done = (summary: string) => (setSummarising(false), onSummary?.(summary));
    return <SummaryStep summary={version.summary} width={width} height={height} onDone={done} onCancel={() => setSummarising(false)} />;
  }
  if (choosing) {
    const done = (ids: string[]) => (setChoosing(false), onDocuments(ids));
    return <DocumentsStep choices={outputs.choices} width={width} height={height} onDone={done} onCancel={() => setChoosing(false)} />;
  }
  const handEdited = !!outputs.policy.existing?.handEdited && outputs.policy.changed;
  const items: MenuItem<Choice>[] = handEdited
    ? [
        // the first (pre-selected) choice keeps the user's edits: Enter never throws them away
        { value: 'beside', label: `Write the new policy beside it as ${rel(besidePath(outputs.policy.path))}` },
        { value: 'keep', label: 'Keep your edited file (write only the checklist)' },
        { value: 'overwrite', label: 'Overwrite it with the new policy (your edits are lost)' },
        { value: 'back', label: 'Back to the preview' },
      ]
    : [
        { value: 'overwrite', label: 'Write the files' },
        { value: 'back', label: 'Back to the preview' },
      ];
  if (version && onSummary) items.splice(items.length - 1, 0, { value: 'summary', label: 'Edit what changed in this version' });
  if (outputs.choices.length > 0) {
    const chosen = outputs.choices.filter((c) => c.selected).length;
    items.splice(items.length - 1, 0, { value: 'documents', label: `Choose documents (${chosen} of ${outputs.choices.length} chosen)` });
  }
  const stats = diffStats(diff);
  const lines: Line[] = diff.map((l) =>
    l.kind === 'add' ? { text: `+ ${l.text}`, color: 'green' } : l.kind === 'remove' ? { text: `- ${l.text}`, color: 'red' } : { text: `  ${l.text}`, dim: true },
  );
  const status = (f: OutputFile) => (!f.existing ? 'new file' : f.existing.handEdited ? 'edited by hand' : f.changed ? 'changed' : 'unchanged');
  const menuRows = items.length;
  const diffHeight = Math.max(3, height - 7 - menuRows - outputs.documents.length - (version ? 1 : 0) - (handEdited ? 2 : 0));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="Write" detail={`${plural(outputs.audit.counts.error, 'audit error')}`} />
      <Text wrap="truncate-end">
        {rel(outputs.policy.path)}: {status(outputs.policy)}
        {diff.length > 0 ? <Text dimColor> (+{stats.added} −{stats.removed} lines)</Text> : null}
        {outputs.policy.changed ? <Text dimColor> · Last updated {outputs.lastUpdated}</Text> : null}
      </Text>
      {version ? (
        <Text wrap="truncate-end" dimColor>
          {'  '}This version: {version.summary}
        </Text>
      ) : null}
      <Text wrap="truncate-end">
        {rel(outputs.checklist.path)}: {status(outputs.checklist)} <Text dimColor>({outputs.audit.tasks.length} tasks; ticked boxes are kept)</Text>
      </Text>
      {outputs.documents.map((d) => (
        <Text key={d.id} wrap="truncate-end">
          {rel(d.path)}: {status(d)} <Text dimColor>({d.title})</Text>
        </Text>
      ))}
      {handEdited ? (
        <Text color="yellow" wrap="wrap">
          ! {rel(outputs.policy.path)} was edited by hand since it was generated. Choose what to do with it:
        </Text>
      ) : null}
      <Box flexGrow={1} flexDirection="column" marginTop={1}>
        {diff.length > 0 ? (
          <ScrollView lines={lines} width={width} height={diffHeight} pageOnly />
        ) : (
          <Text dimColor wrap="wrap">{outputs.policy.existing ? (outputs.policy.changed ? '' : 'The policy text is the same as on disk.') : 'First write: nothing to compare with.'}</Text>
        )}
      </Box>
      {writing ? (
        <Text>Writing…</Text>
      ) : (
        <Menu<Choice>
          items={items}
          width={width}
          height={menuRows}
          noPaging
          onSelect={(v) => {
            if (v === 'back') return onBack();
            if (v === 'documents') return setChoosing(true);
            if (v === 'summary') return setSummarising(true);
            setWriting(true);
            onWrite(v);
          }}
        />
      )}
      <Footer width={width} keys={['↑↓ choose', 'enter confirm', diff.length > 0 && 'pgup/pgdn scroll diff', 'esc back']} />
    </Box>
  );
}

/** The text without the generated-file marker comment, wherever the front matter put it. */
export function withoutMarker(text: string): string {
  return text.replace(/^<!-- privacy-wizard:[^\n]*-->\n?/m, '');
}
