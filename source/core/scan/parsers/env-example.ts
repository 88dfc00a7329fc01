import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { FRAMEWORK_ENV_PREFIX } from '../catalog-index.js';
import { numberedLines } from '../text-lines.js';

// A commented-out assignment of an UPPER_CASE key ("# SENTRY_DSN="): an optional integration the
// template documents. Lower-case or prose comments ("# set foo=bar") are not keys.
const COMMENTED_KEY = /^\s*#+\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=/;

// A 1Password secret reference, "op://<vault>/<item>/[<section>/]<field>": the item is where the
// team keeps that vendor's credentials ("op://changelog/neon/server").
const SECRET_REFERENCE = /^\s*["']?op:\/\/([^/\s"']+)\/([^/\s"']+)\//;

// A paragraph of the template that introduces a sign-in provider ("# Discord sign-in provider",
// "# Google SSO", "# Log in with GitLab").
const SIGN_IN_NOTE = /\bsign[- ]?(in|on)\b|\blog[- ]?in\b|\bsso\b/i;
// The keys of an OAuth app: under such a note they configure the sign-in, not the vendor's other APIs.
const OAUTH_APP_KEY = /^([A-Z][A-Z0-9]*)_(?:OAUTH_)?(?:CLIENT_ID|CLIENT_SECRET|TENANT_ID)$/;

/**
 * .env.example and friends: the keys (values are placeholders); commented-out keys are reported
 * as optional. A key whose value is a 1Password reference also names the reference's item as the
 * vendor when the key itself is generic (DB_HOST="op://app/neon/server"): a key that names its
 * item (PIPEDREAM_TOKEN="op://app/pipedream/token") says no more than the key alone.
 */
export const parseEnvExample: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  // the comments of the current paragraph (lines since the last blank one)
  let note = '';
  for (const { line, text: raw } of numberedLines(text)) {
    if (raw.trim() === '') {
      note = '';
      continue;
    }
    const assignment = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(raw);
    if (assignment) {
      const key = assignment[1]!;
      const reference = SECRET_REFERENCE.exec(assignment[2]!);
      const item = reference?.[2];
      const vendor = item && !keyNamesItem(key, item) ? item : undefined;
      const provider = signInProvider(key, note);
      found.push({
        kind: 'env',
        name: key,
        line,
        ...(vendor ? { vendor, vendorEvidence: `op://${reference![1]}/${item}` } : {}),
        ...(provider ? { signIn: provider } : {}),
      });
      continue;
    }
    const commented = COMMENTED_KEY.exec(raw)?.[1];
    if (commented) {
      const provider = signInProvider(commented, note);
      found.push({ kind: 'env', name: commented, line, optional: true, confidence: 'name', ...(provider ? { signIn: provider } : {}) });
    }
    else if (/^\s*#/.test(raw)) note += `${raw}\n`;
  }
  return found;
};

/** The provider of an OAuth app key (AZURE of AZURE_CLIENT_ID) in a paragraph about signing in. */
function signInProvider(key: string, note: string): string | undefined {
  return SIGN_IN_NOTE.test(note) ? OAUTH_APP_KEY.exec(key.toUpperCase().replace(FRAMEWORK_ENV_PREFIX, ''))?.[1] : undefined;
}

/** Whether the key's words include the item's first word: AWS_ACCESS_KEY_ID and "aws.stats". */
function keyNamesItem(key: string, item: string): boolean {
  const first = item.split(/[^A-Za-z0-9]+/).find(Boolean)?.toUpperCase();
  return !first || key.toUpperCase().split('_').includes(first);
}
