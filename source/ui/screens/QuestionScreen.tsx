import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import type { AnswerValue, Answers } from '../../core/answers/types.js';
import type { Question } from '../../core/questions/types.js';
import { QuestionInput } from '../inputs/index.js';
import type { Session } from '../session.js';
import { progressOf } from '../state/wizard-state.js';
import { questionModel } from '../hooks/question-model.js';
import { splitMerged } from '../../core/questions/folds.js';
import { Footer } from '../components/Footer.js';
import { clampRows, rowsOf, wrapText } from '../text.js';

interface QuestionProps {
  session: Session;
  question: Question;
  answers: Answers;
  help: boolean;
  /** opened from a finding on the audit screen: Enter returns there */
  fromAudit?: boolean;
  /** the table cell to edit at once (from a finding); its answer returns to the audit */
  cell?: { item: string; field: string } | undefined;
  width: number;
  height: number;
  onToggleHelp(): void;
  /** `also`: the answers of questions folded into this one's choices */
  onAnswer(value: AnswerValue, also?: Record<string, AnswerValue>): void;
  onProgress(value: AnswerValue): void;
  onBack(): void;
}

const TEXT = new Set(['text', 'email', 'url', 'date', 'number']);
const TYPED = new Set([...TEXT, 'list', 'records', 'select', 'multiselect']);

/** One question: where you are, the finished steps, the prompt and hint, `?` help, the input and the keys. */
export function QuestionScreen(props: QuestionProps) {
  const { session, question, answers, help, fromAudit, width, height } = props;
  const model = useMemo(() => questionModel(session, question, answers), [session, question, answers]);
  const progress = progressOf(session.engine.bank, answers, question);
  // `?` would be typed into text fields and searched for in lists, so ctrl+g works everywhere; `?` only where nothing is typed.
  const questionMarkKey = !TYPED.has(question.type);
  useInput((input, key) => {
    if ((input === '?' && questionMarkKey) || (key.ctrl && input === 'g')) props.onToggleHelp();
  });

  const header = `${progress.section?.title ?? question.section} · section ${progress.sectionNumber} of ${progress.sectionCount} · ${progress.percent}% · ${progress.remaining} left`;
  const hint = [question.hint, model.note ? `${model.note}.` : undefined].filter(Boolean).join(' ');
  // Text fields have room to spare and cannot take `?`, so their help is open unless closed with ctrl+g.
  const showHelp = TEXT.has(question.type) && height >= 16 ? !help : help;
  // a merged choice answers the folded questions too: their help is this screen's help
  const helpText = [question, ...(model.folds ?? [])].map((q) => `${q.help}${q.law?.length ? `\nLaw: ${q.law.join('; ')}` : ''}`).join('\n');
  const { foldedUnder, nextField } = model;
  // Rows: header, blank, [the first field's prompt and answer, blank], prompt, hint, help, input, [next field], footer.
  const above = foldedUnder ? rowsOf(foldedUnder.prompt, width) + 2 : 0;
  const fixed = 2 + above + rowsOf(question.prompt, width) + (hint ? Math.min(2, rowsOf(hint, width)) : 0) + 1 + (nextField ? 1 : 0);
  const helpRows = showHelp ? Math.min(rowsOf(helpText, width - 4) + 2, Math.max(3, height - fixed - 6)) : 0;
  // a review table needs its rows more than the finished steps above it
  const collapsedRows = Math.max(0, Math.min(model.finished.length, height - fixed - helpRows - 8, question.type === 'records' ? 1 : 4));
  const inputHeight = Math.max(3, height - fixed - helpRows - collapsedRows);
  const finished = model.finished.slice(model.finished.length - collapsedRows);
  const keys = [questionMarkKey ? '? help' : showHelp ? 'ctrl+g hide help' : 'ctrl+g help', 'esc back', fromAudit ? 'enter saves and returns to the audit' : undefined, 'ctrl+c quit (saved)'];

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" color="cyan">
        {header}
      </Text>
      {finished.map((f, i) => (
        <Text key={i} wrap="truncate-end" dimColor>
          <Text color="green">✔ </Text>
          {fitLabel(shortLabel(f.label), f.answer, width)}: {f.answer}
        </Text>
      ))}
      <Text> </Text>
      {foldedUnder ? <FirstField prompt={foldedUnder.prompt} answer={foldedUnder.answer} /> : null}
      <Text bold wrap="wrap">
        {question.prompt}
        {question.required || !TEXT.has(question.type) || /optional|leave (it )?empty/i.test(question.prompt) ? '' : <Text dimColor> (optional)</Text>}
      </Text>
      {hint ? (
        <Text dimColor wrap="wrap">
          {clampRows(hint, width, 2)}
        </Text>
      ) : null}
      {showHelp ? (
        <Box borderStyle="single" borderDimColor paddingX={1} height={helpRows} overflow="hidden" flexShrink={0}>
          <Text wrap="wrap">{wrapText(clampRows(helpText, width - 4, Math.max(1, helpRows - 2)), width - 4)}</Text>
        </Box>
      ) : null}
      <Box flexDirection="column" flexGrow={1} overflow="hidden">
        <QuestionInput
          key={question.id}
          spec={question}
          choices={model.choices}
          value={model.value}
          markers={model.markers}
          notSure={question.notSure ?? false}
          isActive
          width={width}
          height={inputHeight - 1}
          items={model.items}
          fieldChoices={model.fieldChoices}
          focusItems={model.focusItems}
          saved={model.saved}
          cell={props.cell}
          onProgress={props.onProgress}
          onSubmit={(value) => {
            if (!model.folds) return props.onAnswer(value);
            const { value: own, also } = splitMerged(question, model.folds, value);
            props.onAnswer(own, also);
          }}
          onCancel={props.onBack}
        />
        {nextField ? (
          <Text wrap="truncate-end" dimColor>
            Next on this screen: {nextField}
          </Text>
        ) : null}
      </Box>
      <Footer width={width} keys={keys} />
    </Box>
  );
}

/** The first field of a screen with two, answered: its prompt stays where it was, its answer under it. */
function FirstField({ prompt, answer }: { prompt: string; answer: string }) {
  return (
    <>
      <Text bold wrap="wrap">
        {prompt}
      </Text>
      <Text wrap="truncate-end">
        <Text color="green">✔ </Text>
        {answer}
      </Text>
      <Text> </Text>
    </>
  );
}

/** The label cut so that the answer after it stays visible. */
function fitLabel(label: string, answer: string, width: number): string {
  const room = Math.max(12, width - 4 - Math.min(answer.length, Math.floor(width / 2)));
  return label.length <= room ? label : `${label.slice(0, room - 1).trimEnd()}…`;
}

/** A finished step's label: the prompt without its trailing question mark or parenthetical. */
function shortLabel(prompt: string): string {
  return prompt.replace(/\s*\(.*\)\s*$/, '').replace(/\?$/, '');
}
