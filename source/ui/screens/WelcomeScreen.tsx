import { possibleQuestions } from '../state/progress.js';
import { visibleQuestions } from '../../core/answers/visibility.js';
import { hasOwnStep } from '../../core/questions/folds.js';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import type { Session } from '../session.js';
import type { Changes } from '../state/changes.js';
import { hasChanges } from '../state/changes.js';
import { Footer, Title } from '../components/Footer.js';
import { Menu, type MenuItem } from '../components/Menu.js';
import { clampRows, plural, rowsOf, shortPath, wrapText } from '../text.js';

export type WelcomeChoice = 'start' | 'review' | 'sections' | 'audit' | 'preview' | 'write' | 'quit';

interface WelcomeProps {
  width: number;
  height: number;
  /** absent while the project is being read */
  session?: Session;
  demo?: string | undefined;
  /** re-run: what the answers file says and what changed */
  summary?: { changes: Changes; errors: number; answered: number; policyUpdated?: string | undefined } | undefined;
  onChoose?(choice: WelcomeChoice): void;
}

/** First run: what will happen. Re-run: the answers so far, what changed since, and a menu. */
export function WelcomeScreen({ width, height, session, demo, summary, onChoose }: WelcomeProps) {
  useInput((input) => {
    if (input === 'q') onChoose?.('quit');
  }, { isActive: !!onChoose });
  const dir = session ? `${shortPath(session.location.dir, session.location.root)}/` : 'privacy/';
  const detected = session?.scan.services ?? [];
  const lines = summary ? rerunLines(summary, session) : session ? firstRunLines(dir, detected.map((d) => d.name), questionRange(session)) : [];
  const items: MenuItem<WelcomeChoice>[] = summary
    ? [
        ...(hasChanges(summary.changes) ? [{ value: 'review' as const, label: 'Review what changed', detail: `(${plural(reviewCount(summary.changes), 'question')})` }] : []),
        { value: 'sections', label: 'Revisit a section' },
        { value: 'audit', label: 'Review the audit', detail: summary.errors > 0 ? `(${plural(summary.errors, 'error')})` : '(no errors)' },
        { value: 'preview', label: 'Preview the policy' },
        { value: 'write', label: 'Write the files' },
        { value: 'quit', label: 'Quit' },
      ]
    : [
        { value: 'start', label: 'Start' },
        { value: 'quit', label: 'Quit' },
      ];
  const demoLine = demo ? `Demo: a copy of an example project in ${demo}. Your own files are not touched.` : '';
  const demoRows = demo ? rowsOf(demoLine, width) : 0;
  const menuHeight = Math.min(items.length, Math.max(2, height - 8 - demoRows));
  // What is left for the text: title, demo note, blank, menu or loading line, footer.
  // one row of slack: Ink's wrapping may break a line where this estimate does not
  const shown = fitLines(lines, width, height - 4 - demoRows - (session && onChoose ? menuHeight : 1));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="privacy-wizard" detail={summary ? 'welcome back' : 'your privacy policy, from your code and your answers'} />
      {demo ? (
        <Box flexShrink={0}>
          <Text color="yellow" wrap="wrap">
            {demoLine}
          </Text>
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={1} flexGrow={1} overflow="hidden">
        {shown.map((line, i) => (
          <Text key={i} wrap="wrap">
            {wrapText(line, width)}
          </Text>
        ))}
      </Box>
      {session && onChoose ? (
        <Box flexShrink={0}>
          <Menu items={items} height={menuHeight} width={width} onSelect={onChoose} />
        </Box>
      ) : (
        <Text dimColor>Looking at your project…</Text>
      )}
      {/* while loading only Ctrl+C does anything */}
      <Footer width={width} keys={session && onChoose ? ['↑↓ move', 'enter choose', 'q quit', 'ctrl+c quit (answers are saved)'] : ['ctrl+c quit']} />
    </Box>
  );
}

/** The lines that fit in `rows` wrapped rows: whole lines while they fit, the next one cut with "…". */
function fitLines(lines: string[], width: number, rows: number): string[] {
  const out: string[] = [];
  let left = rows;
  for (const line of lines) {
    const need = rowsOf(line, width);
    if (need <= left) {
      out.push(line);
      left -= need;
    } else {
      if (left > 0) out.push(clampRows(line, width, left));
      break;
    }
  }
  return out;
}

/** How many questions a run asks: those asked whatever the answers, and all that may still be asked. */
function questionRange(session: Session): { least: number; most: number } {
  const answers = session.store.answers();
  const { bank } = session.engine;
  return { least: visibleQuestions(bank, answers).filter((q) => hasOwnStep(bank, q)).length, most: possibleQuestions(bank, answers).length };
}

function firstRunLines(dir: string, detected: string[], questions: { least: number; most: number }): string[] {
  // Most important first: a small terminal shows what fits.
  // ~7 s a question: most start on a suggestion or "Not sure yet", each list is one table (docs/benchmarks.md: the persona's 53 prompts ≈ 6 min)
  const minutes = (n: number) => Math.max(1, Math.round((n * 7) / 60));
  const span = minutes(questions.least) === minutes(questions.most) ? `${minutes(questions.most)}` : `${minutes(questions.least)}–${minutes(questions.most)}`;
  return [
    `This wizard writes a privacy policy and a checklist for your product to ${dir}`,
    `${questions.least}–${questions.most} questions (where your users are decides which), about ${span} minutes. Nothing leaves your machine; answers are saved after every step.`,
    detected.length > 0 ? `Found in your code: ${detected.join(', ')}.` : 'No third-party services found in your code yet.',
    'What happens:',
    '  1. it looks at your code for third-party services,',
    '  2. asks what the code cannot show, one question at a time,',
    '  3. checks the answers against privacy law and shows the gaps,',
    '  4. previews the policy, then writes it and a checklist.',
  ];
}

function rerunLines(summary: NonNullable<WelcomeProps['summary']>, session: Session | undefined): string[] {
  const { changes } = summary;
  const file = session?.store.file;
  const names = (ids: string[]) => ids.map((id) => session?.engine.catalog.byId.get(id)?.name ?? id).join(', ');
  const lines = [
    `${plural(summary.answered, 'answer')} in ${session ? shortPath(session.store.path, session.location.root) : 'answers.json'}` +
      (summary.policyUpdated ? `; policy last updated ${summary.policyUpdated}.` : '; the policy has not been written yet.'),
  ];
  if (changes.newServices.length > 0) lines.push(`+ New in your code: ${changes.newServices.map((d) => d.name).join(', ')}`);
  if (changes.removedServices.length > 0) lines.push(`- No longer in your code: ${names(changes.removedServices)}`);
  if (changes.newQuestions.length > 0) lines.push(`• ${plural(changes.newQuestions.length, 'new question')} since your last run`);
  if (changes.unanswered.length > 0) lines.push(`• ${plural(changes.unanswered.length, 'unanswered question')}`);
  if (changes.notSure.length > 0) lines.push(`• ${plural(changes.notSure.length, 'answer')} "Not sure yet"`);
  const open = new Set([...changes.newQuestions, ...changes.unanswered, ...changes.notSure]);
  const sections = (session?.engine.bank.sections ?? [])
    .map((section) => ({ title: section.title, count: section.questions.filter((q) => open.has(q.id)).length }))
    .filter((x) => x.count > 0);
  if (sections.length > 0) lines.push(`  in: ${sections.map((x) => `${x.title} (${x.count})`).join(', ')}`);
  lines.push(summary.errors > 0 ? `✗ The audit finds ${plural(summary.errors, 'error')}.` : '✔ The audit finds no errors.');
  if (!hasChanges(changes)) lines.push('Nothing changed since your last run.');
  return lines;
}

function reviewCount(c: Changes): number {
  return new Set([...c.newQuestions, ...c.unanswered, ...c.notSure, ...(c.newServices.length + c.removedServices.length > 0 ? ['services.used'] : [])]).size;
}
