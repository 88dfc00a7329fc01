import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { noteParseProblem } from '../parse-problems.js';
import { TextLines, escapeRegExp } from '../text-lines.js';
import { commandWords } from './command-words.js';

const SECTIONS = [
  { key: 'dependencies', dev: false },
  { key: 'optionalDependencies', dev: false },
  { key: 'peerDependencies', dev: false },
  { key: 'devDependencies', dev: true },
];

// The project's own packages: never an unknown third-party SDK.
const LOCAL_SPEC = /^(workspace|file|link|portal):/;

// Type declarations only (@types/aws-lambda, discord-api-types, @cloudflare/workers-types): they
// type code that talks to a service, and send nothing anywhere themselves. As a dev dependency,
// which is where they belong, they name the service as a possibility, not as use.
const TYPES_ONLY = /^@types\/|-(types|typings)$/;

/** Whether an npm package holds type declarations only (a types-only import sends nothing either). */
export function isTypesOnlyPackage(name: string): boolean {
  return TYPES_ONLY.test(name);
}

/**
 * package.json: every dependency section, with `npm:` aliases resolved to the package they
 * install ("my-stripe": "npm:stripe@^17" is stripe), and the commands its scripts run (a
 * "deploy": "vercel --prod" script deploys to Vercel). Workspace packages are found by the walker and read alike.
 */
export const parsePackageJson: ManifestParser = (text) => {
  const manifest = parseJsonObject(text, true);
  if (!manifest) return [];
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  for (const { key, dev } of SECTIONS) {
    const section = objectAt(manifest, key);
    if (!section) continue;
    // Search from the section's key so a name listed in two sections gets each one's line.
    const sectionStart = Math.max(0, lines.offsetOf(new RegExp(`"${escapeRegExp(key)}"\\s*:`)));
    for (const [name, spec] of Object.entries(section)) {
      const line = lines.lineOf(new RegExp(`"${escapeRegExp(name)}"\\s*:`), sectionStart, lines.lineAt(sectionStart));
      const version = typeof spec === 'string' ? spec.trim() : '';
      const alias = /^npm:((?:@[^/@\s]+\/)?[^@\s]+)/.exec(version)?.[1];
      const installed = alias ?? name;
      found.push({
        kind: 'npm',
        name: installed,
        line,
        ...(dev ? { dev } : {}),
        ...(LOCAL_SPEC.test(version) ? { internal: true } : {}),
        ...(dev && TYPES_ONLY.test(installed) ? { confidence: 'name' as const } : {}),
      });
    }
  }
  const scripts = objectAt(manifest, 'scripts');
  if (scripts) {
    const from = Math.max(0, lines.offsetOf(/"scripts"\s*:/));
    for (const [name, command] of Object.entries(scripts)) {
      if (typeof command !== 'string') continue;
      const line = lines.lineOf(new RegExp(`"${escapeRegExp(name)}"\\s*:`), from, lines.lineAt(from));
      for (const word of commandWords(command)) found.push({ kind: 'cli', name: word, line, internal: true });
    }
  }
  return found;
};

/** The package's own name, so that other workspaces depending on it are not reported as unknown SDKs. */
export function packageJsonName(text: string): string | undefined {
  const name = parseJsonObject(text)?.name;
  return typeof name === 'string' ? name : undefined;
}

function objectAt(manifest: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = manifest[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The JSON object in `text`; when `report`, a broken file is noted so the scan lists it as skipped. */
export function parseJsonObject(text: string, report = false): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    if (report) noteParseProblem('does not hold a JSON object');
    return undefined;
  } catch (error) {
    if (report) noteParseProblem(`not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}
