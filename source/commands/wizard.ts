// The interactive wizard. Checks for a terminal before anything loads Ink, so a pipe
// or CI gets a clear message and exit 2 instead of Ink's raw-mode stack trace.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { EXIT, UsageError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';

const notATty = (command: string) => `privacy-wizard: the wizard needs an interactive terminal (stdin and stdout must be a TTY).
  To write the policy from saved answers without prompts:  ${command} generate
  To check in CI that the policy matches the answers:      ${command} check
`;

/**
 * The command that started this process, for the hints: `npx privacy-wizard` from the registry, `privacy-wizard`
 * from a global or linked install, `node <path>/cli.js` from a clone (the package is not on the registry yet).
 */
export function invokedAs(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const script = argv[1] ?? '';
  if (/[\\/]_npx[\\/]/.test(script) || env.npm_command === 'exec') return 'npx privacy-wizard';
  if (/[\\/](node_modules[\\/]\.bin|bin)[\\/]privacy-wizard$/.test(script)) return 'privacy-wizard';
  const rel = relative(process.cwd(), script);
  return `node ${rel && !rel.startsWith('..') ? rel : script}`;
}

export async function wizardCommand(options: GlobalOptions): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(notATty(invokedAs()));
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
  // Raw mode from the first moment: a key typed while Ink and the project load waits, unread and
  // unchanged (the terminal would otherwise turn Enter into a line feed), for the first screen.
  process.stdin.setRawMode(true);
  let result: Awaited<ReturnType<typeof import('../ui/run.js')['runWizard']>>;
  try {
    const { runWizard } = await import('../ui/run.js');
    result = await runWizard({ cwd, dir: options.dir, format: options.format, demo });
  } finally {
    process.stdin.setRawMode(false);
  }
  // the demo works on a temporary copy: nothing in it is worth keeping
  if (demo) rmSync(demo, { recursive: true, force: true });
  if (result.error) {
    if (result.error instanceof UsageError) {
      process.stderr.write(`${result.error.format()}\n`);
      return EXIT.cannotRun;
    }
    throw result.error;
  }
  const command = invokedAs();
  const code = result.interrupted ? EXIT.interrupted : EXIT.ok;
  if (demo) {
    process.stdout.write(`The demo's temporary copy (${demo}) was removed. Run \`${command} --demo\` to try it again, or \`${command}\` in your own project.\n`);
    return code;
  }
  const answers = result.answersPath;
  if (!answers && !result.finished) {
    process.stdout.write(`Stopped before any answer was saved. Run \`${command}\` to start again.\n`);
  }
  if (answers) {
    const rel = relative(process.cwd(), answers);
    const shown = rel && !rel.startsWith('..') ? rel : answers;
    const again = command;
    process.stdout.write(
      result.finished
        ? `Answers saved in ${shown}. Run \`${again}\` again whenever the product changes.\n`
        : `Stopped. Your answers are saved in ${shown}.\nRun \`${again}\` to continue where you left off, or \`${command} generate\` to write the policy from them.\n`,
    );
  }
  return code;
}

/** Copies the bundled demo project to a new temporary folder and returns it. */
function copyDemo(): string {
  const target = mkdtempSync(join(tmpdir(), 'privacy-wizard-demo-'));
  cpSync(dataPath('demo'), target, { recursive: true });
  return target;
}
