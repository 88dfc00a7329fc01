import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeOutputs } from '../../../source/project.js';
import { openSession, type Session } from '../../../source/ui/session.js';

export const keys = {
  enter: '\r',
  esc: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  pageDown: '\u001B[6~',
  pageUp: '\u001B[5~',
  end: '\u001B[F',
  space: ' ',
} as const;

/** Lets Ink handle what was written and React run its effects. */
export const tick = async (ms = 0) => {
  await new Promise<void>((resolve) => setTimeout(resolve, ms));
  await new Promise<void>((resolve) => setImmediate(resolve));
};

/** Writes each key with a macrotask between them, so Ink sees separate keypresses. */
export async function press(stdin: { write(data: string): void }, ...sequence: string[]): Promise<void> {
  for (const key of sequence) {
    stdin.write(key);
    await tick(key === keys.esc ? 20 : 5);
  }
}

/** Polls lastFrame() until it contains `text`. */
export async function waitForText(lastFrame: () => string | undefined, text: string, timeout = 3000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (frame.includes(text)) return frame;
    if (Date.now() > until) throw new Error(`"${text}" never appeared in:\n${frame}`);
    await tick(10);
  }
}

/** Waits until a mock has been called. */
export async function called(fn: { mock: { calls: unknown[][] } }, timeout = 3000): Promise<unknown[]> {
  const until = Date.now() + timeout;
  while (fn.mock.calls.length === 0) {
    if (Date.now() > until) throw new Error('expected a call that never came');
    await tick(10);
  }
  return fn.mock.calls.at(-1) ?? [];
}

/** A project using Stripe and Sentry, and a session on it (real question bank and catalog; profile in a temp folder). */
export async function demoSession(files: Record<string, string> = {}): Promise<Session> {
  const root = mkdtempSync(join(tmpdir(), 'pw-ui-'));
  process.env.PRIVACY_WIZARD_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'pw-ui-config-'));
  const all: Record<string, string> = {
    'package.json': JSON.stringify(
      { name: 'acme-notes', homepage: 'https://notes.example', dependencies: { stripe: '^17.0.0', '@sentry/node': '^8.0.0' } },
      null,
      2,
    ),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const session = await openSession({ cwd: root });
  return { ...session, today: '2026-11-23' };
}

/** Outputs for the session's saved answers. */
export const outputsOf = (session: Session) =>
  computeOutputs(session.engine, session.store.file, session.location, { today: session.today, scan: session.scan });
