// Answers the wizard by keystrokes, as a person would: reads the question on screen,
// finds it in the question bank, and types a plausible answer for its type.
import type { Field, Question, QuestionBank } from '../../source/core/questions/types.js';
import { KEY, type Terminal } from './terminal.js';

const squash = (s: string) => s.replace(/\s+/g, ' ');

const TEXT_ANSWERS: Record<string, string> = {
  'product.name': 'Acme Notes',
  'org.legalName': 'Acme Notes Ltd',
  location: 'US',
};

function textAnswer(spec: Question | Field): string {
  if (TEXT_ANSWERS[spec.id]) return TEXT_ANSWERS[spec.id]!;
  switch (spec.type) {
    case 'email':
      return 'privacy@acme.example';
    case 'url':
      return 'https://acme.example';
    case 'date':
      return '2026-01-01';
    case 'number':
      return '30';
    default:
      return 'See terms';
  }
}

/** What answers one question or field on a first run in an empty folder: text to type, then keys. */
export function answerFor(spec: Question | Field): { text?: string; keys: string[] } {
  const hasDefault = spec.default !== undefined;
  switch (spec.type) {
    case 'select':
      // a select without an answer starts on "Not sure yet" or on nothing (Enter alone would be refused): ↓ picks the first
      return { keys: spec.notSure ? [KEY.enter] : [KEY.down, KEY.enter] };
    case 'confirm':
      return { keys: hasDefault ? [KEY.enter] : ['n'] };
    case 'multiselect':
      return { keys: spec.required ? [KEY.space, KEY.enter] : [KEY.enter] };
    case 'list':
    case 'records':
      return { keys: [KEY.enter] };
    default:
      return hasDefault ? { keys: [KEY.enter] } : { text: textAnswer(spec), keys: [KEY.enter] };
  }
}

/** The question (or records field) whose prompt is on screen now. */
export function activeSpec(bank: QuestionBank, screen: string): Question | Field | undefined {
  const flat = squash(screen);
  let best: { q: Question; at: number } | undefined;
  for (const q of bank.questions) {
    const at = flat.lastIndexOf(squash(q.prompt));
    if (at >= 0 && (!best || at > best.at || (at === best.at && q.prompt.length > best.q.prompt.length))) best = { q, at };
  }
  if (!best) return undefined;
  if (best.q.type !== 'records') return best.q;
  const header = / · \d+ of \d+ · (.+)$/m.exec(screen);
  if (!header) return best.q; // "Nothing to fill in here"
  const fieldPrompt = squash(header[1]!.trim());
  return best.q.fields?.find((f) => squash(f.prompt) === fieldPrompt) ?? best.q.fields?.find((f) => fieldPrompt.startsWith(squash(f.prompt)));
}

/** What identifies the step on screen: the finished steps, the question and the per-item form header. */
function position(bank: QuestionBank, screen: string): string {
  const lines = screen.split('\n');
  const spec = activeSpec(bank, screen);
  return [...lines.filter((l) => l.startsWith('✔') || / · \d+ of \d+ · /.test(l)), spec?.id ?? '', spec?.prompt ?? ''].join('\n');
}

/** Answers questions until `done(screen)` holds. Returns how many answers were typed. */
export async function answerUntil(term: Terminal, bank: QuestionBank, done: (screen: string) => boolean, limit = 400): Promise<number> {
  let steps = 0;
  let screen = term.screen();
  while (!done(screen)) {
    if (++steps > limit) throw new Error(`still answering after ${limit} steps; screen:\n${screen}`);
    const spec = activeSpec(bank, screen);
    if (!spec) throw new Error(`no known question on screen:\n${screen}`);
    const before = position(bank, screen);
    const answer = answerFor(spec);
    // a field pre-filled with a suggestion (e.g. the lead authority from the country) is accepted as it is
    const prefilled = /^› \S/m.test(screen) && !/^› \[/m.test(screen);
    if (answer.text && !prefilled) await term.type(answer.text);
    await term.step(...answer.keys);
    await term.waitFor((s) => done(s) || position(bank, s) !== before, 10000);
    screen = await term.settle('');
  }
  return steps;
}
