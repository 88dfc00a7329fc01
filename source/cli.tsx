// Entry point. A lone --help or --version is answered here, with nothing else loaded (CI calls
// `--version` to log what it runs); every other command line goes to cli-main.ts.
import { loadCiCommands, loadWizardBundle } from './ci-load.js';
import { VERSION } from './version.js';

export type { CommandName, GlobalOptions, Reporter } from './cli-main.js';

export const HELP = `privacy-wizard ${VERSION}: writes your privacy policy from your code and your answers.

Usage
  privacy-wizard                  interactive wizard (first run and every re-run)
  privacy-wizard generate         write policy + checklist from saved answers, no prompts
  privacy-wizard audit [--json]   print the audit findings
  privacy-wizard check [--json]   CI gate: fails when outputs are stale or services undeclared
  privacy-wizard check --reporter github
                                  the same, as GitHub Actions annotations and a job summary
  privacy-wizard scan  [--json]   print the third-party services detected in the project

Options
  --cwd DIR        project root (default: current folder)
  --dir DIR        folder for answers and outputs (default: privacy, remembered in the answers)
  --format F       markdown | jekyll | hugo | docusaurus (front matter for static-site generators)
                   | html (privacy/privacy-policy.html: a self-contained page, no site generator needed)
  --force          generate: overwrite a policy that was edited by hand
  --only IDS       generate: write only these documents (comma-separated: policy, checklist,
                   app-store, privacy-manifest, play-data-safety, cookies, subprocessors, records)
  --skip IDS       generate: write every document but these
  --json           audit/check/scan: print one JSON document on stdout
  --reporter R     check: text (default) | github (workflow-command annotations on the file and line,
                   and a Markdown summary in $GITHUB_STEP_SUMMARY when it is set)
  --strict         check: also fail on warnings (declared services with no evidence in the code,
                   personal data found in schemas but not declared, services named only)
  --help, -h       show this help
  --version, -v    show the version

Exit codes
  0  fine
  1  the command worked and found a problem (audit errors, stale or hand-edited outputs,
     undeclared services, missing required answers)
  2  it could not run (bad arguments, unreadable or invalid answers file, not a TTY)
`;

const args = process.argv.slice(2);
const alone = args.length === 1 ? { '--help': HELP, '-h': HELP, '--version': `${VERSION}\n`, '-v': `${VERSION}\n` }[args[0]!] : undefined;

const VALUE_OPTIONS = new Set(['--cwd', '--dir', '--format', '--reporter', '--only', '--skip']);

/**
 * The command the arguments name, as far as a glance tells (cli-main.ts parses them for real):
 * the first argument that is neither an option nor an option's value; undefined for none.
 */
function commandOf(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return argv[i + 1];
    if (!arg.startsWith('-') || arg === '-') return arg;
    if (VALUE_OPTIONS.has(arg)) i++;
  }
  return undefined;
}

const NON_INTERACTIVE = new Set(['generate', 'audit', 'check', 'scan']);

if (alone === undefined) {
  const command = commandOf(args);
  // A non-interactive command runs in its bundle (compiled with the command's code cache), the command
  // line parsed there too, and so does the wizard (no command) in its own; anything else starts from
  // the ES module chunk of cli-main.ts. Each parses the same way, and runs any command: a wrong glance
  // costs only time.
  let bundle: Promise<typeof import('./ci-commands.js')> | undefined;
  const commands = (name: string) => (bundle ??= loadCiCommands(name));
  let wizardBundle: ReturnType<typeof loadWizardBundle> | undefined;
  const wizard = () => (wizardBundle ??= loadWizardBundle());
  const { main } =
    command === undefined ? await wizard() : NON_INTERACTIVE.has(command) ? await commands(command) : await import('./cli-main.js');
  await main({ help: HELP, version: VERSION, wizard, commands });
} else {
  // as cli-main.ts does: a reader that stops early (`--help | head`) is no error; another failure to write is (exit 2)
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      stream.destroy();
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      process.exitCode = 2;
      if (stream === process.stdout && !process.stderr.destroyed) {
        void import('./core/errors.js').then(({ UsageError }) => {
          const usage = new UsageError(`could not write the output (${error.code ?? error.message})`, {
            fix: 'check where the output goes (a full disk, a closed file), then run the command again',
          });
          process.stderr.write(`${usage.format()}\n`);
        });
      }
    });
  }
  process.stdout.write(alone);
  process.exitCode = 0;
}
