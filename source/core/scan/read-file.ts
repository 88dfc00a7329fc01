import { open } from 'node:fs/promises';

/** Templates are searched only in their first 512 KiB: snippets sit near the top, and huge files are generated. */
export const TEMPLATE_READ_LIMIT = 512 * 1024;

/** A manifest larger than this is not a hand-written dependency list; it is skipped rather than parsed. */
export const MANIFEST_SIZE_LIMIT = 5 * 1024 * 1024;

/**
 * A file as UTF-8 up to `limit` bytes: longer files are cut there ('truncate') or skipped ('skip').
 * Undefined when the file cannot be read (removed or unreadable while scanning).
 */
export async function readText(path: string, limit: number, whenLonger: 'truncate' | 'skip'): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > limit && whenLonger === 'skip') return undefined;
    const buffer = Buffer.allocUnsafe(Math.min(size, limit));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
