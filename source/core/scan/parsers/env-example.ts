import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

/** .env.example and friends: the keys (values are placeholders; commented-out keys are not in use). */
export const parseEnvExample: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(raw)?.[1];
    if (key) found.push({ kind: 'env', name: key, line });
  }
  return found;
};
