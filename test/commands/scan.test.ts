import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlobalOptions } from '../../source/cli.js';
import { scanCommand } from '../../source/commands/scan.js';
import { packageRoot } from '../../source/core/paths.js';
import type { ScanResult } from '../../source/core/scan/types.js';
import { FIXTURES, tempProject } from '../core/scan/helpers.js';

const WEB = join(FIXTURES, 'projects', 'web');
const CLI = join(packageRoot(), 'dist', 'cli.js');
const run = promisify(execFile);

function options(extra: Partial<GlobalOptions>): GlobalOptions {
  return { cwd: WEB, force: false, json: false, demo: false, ...extra };
}

/** Runs scanCommand in-process, returning its exit code and everything it wrote to stdout. */
async function captureScan(extra: Partial<GlobalOptions>): Promise<{ code: number; stdout: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const code = await scanCommand(options(extra));
    return { code, stdout: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

// Stripe is the shipped catalog's steadiest entry; the fixture proves it by an env key and a script tag.
describe('scanCommand', () => {
  it('prints each service with its category and file:line evidence, and exits 0', async () => {
    const { code, stdout } = await captureScan({});
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Found \d+ third-party services? in .*web:$/m);
    expect(stdout).toContain('  Stripe  [Payments]\n    .env.example:3  STRIPE_SECRET_KEY\n    index.html:16  js.stripe.com/v3\n');
    expect(stdout).toMatch(/^Read \d+ files\.$/m);
  });

  it('marks dev-only services and lists unrecognised SDKs for review, one line per vendor scope', async () => {
    const root = tempProject({
      'package.json': JSON.stringify(
        { devDependencies: { stripe: '1', '@acme/analytics-kit': '1', '@acme/analytics-web': '1' } },
        null,
        2,
      ),
    });
    const { code, stdout } = await captureScan({ cwd: root });
    expect(code).toBe(0);
    expect(stdout).toContain('  Stripe  [Payments, dev only]\n    package.json:3  stripe  (dev)\n');
    expect(stdout).toContain(
      '(please review):\n  @acme/analytics-kit (+1 more: @acme/analytics-web)  package.json:4  npm, name contains "analytics" (dev)\n',
    );
  });

  it('says so when nothing is found', async () => {
    const { code, stdout } = await captureScan({ cwd: tempProject({ 'README.md': '# hi' }) });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No known third-party services found in /);
    expect(stdout).not.toContain('please review');
  });

  it('with --json prints exactly one JSON document: the ScanResult', async () => {
    const { code, stdout } = await captureScan({ json: true });
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ScanResult;
    const stripe = result.services.find((s) => s.serviceId === 'stripe');
    expect(stripe?.evidence).toEqual([
      { file: '.env.example', line: 3, kind: 'env', match: 'STRIPE_SECRET_KEY' },
      { file: 'index.html', line: 16, kind: 'html', match: 'js.stripe.com/v3' },
    ]);
    expect(stripe?.category).toBe('payments');
    expect(result.filesRead).toContain('index.html');
  });

  it('throws a UsageError naming a --cwd that does not exist', async () => {
    await expect(scanCommand(options({ cwd: '/nonexistent/pw-scan' }))).rejects.toMatchObject({
      name: 'UsageError',
      details: { file: '/nonexistent/pw-scan', field: '--cwd' },
    });
  });
});

describe('privacy-wizard scan (built CLI)', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  });

  it('--json writes only JSON on stdout, nothing on stderr, and exits 0', async () => {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'scan', '--json', '--cwd', WEB]);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as ScanResult;
    expect(result.services.map((s) => s.serviceId)).toContain('stripe');
  });

  it('exits 2 with an error naming a bad --cwd; stdout holds one {ok: false} document', async () => {
    const failure = await run(process.execPath, [CLI, 'scan', '--json', '--cwd', '/nonexistent/pw-scan']).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(JSON.parse(failure?.stdout ?? '')).toMatchObject({ ok: false, error: { field: '--cwd', file: '/nonexistent/pw-scan' } });
    expect(failure?.stderr).toContain('/nonexistent/pw-scan');
    expect(failure?.stderr).toContain('--cwd');
  });
});
