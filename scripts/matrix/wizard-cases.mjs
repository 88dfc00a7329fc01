// Matrix cases for the interactive wizard, driven in a real pseudo-terminal (class 7: the
// answers file changes while the wizard has it open; opening and quitting changes nothing).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cliEnv } from './harness.mjs';

const ANSI = /\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B\][^\u0007]*\u0007|\u001B[()][0-9A-B]/g;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs the wizard in a pty; `steps(t)` drives it. Resolves like runCli, stdout being the plain screen text. */
async function inPty(ctx, steps, env = {}, size = { cols: 100, rows: 30 }) {
  const { default: pty } = await import('@lydell/node-pty');
  const started = Date.now();
  const e = { ...cliEnv({ NO_COLOR: undefined }), TERM: 'xterm-256color', ...env };
  delete e.CI;
  const term = pty.spawn(process.execPath, [CLI, '--cwd', ctx.root], { ...size, env: e });
  let output = '';
  term.onData((d) => (output += d));
  const exited = new Promise((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const plain = () => output.replace(ANSI, '').replace(/\r/g, '');
  const t = {
    plain,
    write: (s) => term.write(s),
    async waitFor(re, ms = 20_000) {
      const until = Date.now() + ms;
      while (!re.test(plain())) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${re}`);
        await sleep(40);
      }
    },
  };
  let failure;
  try {
    await steps(t);
  } catch (error) {
    failure = error;
  }
  const code = await Promise.race([exited, sleep(20_000).then(() => (term.kill('SIGKILL'), 'hung'))]);
  const text = plain();
  // the pty merges stdout and stderr; raw colour codes are the terminal's, so only the plain text is judged
  ctx.raw = output;
  return { code: failure ? `driver: ${failure.message}` : code, signal: null, stdout: '', stderr: text, ms: Date.now() - started, timedOut: code === 'hung' };
}

const welcome = /Review what changed|Revisit a section/;

/** Opens the wizard, goes to the first open question, changes the file under it, then answers. */
function changedUnder(name, change, expectFile, quick = false) {
  return {
    quick,
    id: `wizard:changed-under:${name}`,
    cls: 'C7 file changed under the wizard',
    title: `answers.json ${name} while the wizard is open; then an answer is given`,
    run: (ctx) =>
      inPty(ctx, async (t) => {
        await t.waitFor(welcome);
        await sleep(300);
        t.write('\r');
        // the first open question, whatever it is (its footer offers esc back)
        await t.waitFor(/esc back/);
        await sleep(300);
        ctx.textField = /^› +$/m.test(t.plain().split('esc back').slice(-2)[0] ?? '');
        change(ctx);
        ctx.changedTo = existsSync(ctx.answersPath) ? readFileSync(ctx.answersPath, 'utf8') : undefined;
        t.write('Acme Trading');
        await sleep(300);
        t.write('\r');
      }),
    expect: { code: 2, colour: true, answersMayBeInvalid: true, changes: [/^privacy\/answers\.unsaved-.*\.json$/, ...(expectFile ? ['privacy/answers.json'] : [])], stderr: /while privacy-wizard had it open/ },
    noMessage: true,
    check: (ctx) => {
      const now = existsSync(ctx.answersPath) ? readFileSync(ctx.answersPath, 'utf8') : undefined;
      if (now !== ctx.changedTo) return ['the wizard overwrote the answers file another program had changed'];
      const side = readdirSync(ctx.privacy).find((n) => n.startsWith('answers.unsaved-'));
      if (!side) return ['the typed answer was not kept in a side file'];
      return [ctx.textField && !readFileSync(join(ctx.privacy, side), 'utf8').includes('Acme Trading') && 'the side file lacks the typed answer'];
    },
  };
}

export function wizardCases() {
  const edit = (ctx, fn) => writeFileSync(ctx.answersPath, fn(readFileSync(ctx.answersPath, 'utf8')));
  return [
    changedUnder('truncated', (ctx) => edit(ctx, (t) => t.slice(0, 100)), true, true),
    changedUnder('given an unknown key', (ctx) => edit(ctx, (t) => t.replace('{', '{"extra": 1,')), true),
    changedUnder('deleted', (ctx) => rmSync(ctx.answersPath), true),
    changedUnder('given schemaVersion 999', (ctx) => edit(ctx, (t) => t.replace(/"schemaVersion": \d+/, '"schemaVersion": 999')), true),
    changedUnder('edited by another program', (ctx) => edit(ctx, (t) => t.replace('Brightnote, Inc.', 'Brightnote GmbH')), true),
    {
      id: 'wizard:open-and-quit',
      cls: 'C15 messages',
      title: 'opening the wizard and quitting (q) changes no file',
      run: (ctx) =>
        inPty(ctx, async (t) => {
          await t.waitFor(welcome);
          await sleep(400);
          t.write('q');
        }),
      expect: { code: [0, 130], colour: true },
      quick: true,
    },
    ...[
      ['tiny terminal (30x8)', {}, { cols: 30, rows: 8 }],
      ['NO_COLOR', { NO_COLOR: '1' }, undefined],
      ['TERM=dumb', { TERM: 'dumb' }, undefined],
    ].map(([name, env, size]) => ({
      id: `wizard:${name}`,
      cls: 'B2 environment',
      title: `the wizard in a ${name}: opens, quits, changes nothing`,
      run: (ctx) =>
        inPty(
          ctx,
          async (t) => {
            await t.waitFor(/privacy-wizard/);
            await sleep(1500);
            t.write('q');
            await sleep(500);
            t.write('\u0003');
          },
          env,
          size,
        ),
      expect: { code: [0, 130], colour: true },
      check: (ctx) => [env.NO_COLOR && /\u001b\[(?:3[0-7]|9[0-7]|38;|4[0-7]|10[0-7])[;m\d]/.test(ctx.raw) && 'colours printed although NO_COLOR is set'],
    })),
    {
      id: 'wizard:open-and-ctrl-c',
      cls: 'C15 messages',
      title: 'opening the wizard and pressing Ctrl+C changes no file; exit 130',
      run: (ctx) =>
        inPty(ctx, async (t) => {
          await t.waitFor(welcome);
          await sleep(400);
          t.write('\u0003');
        }),
      expect: { code: 130, colour: true },
    },
    {
      id: 'wizard:broken-json',
      cls: 'C8 file-field-fix',
      title: 'the wizard opened on a broken answers file',
      setup: (ctx) => writeFileSync(ctx.answersPath, '{"schemaVersion": 2,'),
      run: (ctx) => inPty(ctx, async () => undefined),
      expect: { code: 2, colour: true, stderr: /not valid JSON[\s\S]*fix:/ },
      noMessage: true,
    },
    {
      id: 'wizard:future-version',
      cls: 'B5 schema versions and ids',
      setup: (ctx) => edit(ctx, (t) => t.replace(/"schemaVersion": \d+/, '"schemaVersion": 999')),
      run: (ctx) => inPty(ctx, async () => undefined),
      expect: { code: 2, colour: true, stderr: /newer privacy-wizard[\s\S]*fix:/ },
      noMessage: true,
    },
    {
      id: 'wizard:wrong-type',
      cls: 'C2 wrong types',
      title: 'the wizard opened on a wrong-typed answer',
      setup: (ctx) => edit(ctx, (t) => t.replace(/"value": \[\s*"eea"[^\]]*\]/, '"value": "eea"')),
      run: (ctx) => inPty(ctx, async () => undefined),
      expect: { code: 2, colour: true, stderr: /answers\.audience\.regions\.value/ },
      noMessage: true,
    },
  ];
}
