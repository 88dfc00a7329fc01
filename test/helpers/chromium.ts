// Headless Chromium from the system (Debian's chromium or chromium-headless-shell), driven from
// its command line: --dump-dom runs a page's scripts and prints the DOM, --screenshot saves a PNG.
// No browser download and no driver library: the binary is all the test needs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser to use: $CHROMIUM_PATH if set, else the first system binary found; undefined if none. */
export function findChromium(): string | undefined {
  const forced = process.env.CHROMIUM_PATH;
  if (forced) return existsSync(forced) ? forced : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

// This machine has no network: background services would only fail to connect, many times a start.
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--hide-scrollbars', '--force-device-scale-factor=1',
  // paint everything before the screenshot is taken (without it, a loaded machine can capture a half-painted page)
  '--run-all-compositor-stages-before-draw',
];

function runChromium(binary: string, args: string[], page: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'pw-chromium-'));
  try {
    const result = spawnSync(binary, [...FLAGS, `--user-data-dir=${profile}`, ...args, pathToFileURL(page).href], {
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`${binary} exited ${result.status ?? result.signal}: ${result.stderr.slice(-2000)}`);
    return result.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page's DOM after its scripts ran, in a window `width` CSS pixels wide. */
export function dumpDom(binary: string, page: string, width: number, height = 900, flags: string[] = []): string {
  return runChromium(binary, [...flags, `--window-size=${width},${height}`, '--virtual-time-budget=5000', '--dump-dom'], page);
}

/** Blink's setting for a reader whose system is in dark mode (PreferredColorScheme::kDark is 0). */
export const DARK_MODE = '--blink-settings=preferredColorScheme=0';

/** A PNG of the top of the page at `width` x `height`. */
export function screenshot(binary: string, page: string, out: string, width: number, height: number): void {
  runChromium(binary, [`--window-size=${width},${height}`, '--virtual-time-budget=5000', `--screenshot=${out}`], page);
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
