import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

// A commented-out assignment of an UPPER_CASE key ("# SENTRY_DSN="): an optional integration the
// template documents. Lower-case or prose comments ("# set foo=bar") are not keys.
const COMMENTED_KEY = /^\s*#+\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=/;

/** .env.example and friends: the keys (values are placeholders); commented-out keys are reported as optional. */
export const parseEnvExample: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(raw)?.[1];
    if (key) {
      found.push({ kind: 'env', name: key, line });
      continue;
    }
    const commented = COMMENTED_KEY.exec(raw)?.[1];
    if (commented) found.push({ kind: 'env', name: commented, line, optional: true, confidence: 'name' });
  }
  return found;
};
