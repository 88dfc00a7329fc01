// Fault injection on the write path: short writes, ENOSPC, EIO, a size that does not match,
// symlinks, folders, read-only folders, a real full disk (tmpfs, root only), kill -9 during
// a write and concurrent writers. In every failure the old file is byte-for-byte unchanged
// and no temporary file is left behind.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../source/core/errors.js';
import { readGenerated } from '../../source/store/generated-file.js';
import { parseAnswersText } from '../../source/store/read-answers.js';
import { cleanStaleTemps, TEMP_TAG, writeFileSafely, type WriteFs } from '../../source/store/safe-write.js';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const folder = () => mkdtempSync(join(tmpdir(), 'pw-write-'));
const OLD = '{"old": true}\n';
const NEW = `${JSON.stringify({ new: 'x'.repeat(10_000) })}\n`;

function withOld(): { dir: string; path: string } {
  const dir = folder();
  const path = join(dir, 'answers.json');
  writeFileSync(path, OLD);
  return { dir, path };
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.includes(TEMP_TAG));

function failing(message: RegExp, run: () => void): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(message);
    return error as UsageError;
  }
  throw new Error('expected the write to fail');
}

describe('writeFileSafely', () => {
  it('writes every byte when the OS accepts only a few bytes per write (short writes)', () => {
    const { dir, path } = withOld();
    const shortFs: WriteFs = { ...fs, writeSync: (fd, buffer, offset, length, position) => fs.writeSync(fd, buffer, offset, Math.min(length, 7), position) };
    writeFileSafely(path, NEW, shortFs);
    expect(readFileSync(path, 'utf8')).toBe(NEW);
    expect(temps(dir)).toEqual([]);
  });

  it('ENOSPC in the middle of the data: exit-2 error saying the disk is full, old file untouched, no temp file', () => {
    const { dir, path } = withOld();
    let calls = 0;
    const fullFs: WriteFs = {
      ...fs,
      writeSync: (fd, buffer, offset, length, position) => {
        calls += 1;
        if (calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return fs.writeSync(fd, buffer, offset, Math.min(length, 4096), position);
      },
    };
    const error = failing(/disk is full \(ENOSPC\).*left unchanged/, () => writeFileSafely(path, NEW, fullFs));
    expect(error.details.file).toBe(path);
    expect(error.details.fix).toMatch(/free some disk space/);
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(temps(dir)).toEqual([]);
  });

  it('a write that reports 0 bytes is treated as a full disk, not an endless loop', () => {
    const { path } = withOld();
    failing(/disk is full/, () => writeFileSafely(path, NEW, { ...fs, writeSync: () => 0 }));
    expect(readFileSync(path, 'utf8')).toBe(OLD);
  });

  it('EIO on fsync and a size that does not match after the write both fail cleanly', () => {
    const { dir, path } = withOld();
    failing(/input\/output error \(EIO\)/, () =>
      writeFileSafely(path, NEW, { ...fs, fsyncSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } }),
    );
    failing(/wrote 3 of/, () => writeFileSafely(path, NEW, { ...fs, fstatSync: ((fd: number) => ({ ...fs.fstatSync(fd), size: 3 })) as typeof fs.fstatSync }));
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(temps(dir)).toEqual([]);
  });

  it('EROFS and EACCES on the rename name the cause and keep the old file', () => {
    const { path } = withOld();
    for (const code of ['EROFS', 'EACCES']) {
      failing(new RegExp(code), () => writeFileSafely(path, NEW, { ...fs, renameSync: () => { throw Object.assign(new Error(code), { code }); } }));
      expect(readFileSync(path, 'utf8')).toBe(OLD);
    }
  });

  it('refuses to write through a symbolic link; the file it points to is untouched', () => {
    const dir = folder();
    const outside = join(folder(), 'elsewhere.md');
    writeFileSync(outside, 'outside\n');
    symlinkSync(outside, join(dir, 'privacy-policy.md'));
    failing(/symbolic link/, () => writeFileSafely(join(dir, 'privacy-policy.md'), NEW));
    expect(readFileSync(outside, 'utf8')).toBe('outside\n');
  });

  it('a folder where the file should be is a clear error', () => {
    const dir = folder();
    mkdirSync(join(dir, 'privacy-policy.md'));
    failing(/is a folder/, () => writeFileSafely(join(dir, 'privacy-policy.md'), NEW));
  });

  it('keeps the mode of the file it replaces', () => {
    const { path } = withOld();
    chmodSync(path, 0o600);
    writeFileSafely(path, NEW);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('a read-only folder fails at once with EACCES (no retry loop); as root, checked as an unprivileged user', () => {
    const { dir, path } = withOld();
    chmodSync(dir, 0o555);
    try {
      const started = Date.now();
      const message = process.getuid?.() === 0 ? writeAsNobody(dir, path) : messageOf(() => writeFileSafely(path, NEW));
      expect(message).toMatch(/permission denied \(EACCES\).*left unchanged/);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(readFileSync(path, 'utf8')).toBe(OLD);
      expect(temps(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});

const messageOf = (run: () => void): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  return 'no error';
};

/**
 * Root may write anywhere, so as root (CI containers) the write runs in a child that first
 * drops to uid/gid 65534 (nobody) with Node's own process.setgid/setuid: no sudo or setpriv needed.
 */
function writeAsNobody(dir: string, path: string): string {
  const script = join(folder(), 'as-nobody.ts');
  writeFileSync(
    script,
    `import { writeFileSafely } from ${JSON.stringify(new URL('../../source/store/safe-write.ts', import.meta.url).pathname)};
     process.setgid(65534);
     process.setuid(65534);
     try { writeFileSafely(${JSON.stringify(path)}, 'new'); console.log('no error'); } catch (error) { console.log(error.message); }`,
  );
  const bundle = script.replace(/\.ts$/, '.mjs');
  buildSync({ entryPoints: [script], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  chmodSync(join(bundle, '..'), 0o755);
  chmodSync(bundle, 0o644);
  // nobody must be able to reach the folder to be refused by its mode, not by a parent's
  for (let at = dir; at !== tmpdir() && at !== '/'; at = join(at, '..')) chmodSync(at, statSync(at).mode | 0o005);
  const run = spawnSync(process.execPath, [bundle], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

describe('stale temporary files', () => {
  it('removes temp files of dead processes and old atomically leftovers, keeps live ones and other files', () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, `answers.json${TEMP_TAG}${dead}-abc`), 'partial');
    writeFileSync(join(dir, `answers.json${TEMP_TAG}${process.pid}-live`), 'in progress');
    const legacy = join(dir, 'answers.json.tmp-1764650000abc123');
    writeFileSync(legacy, 'partial');
    utimesSync(legacy, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    writeFileSync(join(dir, 'notes.tmp-mine'), 'user file');
    expect(cleanStaleTemps(dir).sort()).toEqual([`answers.json${TEMP_TAG}${dead}-abc`, 'answers.json.tmp-1764650000abc123'].sort());
    expect(readdirSync(dir).sort()).toEqual([`answers.json${TEMP_TAG}${process.pid}-live`, 'notes.tmp-mine'].sort());
  });

  it('generate cleans the temp files a killed run left in privacy/', () => {
    const root = projectWithAnswers('saas');
    writeFileSync(join(root, 'privacy', `answers.json${TEMP_TAG}999999999-zz`), '{"half');
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    expect(temps(join(root, 'privacy'))).toEqual([]);
  });
});

describe('processes', () => {
  const WRITER = `
    import { writeFileSafely } from ${JSON.stringify(new URL('../../source/store/safe-write.ts', import.meta.url).pathname)};
    const [path, size] = process.argv.slice(-2);
    for (let i = 0; ; i++) writeFileSafely(path, String(i % 10).repeat(Number(size)) + '\\n');
  `;

  it('kill -9 during writes: the file is always a complete old or new version', async () => {
    const dir = folder();
    const path = join(dir, 'answers.json');
    const size = 2_000_000;
    writeFileSync(path, `${'0'.repeat(size)}\n`);
    const script = join(dir, 'writer.ts');
    writeFileSync(script, WRITER);
    // the child runs plain Node, so the writer is bundled from the TypeScript source first
    const bundle = join(dir, 'writer.mjs');
    buildSync({ entryPoints: [script], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
    for (let round = 0; round < 5; round += 1) {
      const child = spawn(process.execPath, [bundle, path, String(size)], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 150 + round * 70));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const text = readFileSync(path, 'utf8');
      expect(text.length).toBe(size + 1);
      expect(new Set(text.trimEnd())).toHaveProperty('size', 1);
    }
    expect(cleanStaleTemps(dir).length).toBeGreaterThanOrEqual(0);
    expect(temps(dir)).toEqual([]);
  }, 60_000);

  it('three generate runs at the same time: each succeeds or refuses to overwrite a file another changed; the files stay complete', async () => {
    const root = projectWithAnswers('saas');
    const { CLI } = await import('../helpers/cli.js');
    const once = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'generate', '--cwd', root], { env: { ...process.env, PRIVACY_WIZARD_TODAY: '2026-11-23' } });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.once('exit', (code) => resolve({ code, stderr }));
      });
    const runs = await Promise.all([once(), once(), once()]);
    expect(runs.some((r) => r.code === 0)).toBe(true);
    // generate records the policy's versions in answers.json: a run that finds it changed by another run stops (exit 2) instead of overwriting it
    for (const r of runs.filter((r) => r.code !== 0)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/changed by another program|while privacy-wizard had it open/);
    }
    expect(() => parseAnswersText(readFileSync(join(root, 'privacy', 'answers.json'), 'utf8'), 'answers.json')).not.toThrow();
    runCli(['generate', '--cwd', root]);
    expect(runCli(['check', '--cwd', root]).stdout).not.toMatch(/edited by hand|out of date/);
    expect(temps(join(root, 'privacy'))).toEqual([]);
  }, 60_000);
});

// A real full disk: a 64 KiB tmpfs (needs root to mount; skipped otherwise).
const mountPoint = join(tmpdir(), `pw-tmpfs-${process.pid}`);
const canMount = (() => {
  if (process.getuid?.() !== 0 || process.platform !== 'linux') return false;
  mkdirSync(mountPoint, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status === 0;
})();
afterAll(() => {
  if (canMount) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe.skipIf(!canMount)('a real full disk (tmpfs)', () => {
  it('generate fails with exit 2 and a disk-full message; answers.json is the old or a complete new file, never cut', () => {
    const root = join(mountPoint, 'project');
    const source = projectWithAnswers('saas');
    mkdirSync(join(root, 'privacy'), { recursive: true });
    const answers = readFileSync(join(source, 'privacy', 'answers.json'));
    writeFileSync(join(root, 'privacy', 'answers.json'), answers);
    // fill the disk up to 4 KiB free
    const free = () => Number(spawnSync('df', ['-B1', '--output=avail', mountPoint], { encoding: 'utf8' }).stdout.trim().split('\n')[1]);
    writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(Math.max(0, free() - 4096)));
    const run = runCli(['generate', '--cwd', root, '--format', 'jekyll']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/disk is full \(ENOSPC\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // answers.json is the old file, or (generate records the policy's versions first) a complete new one
    const after = readFileSync(join(root, 'privacy', 'answers.json'));
    if (!after.equals(answers)) expect(() => parseAnswersText(after.toString('utf8'), 'answers.json')).not.toThrow();
    // a policy, if one got written before the disk filled up, is complete (its hash matches)
    const policy = readGenerated(join(root, 'privacy', 'privacy-policy.md'));
    if (policy) expect(policy.handEdited).toBe(false);
    expect(temps(join(root, 'privacy'))).toEqual([]);
  });
});
