import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of the installed package (where questions/, outputs/ and schema/ live).
 * Found by walking up from this module, because the bundle puts code in dist/ and
 * dist/chunks/ while tests run it from source/.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'privacy-wizard') {
          cached = dir;
          return dir;
        }
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('privacy-wizard: cannot find the package folder (package.json)');
    dir = parent;
  }
}

export const dataPath = (...parts: string[]): string => join(packageRoot(), ...parts);
