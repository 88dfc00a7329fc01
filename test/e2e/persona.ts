// The "Acme Notes" persona: a B2C note-taking web app of an Irish company, users in the EU, UK and US,
// Stripe, Sentry, PostHog, Resend, OpenAI and Google Analytics in its code. It answers the wizard as that
// team would, by keystrokes in a pty, and counts what it took: prompts (question screens and table cells
// opened), keys pressed and characters typed. The accept-every-default run presses Enter on everything and
// answers only what the wizard refuses to guess (plain facts with no suggestion).
import type { Question, QuestionBank } from '../../source/core/questions/types.js';
import { KEY, sleep, type Terminal } from './terminal.js';

/** One thing the persona does on a screen: type some text, then press keys. `opens` marks a table cell opened for editing. */
export interface Act {
  text?: string;
  keys: string[];
  opens?: boolean;
}

const type = (text: string, ...keys: string[]): Act => ({ text, keys: keys.length > 0 ? keys : [KEY.enter] });
const keys = (...k: string[]): Act => ({ keys: k });
const edit = (act: Act): Act => ({ ...act, opens: true });
const { enter, down, space } = KEY;
const END = KEY.end;
const HOME = KEY.home;
const CTRL_U = '\u0015';

/** The persona's answers: question id -> what it does. Questions not listed get Enter (the suggestion or "Not sure yet"). */
export const ACME_NOTES: Record<string, Act[]> = {
  'product.kinds': [keys(down, space, enter)],
  'product.audienceType': [type('consumers')],
  'product.accounts': [keys('y')],
  'product.accountDeletion': [keys(space, enter)],
  // picked by name (the list grows): EEA, UK, California and the other US states
  'audience.regions': [type('europ', space), keys(CTRL_U), type('united k', space), keys(CTRL_U), type('calif', space), keys(CTRL_U), type('other us', space, enter)],
  // none of the thresholds: untick "Not sure yet" (last row)
  'audience.ccpaThresholds': [keys(END, space, enter)],
  // which US states: the team does not know yet (the default, "Not sure yet"), so the state-law questions are asked
  'audience.children': [type('no')],
  'audience.minimumAge': [type('16')],
  'audience.knowsUnder16': [keys('n')],
  'org.legalName': [type('Acme Notes Ltd')],
  'org.address': [type('1 Main Street, Dublin D02 X285, Ireland')],
  'org.email': [type('privacy@acme.example')],
  'org.hasDpo': [keys('n')],
  'data.categories': [keys(down, down, space, enter)],
  'purposes.list': [keys(space, down, space), type('legal', space, enter)],
  'purposes.details': [
    // analytics (row 7): consent; improvement (8): legitimate interests, then the interest; AI features (10): contract
    edit(keys(down, down, down, down, down, down, down, enter)),
    type('cons'),
    edit(keys(down, enter)),
    type('legit'),
    edit(type('improving the product from how it is used')),
    edit(keys(down, down, enter)),
    type('perf'),
    keys(HOME, enter),
  ],
  'data.sensitive': [keys(END, space, enter)],
  'cookies.consent': [type('banner')],
  'cookies.dnt': [type('we do not change')],
  'services.details': [
    // every service acts only on our instructions: set the first, then "same as above" down the column
    edit(keys(down, enter)),
    type('yes'),
    keys(down, '=', down, '=', down, '=', down, '=', down, '=', HOME, enter),
  ],
  'sharing.otherRecipients': [keys(space, down, space, down, space, enter)],
  'sharing.sells': [keys('n')],
  'sharing.shares': [keys('n')],
  'transfers.storage': [type('AWS eu-west-1 (Ireland)')],
  'transfers.copyHow': [type('Email privacy@acme.example')],
  'security.measures': [keys(space, down, space, down, space, down, space, enter)],
  // a written plan that tells people when the law requires it: the first "Yes, written" of the merged choices
  'security.breachProcess': [type('yes')],
  'rights.methods': [keys(space, down, down, space, enter)],
  'rights.responseTime': [type('within 30')],
  'rights.verification': [type('We ask you to confirm from the email address on your account')],
  'rights.complaints': [keys('y')],
  'ai.automatedDecisions': [keys('n')],
  'ai.profiling': [keys('n')],
  'ai.training': [type('no')],
  'marketing.emails': [type('opted')],
  'marketing.optOut': [keys(space, enter)],
  'changes.notify': [keys(space, down, space, enter)],
};

/** The figures of one run. */
export interface RunFigures {
  prompts: number;
  keys: number;
  typed: number;
  /** question id -> keys pressed plus characters typed on it */
  log: { id: string; keys: number; typed: number }[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

const NEXT_FIELD = 'Next on this screen: ';

/**
 * The question whose prompt is on screen (the last one shown, so finished steps above it do not count). The preview
 * of a screen's second field ("Next on this screen: …") is not the question being asked.
 */
export function questionOnScreen(bank: QuestionBank, screen: string): Question | undefined {
  const flat = squash(screen);
  let best: { q: Question; at: number } | undefined;
  for (const q of bank.questions) {
    const prompt = squash(q.prompt);
    let at = flat.lastIndexOf(prompt);
    while (at >= NEXT_FIELD.length && flat.slice(at - NEXT_FIELD.length, at) === NEXT_FIELD) at = flat.lastIndexOf(prompt, at - 1);
    if (at >= 0 && (!best || at > best.at || (at === best.at && q.prompt.length > best.q.prompt.length))) best = { q, at };
  }
  return best?.q;
}

const REFUSED = /Nothing is chosen yet|Select at least one|An answer is required|Enter an email|Enter a web address|Enter a real date|Add at least one/;

/** Types text into whatever field or search has the keys, retrying while a field that just appeared does not listen yet. */
async function typeText(term: Terminal, text: string): Promise<void> {
  const shown = (s: string) => s.includes(text) && (s.includes(`› ${text}`) || s.includes(`Search: ${text}`) || s.includes(`Filter: ${text}`));
  for (let attempt = 1; ; attempt += 1) {
    const before = term.screen();
    await term.press(text);
    try {
      await term.waitFor(shown, 2500);
      return;
    } catch {
      if (attempt >= 4 || term.screen() !== before) {
        await term.waitFor(shown, 10000);
        return;
      }
    }
  }
}

/**
 * Answers questions until `done(screen)`. With `acceptDefaults`, every question gets Enter first and the persona's
 * answer only when the wizard refuses Enter (nothing to suggest and no "Not sure yet").
 */
export async function playPersona(
  term: Terminal,
  bank: QuestionBank,
  done: (screen: string) => boolean,
  options: { acceptDefaults?: boolean; persona?: Record<string, Act[]>; /** answered by the persona even when accepting defaults */ tell?: string[] } = {},
): Promise<RunFigures> {
  const persona = options.persona ?? ACME_NOTES;
  const figures: RunFigures = { prompts: 0, keys: 0, typed: 0, log: [] };
  let screen = await term.settle('');
  for (let guard = 0; !done(screen); guard += 1) {
    if (guard > 200) throw new Error(`still answering after 200 questions; screen:\n${screen}`);
    const q = questionOnScreen(bank, screen);
    if (!q) throw new Error(`no known question on screen:\n${screen}`);
    const entry = { id: q.id, keys: 0, typed: 0 };
    // the second field of a screen (foldInto) is no new prompt: the screen and the first field's prompt stay
    const previous = figures.log.at(-1)?.id;
    const parent = q.foldInto ? bank.byId.get(q.foldInto) : undefined;
    const secondField = parent !== undefined && previous === parent.id && squash(screen).includes(squash(parent.prompt));
    figures.log.push(entry);
    if (!secondField) figures.prompts += 1;
    const act = async (a: Act) => {
      if (a.opens) figures.prompts += 1;
      if (a.text) {
        await typeText(term, a.text);
        entry.typed += [...a.text].length;
      }
      await term.step(...a.keys);
      entry.keys += a.keys.length;
    };
    const own = persona[q.id] ?? [keys(enter)];
    if (options.acceptDefaults && !options.tell?.includes(q.id)) {
      await act(keys(enter));
      await sleep(150);
      const after = await term.settle('', 400);
      if (REFUSED.test(after) && questionOnScreen(bank, after)?.id === q.id) {
        // clear the refusal the way a person would start again: the persona's own answer
        for (const a of own) await act(a);
      }
    } else {
      for (const a of own) await act(a);
    }
    await term.waitFor((s) => done(s) || questionOnScreen(bank, s)?.id !== q.id, 15000);
    screen = await term.settle('');
    figures.keys += entry.keys;
    figures.typed += entry.typed;
  }
  return figures;
}
