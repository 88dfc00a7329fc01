import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Templates are searched only in their first 512 KiB: snippets sit near the top, and huge files are generated. */
export const TEMPLATE_READ_LIMIT = 512 * 1024;

/** A manifest larger than this is not a hand-written dependency list; it is skipped rather than parsed. */
export const MANIFEST_SIZE_LIMIT = 5 * 1024 * 1024;

/**
 * A file as UTF-8 up to `limit` bytes: longer files are cut there ('truncate') or skipped ('skip').
 * Undefined when the file cannot be read (removed or unreadable while scanning).
 * Synchronous on purpose: for thousands of small files, promise-based reads spend most of their
 * time hopping to the thread pool (measured 8x slower on a 5,000-file repository).
 */
export function readText(path: string, limit: number, whenLonger: 'truncate' | 'skip'): string | undefined {
  const read = readTextOrReason(path, limit, whenLonger);
  return 'text' in read ? read.text : undefined;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** readText, but saying why a file was not read (too large, permission denied, …). */
export function readTextOrReason(path: string, limit: number, whenLonger: 'truncate' | 'skip'): { text: string } | { reason: string } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    if (size > limit && whenLonger === 'skip') return { reason: `larger than ${mib(limit)} (${mib(size)}), so not read` };
    const buffer = Buffer.allocUnsafe(Math.min(size, limit));
    const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
    return { text: buffer.toString('utf8', 0, bytesRead) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'EACCES' || code === 'EPERM' ? `cannot be read: permission denied (${code})` : `cannot be read (${code ?? (error as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
