// A real pseudo-terminal running the built CLI, with helpers to read the current
// frame and wait for text. Ink wraps each frame in synchronized-output markers
// (ESC[?2026h … ESC[?2026l) after erasing the previous one, so the last frame is
// the text after the last erase in the last such block.
import pty from '@lydell/node-pty';


const ANSI = /\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B\][^\u0007]*\u0007|\u001B[()][0-9A-B]/g;

export const KEY = {
  enter: '\r',
  esc: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  end: '\u001B[F',
  home: '\u001B[H',
  space: ' ',
  backspace: '\u007F',
  ctrlC: '\u0003',
} as const;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TerminalOptions {
  /** the built cli.js */
  cli: string;
  cwd: string;
  env: Record<string, string>;
  args?: string[];
  cols?: number;
  rows?: number;
}

export class Terminal {
  output = '';
  readonly exited: Promise<number>;
  private readonly term: pty.IPty;

  constructor(options: TerminalOptions) {
    const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env, TERM: 'xterm-256color' };
    // With CI set, Ink renders only the last frame; a user's terminal never has it.
    delete env.CI;
    this.term = pty.spawn(process.execPath, [options.cli, ...(options.args ?? [])], {
      cols: options.cols ?? 120,
      rows: options.rows ?? 40,
      cwd: options.cwd,
      env,
    });
    this.term.onData((data) => {
      this.output += data;
    });
    this.exited = new Promise((resolve) => this.term.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** The frame on screen now, without colours. */
  screen(): string {
    const end = this.output.lastIndexOf('\u001B[?2026l');
    const begin = end === -1 ? -1 : this.output.lastIndexOf('\u001B[?2026h', end);
    const block = begin === -1 ? this.output : this.output.slice(begin, end);
    const erased = block.lastIndexOf('\u001B[G');
    return (erased === -1 ? block : block.slice(erased)).replace(ANSI, '').replace(/\r/g, '');
  }

  /** Everything printed, without colours (for what is printed after Ink exits). */
  plain(): string {
    return this.output.replace(ANSI, '').replace(/\r/g, '');
  }

  async waitFor(match: string | RegExp | ((screen: string) => boolean), timeout = 15000): Promise<string> {
    const test = typeof match === 'function' ? match : (s: string) => (typeof match === 'string' ? s.includes(match) : match.test(s));
    const until = Date.now() + timeout;
    for (;;) {
      const screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() > until) throw new Error(`timed out waiting for ${String(match)}; screen:\n${screen}`);
      await sleep(25);
    }
  }

  /** Waits until the frame differs from `before` and stops changing for a moment. */
  async settle(before: string, timeout = 8000): Promise<string> {
    await this.waitFor((s) => s !== before, timeout).catch(() => undefined);
    let last = this.screen();
    for (;;) {
      await sleep(60);
      const now = this.screen();
      if (now === last) return now;
      last = now;
    }
  }

  /** Sends keys one at a time, as a person types. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.term.write(key);
      await sleep(key === KEY.esc ? 80 : 30);
    }
  }

  /**
   * Types text as one paste, and waits until it shows, so that a following Enter arrives on its own.
   * A field that has just appeared may not listen yet (Ink subscribes a moment after the first
   * frame; longer on a busy machine): if nothing of the text reached it, it is typed again.
   */
  async type(text: string): Promise<void> {
    // on the field's line ("› text"), not anywhere: hints often quote example answers
    const shown = (s: string) => s.includes(`› ${text}`);
    const fieldEmpty = (s: string) => /^› *$/m.test(s);
    for (let attempt = 1; ; attempt += 1) {
      this.term.write(text);
      try {
        await this.waitFor(shown, 2500);
        return;
      } catch {
        if (attempt >= 4 || !fieldEmpty(this.screen())) {
          await this.waitFor(shown, 10000);
          return;
        }
      }
    }
  }

  /**
   * Presses keys one at a time, each after the previous one showed an effect (or a short while):
   * on a busy machine keys written close together reach the program as one chunk, and Ink
   * reads a chunk as one keypress.
   */
  async step(...keys: string[]): Promise<void> {
    for (const key of keys) {
      const before = this.screen();
      this.term.write(key);
      await this.waitFor((s) => s !== before, 1500).catch(() => undefined);
      await sleep(20);
    }
  }

  kill(): void {
    try {
      this.term.kill();
    } catch {
      // already gone
    }
  }
}
