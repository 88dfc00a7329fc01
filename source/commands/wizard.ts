// The interactive wizard. Checks for a terminal before anything loads Ink, so a pipe
// or CI gets a clear message and exit 2 instead of Ink's raw-mode stack trace.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { EXIT, UsageError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';

const NOT_A_TTY = `privacy-wizard: the wizard needs an interactive terminal (stdin and stdout must be a TTY).
  To write the policy from saved answers without prompts:  npx privacy-wizard generate
  To check in CI that the policy matches the answers:      npx privacy-wizard check
`;

export async function wizardCommand(options: GlobalOptions): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(NOT_A_TTY);
    return EXIT.cannotRun;
  }
  let cwd = options.cwd;
  let demo: string | undefined;
  if (options.demo) {
    demo = copyDemo();
    cwd = demo;
  }
  // chalk (under Ink and marked-terminal) ignores NO_COLOR; FORCE_COLOR=0 turns colours and styles off before it loads.
  if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
  const { runWizard } = await import('../ui/run.js');
  const result = await runWizard({ cwd, dir: options.dir, format: options.format, demo });
  if (result.error) {
    if (result.error instanceof UsageError) {
      process.stderr.write(`${result.error.format()}\n`);
      return EXIT.cannotRun;
    }
    throw result.error;
  }
  const answers = result.answersPath;
  if (!answers && !result.finished) {
    process.stdout.write(`Stopped before any answer was saved. Run \`${demo ? `npx privacy-wizard --cwd ${demo}` : 'npx privacy-wizard'}\` to start again.\n`);
  }
  if (answers) {
    const rel = relative(process.cwd(), answers);
    const shown = rel && !rel.startsWith('..') ? rel : answers;
    const again = demo ? `npx privacy-wizard --cwd ${demo}` : 'npx privacy-wizard';
    process.stdout.write(
      result.finished
        ? `Answers saved in ${shown}. Run \`${again}\` again whenever the product changes.\n`
        : `Stopped. Your answers are saved in ${shown}.\nRun \`${again}\` to continue where you left off, or \`privacy-wizard generate\` to write the policy from them.\n`,
    );
  }
  return EXIT.ok;
}

/** Copies the bundled demo project to a new temporary folder and returns it. */
function copyDemo(): string {
  const target = mkdtempSync(join(tmpdir(), 'privacy-wizard-demo-'));
  cpSync(dataPath('demo'), target, { recursive: true });
  return target;
}
