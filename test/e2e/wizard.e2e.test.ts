// End-to-end: the built CLI in a real pseudo-terminal, answered by keystrokes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../source/core/questions/load.js';
import type { QuestionBank } from '../../source/core/questions/types.js';
import { answerUntil } from './answer-bot.js';
import { buildCli, removeCli } from './build-cli.js';
import { KEY, Terminal } from './terminal.js';

let bank: QuestionBank;
let cli: string;
const config = mkdtempSync(join(tmpdir(), 'pw-e2e-config-'));
const env = { PRIVACY_WIZARD_CONFIG_DIR: config, PRIVACY_WIZARD_TODAY: '2026-11-23' };
const open: Terminal[] = [];
const start = (cwd: string, size: { cols?: number; rows?: number } = {}, args: string[] = []) => {
  const term = new Terminal({ cli, cwd, env, cols: 200, rows: 50, ...size, args });
  open.push(term);
  return term;
};

beforeAll(async () => {
  bank = loadQuestionBank();
  cli = await buildCli();
}, 120_000);
afterAll(removeCli);
afterEach(() => {
  for (const term of open.splice(0)) term.kill();
});

const read = (path: string) => readFileSync(path, 'utf8');

// Generous: a loaded 2-core CI machine renders slower than a laptop.
describe('wizard in a pseudo-terminal', { timeout: 120_000 }, () => {
  const project = mkdtempSync(join(tmpdir(), 'pw-e2e-project-'));
  const dir = join(project, 'privacy');

  it('first run in an empty folder: answered by keystrokes until the files are written', async () => {
    const term = start(project);
    await term.waitFor('Start');
    expect(term.screen()).toContain('Nothing leaves your machine');
    await term.press(KEY.enter);
    await term.waitFor('What is the product called?');
    const steps = await answerUntil(term, bank, (s) => s.includes('Audit ·'));
    expect(steps).toBeGreaterThan(20);
    await term.press('p');
    await term.waitFor('Preview ·');
    await term.waitFor('Acme Notes');
    await term.press(KEY.enter);
    await term.waitFor('Write the files');
    expect(term.screen()).toContain('privacy/privacy-policy.md: new file');
    await term.press(KEY.enter);
    const done = await term.waitFor('Still to do');
    expect(done).toContain('✔ privacy/privacy-policy.md');
    expect(done).toContain('✔ privacy/checklist.md');
    await term.press(KEY.enter);
    expect(await term.exited).toBe(0);
    expect(term.plain()).toContain('Answers saved in');

    const policy = read(join(dir, 'privacy-policy.md'));
    expect(policy.startsWith('<!--')).toBe(true);
    expect(policy).toContain('Acme Notes');
    expect(policy).toContain('privacy@acme.example');
    expect(policy).toContain('2026-11-23');
    expect(read(join(dir, 'checklist.md'))).toMatch(/- \[ \] /);
    const answers = JSON.parse(read(join(dir, 'answers.json')));
    expect(answers.answers['product.name']).toMatchObject({ value: 'Acme Notes', source: 'user' });
    expect(answers.answers['org.email'].value).toBe('privacy@acme.example');
    expect(answers.lastRun.questionIds.length).toBeGreaterThan(20);
  });

  it('re-run: changes one answer and rewrites the policy, showing the diff', async () => {
    expect(existsSync(join(dir, 'privacy-policy.md'))).toBe(true);
    const term = start(project);
    await term.waitFor('welcome back');
    await term.waitFor('Revisit a section');
    expect(term.plain()).toContain('policy last updated 2026-11-23');
    // the menu: [Review what changed], Revisit a section, …
    const screen = term.screen();
    await term.step(...(screen.includes('Review what changed') ? [KEY.down] : []), KEY.enter);
    await term.waitFor('Continue to the audit');
    await term.press(KEY.enter);
    await term.waitFor('What is the product called?');
    await term.step(...Array.from({ length: 10 }, () => KEY.backspace));
    await term.waitFor((s) => !s.includes('› Acme Notes'));
    await term.type('Acme Notebooks');
    await term.step(KEY.enter);
    await term.waitFor('✔ What is the product called: Acme Notebooks');
    await term.step(KEY.esc, KEY.esc);
    await term.waitFor('Continue to the audit');
    await term.step('a');
    await term.waitFor('Audit ·');
    await term.press('p');
    await term.waitFor('Preview ·');
    await term.press(KEY.enter);
    const write = await term.waitFor('privacy/privacy-policy.md: changed');
    expect(write).toMatch(/\(\+\d+ −\d+ lines\)/);
    expect(write).toMatch(/^- .*Acme Notes\b/m);
    expect(write).toMatch(/^\+ .*Acme Notebooks/m);
    await term.press(KEY.enter);
    await term.waitFor('Still to do');
    await term.press(KEY.enter);
    expect(await term.exited).toBe(0);
    const policy = read(join(dir, 'privacy-policy.md'));
    expect(policy).toContain('Acme Notebooks');
    expect(policy).not.toMatch(/Acme Notes(?! Ltd)/);
  });

  it('keys typed while the wizard starts are not lost: an Enter pressed at once starts the first run, and nothing is echoed', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'pw-e2e-typeahead-'));
    const term = start(fresh, { cols: 80, rows: 24 });
    // before node has even started: the terminal is still in cooked mode, so this arrives as a line feed
    await term.press(KEY.enter);
    await term.waitFor('What is the product called?');
    // and while the project loads (raw mode, nothing reading yet): queued for the question
    const again = start(mkdtempSync(join(tmpdir(), 'pw-e2e-typeahead-')), { cols: 80, rows: 24 });
    await again.waitFor('Looking at your project').catch(() => undefined);
    await again.press(KEY.down, KEY.up, KEY.enter);
    await again.waitFor('What is the product called?');
    expect(again.screen()).not.toContain('^[[B');
    await again.press(KEY.ctrlC);
    expect(await again.exited).toBe(130);
  });

  it('Ctrl+C in the middle leaves the terminal clean; a restart resumes with the answers intact', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'pw-e2e-resume-'));
    const term = start(fresh, { cols: 80, rows: 24 });
    await term.waitFor('Start');
    await term.press(KEY.enter);
    await term.waitFor('What is the product called?');
    await term.type('Resume Co');
    await term.press(KEY.enter);
    await term.waitFor("What is the product's main web address?");
    await term.press(KEY.ctrlC);
    // Ctrl+C is an interruption (130), as for every other command-line tool
    expect(await term.exited).toBe(130);
    const printed = term.plain();
    expect(printed).toContain('Your answers are saved in');
    expect(printed).toContain('privacy/answers.json');
    expect(printed).toContain('to continue where you left off');
    expect(printed).not.toMatch(/Error|at .*\.js:\d+/);
    // Ink shows the cursor again on exit
    expect(term.output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(term.output.lastIndexOf('\u001B[?25l'));

    const answers = JSON.parse(read(join(fresh, 'privacy', 'answers.json')));
    expect(answers.answers['product.name'].value).toBe('Resume Co');

    const again = start(fresh, { cols: 80, rows: 24 });
    await again.waitFor('welcome back');
    const welcome = await again.waitFor('Review what changed');
    expect(welcome).toContain('1 answer in privacy/answers.json');
    await again.press(KEY.enter);
    await again.waitFor("What is the product's main web address?");
    await again.step(KEY.esc);
    // Esc from the first question of the review leaves the review for the audit
    await again.waitFor('Audit ·');
    await again.press(KEY.ctrlC);
    await again.exited;
    expect(JSON.parse(read(join(fresh, 'privacy', 'answers.json'))).answers['product.name'].value).toBe('Resume Co');
  });

  it('--demo at 60x20: detection in a temporary copy, every frame fits, keys shown', async () => {
    const term = start(process.cwd(), { cols: 60, rows: 20 }, ['--demo']);
    // start() ran in the repository; the demo copies demo/ to a temp folder and never writes here
    const fits = (s: string) => s.split('\n').every((line) => [...line].length <= 60) && s.split('\n').length <= 20;
    const welcome = await term.waitFor('Start');
    expect(welcome).toContain('Demo: a copy of an example project in');
    expect(welcome).toContain('Stripe');
    expect(welcome).toContain('enter choose');
    expect(fits(welcome)).toBe(true);
    await term.step(KEY.enter);
    const question = await term.waitFor('What is the product called?');
    expect(question.replace(/\s+/g, ' ')).toContain('Suggested from package.json');
    expect(question).toContain('› Tasklight');
    expect(question).toContain('esc back');
    expect(fits(question)).toBe(true);
    await term.step(KEY.esc);
    await term.waitFor('Continue to the audit');
    await term.step(KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter);
    const services = await term.waitFor('detected in');
    expect(services).toMatch(/\[x\] Stripe/);
    expect(fits(services)).toBe(true);
    await term.press(KEY.ctrlC);
    expect(await term.exited).toBe(130);
    // the temporary copy is removed on exit, and the message says so
    const copy = /privacy-wizard-demo-[A-Za-z0-9]+/.exec(term.plain())?.[0];
    expect(copy).toBeDefined();
    expect(term.plain()).toContain("The demo's temporary copy");
    expect(existsSync(join(tmpdir(), copy!))).toBe(false);
    expect(existsSync(join(process.cwd(), 'privacy'))).toBe(false);
  });

  it('a broken answers file: exit 2 naming the file and the fix, the screen cleared first', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'pw-e2e-broken-'));
    mkdirSync(join(broken, 'privacy'));
    writeFileSync(join(broken, 'privacy', 'answers.json'), '{ broken');
    const term = start(broken, { cols: 80, rows: 24 });
    expect(await term.exited).toBe(2);
    const printed = term.plain();
    expect(printed).toContain('Error: the answers file is not valid JSON');
    expect(printed).toContain(join(broken, 'privacy', 'answers.json'));
    expect(printed).toContain('fix:');
    expect(read(join(broken, 'privacy', 'answers.json'))).toBe('{ broken');
  });

  it('refuses without a TTY: exit 2, pointing at generate and check, no stack trace', () => {
    const result = spawnSync(process.execPath, [cli], {
      cwd: mkdtempSync(join(tmpdir(), 'pw-e2e-notty-')),
      input: '',
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(result.status).toBe(2);
    // The hints name the command that started the tool: here the built file run by node.
    expect(result.stderr).toMatch(/(privacy-wizard|cli\.js) generate/);
    expect(result.stderr).toMatch(/(privacy-wizard|cli\.js) check/);
    expect(result.stderr).not.toMatch(/Raw mode|at .*\.js:\d+/);
    expect(result.stdout).toBe('');
  });
});
