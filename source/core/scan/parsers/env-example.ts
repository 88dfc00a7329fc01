import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

// A commented-out assignment of an UPPER_CASE key ("# SENTRY_DSN="): an optional integration the
// template documents. Lower-case or prose comments ("# set foo=bar") are not keys.
const COMMENTED_KEY = /^\s*#+\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=/;

// A 1Password secret reference, "op://<vault>/<item>/[<section>/]<field>": the item is where the
// team keeps that vendor's credentials ("op://changelog/neon/server").
const SECRET_REFERENCE = /^\s*["']?op:\/\/([^/\s"']+)\/([^/\s"']+)\//;

/**
 * .env.example and friends: the keys (values are placeholders); commented-out keys are reported
 * as optional. A key whose value is a 1Password reference also names the reference's item as the
 * vendor when the key itself is generic (DB_HOST="op://app/neon/server"): a key that names its
 * item (PIPEDREAM_TOKEN="op://app/pipedream/token") says no more than the key alone.
 */
export const parseEnvExample: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(raw);
    if (assignment) {
      const key = assignment[1]!;
      const reference = SECRET_REFERENCE.exec(assignment[2]!);
      const item = reference?.[2];
      const vendor = item && !keyNamesItem(key, item) ? item : undefined;
      found.push({ kind: 'env', name: key, line, ...(vendor ? { vendor, vendorEvidence: `op://${reference![1]}/${item}` } : {}) });
      continue;
    }
    const commented = COMMENTED_KEY.exec(raw)?.[1];
    if (commented) found.push({ kind: 'env', name: commented, line, optional: true, confidence: 'name' });
  }
  return found;
};

/** Whether the key's words include the item's first word: AWS_ACCESS_KEY_ID and "aws.stats". */
function keyNamesItem(key: string, item: string): boolean {
  const first = item.split(/[^A-Za-z0-9]+/).find(Boolean)?.toUpperCase();
  return !first || key.toUpperCase().split('_').includes(first);
}
