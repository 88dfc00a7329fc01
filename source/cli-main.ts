// Parses argv and routes to a command (cli.tsx, the entry point, answers a lone --help or --version
// itself). Only the interactive wizard imports Ink/React, through a dynamic import, so that
// non-interactive commands stay fast and never load them; those run from their own bundle (ci-load.ts).
import { parseArgs } from 'node:util';
import type { OutputFormat } from './core/answers/types.js';
import { EXIT, UsageError } from './core/errors.js';
import { inlineSafe, safeJson } from './core/terminal-text.js';


export const COMMANDS = ['wizard', 'generate', 'audit', 'check', 'scan'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface GlobalOptions {
  cwd: string;
  dir?: string;
  format?: OutputFormat;
  force: boolean;
  json: boolean;
  demo: boolean;
  /** check: warnings fail too */
  strict?: boolean;
  /** check: how findings are printed */
  reporter?: Reporter;
  /** generate: document ids to write (empty = all) */
  only?: string[];
  /** generate: document ids not to write */
  skip?: string[];
}

const FORMATS = ['markdown', 'jekyll', 'hugo', 'docusaurus', 'html'] as const satisfies readonly OutputFormat[];
const REPORTERS = ['text', 'github'] as const;
export type Reporter = (typeof REPORTERS)[number];

type Parsed = { command: CommandName; options: GlobalOptions } | 'help' | 'version';

/**
 * The command line as parseCommandLine reads it; a bare command (`privacy-wizard check`, the usual CI
 * line) without it: node's parseArgs is ~1 ms to load and run, and gives exactly these options for it.
 */
export function parse(argv: string[]): Parsed {
  if (argv.length === 1 && (COMMANDS as readonly string[]).includes(argv[0]!)) {
    return {
      command: argv[0] as CommandName,
      options: { only: undefined, skip: undefined, cwd: process.cwd(), dir: undefined, format: undefined, force: false, json: false, strict: false, reporter: undefined, demo: false },
    };
  }
  return parseCommandLine(argv);
}

/** Any command line, through node's parseArgs. Exported for the test that parse agrees with it. */
export function parseCommandLine(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        cwd: { type: 'string' },
        dir: { type: 'string' },
        format: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        reporter: { type: 'string' },
        strict: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true },
        skip: { type: 'string', multiple: true },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify.*$/s, '');
    // node names the option in quotes: "Unknown option '--nope'", "Option '--cwd <value>' argument missing"
    const option = /'(-{1,2}[A-Za-z0-9][A-Za-z0-9-]*)/.exec(message)?.[1];
    throw new UsageError(message, { field: option, fix: 'run `privacy-wizard --help` for the options' });
  }
  const { values, positionals } = parsed;
  // an empty --cwd or --dir (a shell variable that was not set) would silently mean the current folder
  for (const name of ['cwd', 'dir'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') {
      throw new UsageError(`--${name} is empty`, { field: `--${name}`, fix: `pass a folder after --${name}, or leave the option out` });
    }
  }
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument "${positionals[1]}"`, { fix: 'run `privacy-wizard --help`' });
  }
  const command = (positionals[0] ?? 'wizard') as CommandName;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`unknown command "${positionals[0]}"`, {
      fix: `use one of: ${COMMANDS.filter((c) => c !== 'wizard').join(', ')} (or no command for the wizard)`,
    });
  }
  if (values.format !== undefined && !(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`unknown format "${values.format}"`, {
      field: '--format',
      fix: `use one of: ${FORMATS.join(', ')}`,
    });
  }
  if (values.reporter !== undefined) {
    if (!(REPORTERS as readonly string[]).includes(values.reporter)) {
      throw new UsageError(`unknown reporter "${values.reporter}"`, { field: '--reporter', fix: `use one of: ${REPORTERS.join(', ')}` });
    }
    if (command !== 'check') throw new UsageError(`--reporter is not available for "${command}"`, { field: '--reporter', fix: 'use --reporter with check' });
    if (values.json) throw new UsageError('--reporter and --json cannot be combined', { field: '--reporter', fix: 'use --json for one JSON document, or --reporter github for annotations' });
  }
  if (values.json && !['audit', 'check', 'scan'].includes(command)) {
    throw new UsageError(`--json is not available for "${command}"`, { field: '--json', fix: 'use --json with audit, check or scan' });
  }
  for (const flag of ['only', 'skip'] as const) {
    if (values[flag] !== undefined && command !== 'generate') {
      throw new UsageError(`--${flag} is not available for "${command}"`, { field: `--${flag}`, fix: `use --${flag} with generate` });
    }
  }
  const ids = (list: string[] | undefined) => list?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return {
    command,
    options: {
      only: ids(values.only),
      skip: ids(values.skip),
      cwd: values.cwd ?? process.cwd(),
      dir: values.dir,
      format: values.format as GlobalOptions['format'],
      force: values.force,
      json: values.json,
      strict: values.strict,
      reporter: values.reporter as Reporter | undefined,
      demo: values.demo,
    },
  };
}

/** What cli.tsx gives main: the texts of --help and --version, and how to load the wizard. */
export interface MainContext {
  help: string;
  version: string;
  /** the wizard's command, and the class of the errors it throws (the wizard's modules' own copy) */
  wizard: () => Promise<{ wizardCommand: (options: GlobalOptions) => Promise<number>; UsageError: typeof UsageError }>;
  /** the non-interactive commands (the bundle this module runs in, or the bundle loaded for `command`) */
  commands: (command: CommandName) => Promise<typeof import('./ci-commands.js')>;
}

/**
 * The classes of the errors the commands throw besides this module's own: this module runs either
 * as an ES module chunk (the wizard's start) or inside the non-interactive commands' bundle, and
 * each of those has its own copy of the class.
 */
const usageErrors = new Set<typeof UsageError>([UsageError]);

async function run(command: CommandName, options: GlobalOptions, context: MainContext): Promise<number> {
  if (command === 'wizard') {
    const wizard = await context.wizard();
    usageErrors.add(wizard.UsageError);
    return wizard.wizardCommand(options);
  }
  const commands = await context.commands(command);
  usageErrors.add(commands.UsageError);
  switch (command) {
    case 'generate':
      return commands.generateCommand(options);
    case 'audit':
      return commands.auditCommand(options);
    case 'check':
      return commands.checkCommand(options);
    case 'scan':
      return commands.scanCommand(options);
  }
}

const isUsageError = (error: unknown): error is UsageError => [...usageErrors].some((type) => error instanceof type);

/**
 * A reader that stops early (`check | head`) closes the pipe: later writes fail with EPIPE.
 * That is not an error of the command, so the stream is dropped and the command finishes
 * with its own exit code.
 */
let outputFailed = false;

function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      stream.destroy();
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      // any other failure (stdout redirected to a full disk: ENOSPC) means the output is incomplete: exit 2
      outputFailed = true;
      process.exitCode = EXIT.cannotRun;
      if (stream === process.stdout && !process.stderr.destroyed) {
        const usage = new UsageError(`could not write the output (${error.code ?? error.message})`, {
          fix: 'check where the output goes (a full disk, a closed file), then run the command again',
        });
        process.stderr.write(`${usage.format()}\n`);
      }
    });
  }
}

/** Reports a command that could not run: one JSON document with --json, else a message on stderr. */
async function reportFailure(error: unknown, json: boolean, github: boolean): Promise<void> {
  const usage =
    isUsageError(error)
      ? error
      : new UsageError(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, {
          fix: 'please report this at https://github.com/privacy-wizard/privacy-wizard/issues (set PRIVACY_WIZARD_DEBUG=1 to see the stack trace)',
        });
  // stdout holds the one document for the machine; stderr the same message for the person reading the log
  if (json) process.stdout.write(safeJson({ ok: false, error: usage.toJson() }));
  // in GitHub Actions the reason shows on the run's page too, not only in the step's log
  if (github) (await import('./commands/github-reporter.js')).reportGithubFailure(usage, (text) => process.stdout.write(text));
  process.stderr.write(`${usage.format()}\n`);
  if (!isUsageError(error) && process.env.PRIVACY_WIZARD_DEBUG && error instanceof Error && error.stack) {
    process.stderr.write(`${inlineSafe(error.stack).replace(/\\x0a/g, '\n')}\n`);
  }
}

/** Runs the command line. */
export async function main(context: MainContext): Promise<void> {
  const { help, version } = context;
  ignoreClosedPipes();
  // --json holds for errors found while parsing the other arguments too
  const json = process.argv.slice(2).includes('--json');
  const github = process.argv.slice(2).join(' ').match(/--reporter[= ]github(?: |$)/) !== null;
  let exitCode: number;
  try {
    const parsed = parse(process.argv.slice(2));
    if (parsed === 'help') {
      process.stdout.write(help);
      exitCode = EXIT.ok;
    } else if (parsed === 'version') {
      process.stdout.write(`${version}\n`);
      exitCode = EXIT.ok;
    } else {
      exitCode = await run(parsed.command, parsed.options, context);
    }
  } catch (error) {
    await reportFailure(error, json, github);
    exitCode = EXIT.cannotRun;
  }
  process.exitCode = outputFailed ? EXIT.cannotRun : exitCode;
}
