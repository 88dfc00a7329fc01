// Writing a user's file so that it is either complete or untouched: every byte is written
// (short writes are retried), flushed to disk, its size checked, and only then renamed
// over the old file. Any failure removes the temporary file, leaves the old file as it
// was and becomes a UsageError (exit 2) that says what happened and what to do.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/errors.js';

/** The file-system calls the write path uses; tests replace them to inject faults. */
export interface WriteFs {
  openSync: typeof nodeFs.openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => number;
  fsyncSync: typeof nodeFs.fsyncSync;
  closeSync: typeof nodeFs.closeSync;
  fstatSync: typeof nodeFs.fstatSync;
  renameSync: typeof nodeFs.renameSync;
  unlinkSync: typeof nodeFs.unlinkSync;
  lstatSync: typeof nodeFs.lstatSync;
}

const realFs: WriteFs = nodeFs;

/** Marks our temporary files; `cleanStaleTemps` removes the ones a killed run left behind. */
export const TEMP_TAG = '.pw-tmp-';

/** Temporary name beside the target: `answers.json.pw-tmp-<pid>-<random>`. */
function tempPath(path: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(dirname(path), `${basename(path)}${TEMP_TAG}${process.pid}-${random}`);
}

/** Throws the UsageError of writeFileSafely when `path` is a symbolic link (or a folder). */
export function refuseLink(path: string): void {
  checkTarget(path, realFs);
}

/** Refuses a target that is a symbolic link (it could point outside the project) or a folder. */
function checkTarget(path: string, fs: WriteFs): number | undefined {
  let stat: nodeFs.Stats;
  try {
    stat = fs.lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw writeError(path, error);
  }
  if (stat.isSymbolicLink()) {
    throw new UsageError('refusing to write through a symbolic link (it may point outside the project)', {
      file: path,
      fix: 'replace the link with a regular file (or delete it) and run the command again; use --dir to write somewhere else',
    });
  }
  if (stat.isDirectory()) {
    throw new UsageError('the path of a file privacy-wizard writes is a folder', {
      file: path,
      fix: 'move or rename the folder, then run the command again',
    });
  }
  return stat.mode & 0o777;
}

/** Writes `data` to `path` completely or not at all (see the file comment). */
export function writeFileSafely(path: string, data: string | Uint8Array, fs: WriteFs = realFs): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const mode = checkTarget(path, fs) ?? 0o644;
  const temp = tempPath(path);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    let offset = 0;
    while (offset < bytes.length) {
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset, offset);
      if (!(written > 0)) throw Object.assign(new Error('no bytes written (disk full?)'), { code: 'ENOSPC' });
      offset += written;
    }
    fs.fsyncSync(fd);
    const size = fs.fstatSync(fd).size;
    if (size !== bytes.length) {
      throw Object.assign(new Error(`wrote ${size} of ${bytes.length} bytes`), { code: 'EIO', detail: `wrote ${size} of ${bytes.length} bytes` });
    }
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // never created, or already gone
    }
    throw writeError(path, error);
  }
  syncFolder(dirname(path));
}

/** Makes the rename durable; not every platform can open a folder, so failures are ignored. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = nodeFs.openSync(dir, 'r');
    nodeFs.fsyncSync(fd);
  } catch {
    // best effort (Windows cannot fsync a folder)
  } finally {
    if (fd !== undefined) nodeFs.closeSync(fd);
  }
}

const REASONS: Record<string, { why: string; fix: string }> = {
  ENOSPC: { why: 'the disk is full', fix: 'free some disk space and run the command again' },
  EDQUOT: { why: 'the disk quota is exceeded', fix: 'free some space in your quota and run the command again' },
  EIO: { why: 'the disk reported an input/output error', fix: 'check the disk, then run the command again' },
  EACCES: { why: 'permission denied', fix: 'make the folder and the file writable for your user (or pass --dir), then run the command again' },
  EPERM: { why: 'the operation is not permitted', fix: 'make the folder and the file writable for your user (or pass --dir), then run the command again' },
  EROFS: { why: 'the file system is read-only', fix: 'run the command where the project folder is writable, or pass --dir' },
  ENOTDIR: { why: 'a part of the path is a file, not a folder', fix: 'rename the file that is in the way, or pass --dir' },
  EISDIR: { why: 'the path is a folder', fix: 'move or rename the folder, then run the command again' },
  ENOENT: { why: 'the folder does not exist', fix: 'create the folder or pass --dir, then run the command again' },
  EFBIG: { why: 'the file is larger than this process may write (a file-size limit such as ulimit -f)', fix: 'raise the file-size limit (ulimit -f unlimited) or free space, then run the command again' },
  EBUSY: { why: 'the file is in use by another program', fix: 'close the program that holds it, then run the command again' },
};

/** A write failure as a UsageError; the old file is untouched, and the message says so. */
export function writeError(path: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code];
  const detail = (error as { detail?: string }).detail;
  const why = reason ? `${reason.why} (${code}${detail ? `: ${detail}` : ''})` : (error as Error).message;
  return new UsageError(`could not write the file: ${why}; the file on disk was left unchanged`, {
    file: path,
    fix: reason?.fix ?? 'check that the folder is writable and has free space, then run the command again',
  });
}

/** Creates a folder for the outputs, reporting a failure as a UsageError. */
export function ensureFolder(dir: string): void {
  try {
    nodeFs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new UsageError('the folder for the answers and outputs is a file', {
        file: dir,
        fix: 'rename or remove that file, or pass --dir to use another folder',
      });
    }
    throw writeError(dir, error);
  }
  let stat: nodeFs.Stats;
  try {
    stat = nodeFs.statSync(dir);
  } catch (error) {
    throw writeError(dir, error);
  }
  if (!stat.isDirectory()) {
    throw new UsageError('the folder for the answers and outputs is a file', {
      file: dir,
      fix: 'rename or remove that file, or pass --dir to use another folder',
    });
  }
}

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** atomically's temporary names (`file.tmp-<digits><random>`), left by versions that used it. */
const LEGACY_TEMP = /\.tmp-\d{10}[0-9a-z]{6}$/;
const LEGACY_AGE_MS = 60_000;

/**
 * Removes temporary files a killed run of ours left in `dir` (next to answers.json or the
 * outputs), so they are not committed by accident. Files of runs still alive are kept.
 * Returns the names removed.
 */
export function cleanStaleTemps(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const at = name.indexOf(TEMP_TAG);
    let stale = false;
    if (at > 0) {
      const pid = Number(/^(\d+)-/.exec(name.slice(at + TEMP_TAG.length))?.[1]);
      stale = Number.isInteger(pid) && pid > 0 && !isAlive(pid);
    } else if (LEGACY_TEMP.test(name)) {
      try {
        stale = now - nodeFs.lstatSync(join(dir, name)).mtimeMs > LEGACY_AGE_MS;
      } catch {
        stale = false;
      }
    }
    if (!stale) continue;
    try {
      if (nodeFs.lstatSync(join(dir, name)).isFile()) {
        nodeFs.unlinkSync(join(dir, name));
        removed.push(name);
      }
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
