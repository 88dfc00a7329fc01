import { Box } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import type { Answers } from '../../core/answers/types.js';
import { visibleQuestions } from '../../core/answers/visibility.js';
import { choiceFolds, hasOwnStep } from '../../core/questions/folds.js';
import type { Session } from '../session.js';
import { containsNotSure } from '../state/changes.js';
import { nothingToAsk } from '../state/wizard-state.js';
import { Footer, Title } from '../components/Footer.js';
import { Menu, type MenuItem } from '../components/Menu.js';

/** The menu item that leaves the list for the audit. */
export const AUDIT_ITEM = '\u0000audit';

interface SectionsProps {
  session: Session;
  answers: Answers;
  width: number;
  height: number;
  onOpen(sectionId: string): void;
  onBack(): void;
  initial?: string;
}

/** Jump to any section; each shows how many of its questions are answered. */
export function SectionsScreen({ session, answers, width, height, onOpen, onBack, initial }: SectionsProps) {
  useInput((input, key) => {
    if (key.escape) onBack();
    else if (input === 'a') onOpen(AUDIT_ITEM);
  });
  const visible = visibleQuestions(session.engine.bank, answers).filter((q) => !nothingToAsk(q, answers));
  const bank = session.engine.bank;
  const shown = new Set(visible.map((q) => q.id));
  const items: MenuItem[] = bank.sections.map((section, i) => {
    // counted by screen: a question folded into another's choices is answered on that screen, not on its own
    const questions = visible.filter((q) => q.section === section.id && hasOwnStep(bank, q));
    const answered = questions.filter((q) => answers[q.id] !== undefined).length;
    // "Not sure yet" is an answer, but not a finished one: no ✔ while one is left, on the screen or in a choice folded into it.
    const unsure = questions.filter((q) => containsNotSure(answers[q.id]) || choiceFolds(bank, q).some((f) => shown.has(f.id) && containsNotSure(answers[f.id]))).length;
    const status =
      questions.length === 0
        ? 'nothing to ask'
        : answered === questions.length && unsure === 0
          ? `✔ ${answered}/${questions.length}`
          : `${answered}/${questions.length} answered${unsure > 0 ? `, ${unsure} not sure yet` : ''}`;
    return { value: section.id, label: `${i + 1}. ${section.title}`, detail: `(${status})` };
  });
  items.push({ value: AUDIT_ITEM, label: 'Continue to the audit →' });
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="Sections" detail={`${bank.sections.length} sections`} />
      <Box flexGrow={1} marginTop={1}>
        <Menu
          items={items}
          width={width}
          height={Math.max(3, height - 3)}
          initial={initial}
          onSelect={onOpen}
        />
      </Box>
      <Footer width={width} keys={['↑↓ move', 'enter open', 'a audit', 'esc back', 'ctrl+c quit (answers are saved)']} />
    </Box>
  );
}
