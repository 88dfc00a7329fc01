// Test helpers: render the three store documents for some facts, and read each one back with an
// independent parser (plist for the manifest, csv-parse for the CSV, plain text for the Markdown).
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parsePlist } from 'plist';
import { renderAppStorePrivacy } from '../../source/documents/apple/app-store-privacy.js';
import { renderPrivacyManifest } from '../../source/documents/apple/privacy-manifest.js';
import { documentContext } from '../../source/documents/compute.js';
import { renderPlayDataSafety } from '../../source/documents/google/play-data-safety.js';
import type { DocumentContext } from '../../source/documents/types.js';
import type { PolicyFacts } from '../../source/core/facts/types.js';
import { renderPolicy } from '../../source/core/render/policy.js';
import { APPLE_DATA_TYPES } from '../../source/core/store-labels/apple-types.js';
import { auditFacts, loadEngine } from '../../source/project.js';

export const engine = loadEngine();

export function contextFor(facts: PolicyFacts): DocumentContext {
  const location = { root: '/nowhere', dir: '/nowhere/privacy', dirName: 'privacy', answersPath: '/nowhere/privacy/answers.json' };
  return documentContext({ facts, audit: auditFacts(engine, facts), engine, today: facts.today, lastUpdated: facts.today, format: 'markdown', location, policyFile: 'privacy-policy.md' });
}

export interface Manifest {
  NSPrivacyTracking: boolean;
  NSPrivacyTrackingDomains: string[];
  NSPrivacyCollectedDataTypes: { NSPrivacyCollectedDataType: string; NSPrivacyCollectedDataTypeLinked: boolean; NSPrivacyCollectedDataTypeTracking: boolean; NSPrivacyCollectedDataTypePurposes: string[] }[];
  NSPrivacyAccessedAPITypes: unknown[];
}

export interface Rendered {
  markdown: string;
  plistText: string;
  manifest: Manifest;
  csvText: string;
  csv: string[][];
  policy: string;
}

export function renderAll(facts: PolicyFacts): Rendered {
  const ctx = contextFor(facts);
  const plistText = renderPrivacyManifest(ctx);
  const csvText = renderPlayDataSafety(ctx);
  return {
    markdown: renderAppStorePrivacy(ctx),
    plistText,
    manifest: parsePlist(plistText) as unknown as Manifest,
    csvText,
    csv: parseCsv(csvText) as string[][],
    policy: renderPolicy(facts, { lastUpdated: facts.today }),
  };
}

const appleByLabel = new Map(APPLE_DATA_TYPES.map((t) => [t.label, t.key]));

/** Apple data types in app-store-privacy.md's tables, as manifest keys, with the answers they cite. */
export function markdownTypes(markdown: string): { key: string; from: string[] }[] {
  return [...markdown.matchAll(/^\| ([^|]+?) \| Yes \| [^|]+ \| [^|]+ \| [^|]+ \| (.+) \|$/gm)].map((m) => {
    const key = appleByLabel.get(m[1]!);
    if (!key) throw new Error(`app-store-privacy.md names an unknown Apple data type: ${m[1]}`);
    return { key, from: m[2]!.split('; ') };
  });
}

/** Play data types the CSV marks as collected or shared. */
export const csvTypes = (csv: string[][]): string[] => csv.filter((r) => r[0]!.startsWith('PSL_DATA_TYPES_') && r[2] === 'true').map((r) => r[1]!);

/** The data category labels listed under the policy's "What we collect". */
export function policyCategories(policy: string): string[] {
  const section = /^## What we collect\n([\s\S]*?)(?=^## )/m.exec(policy)?.[1] ?? '';
  // A table row per kind of data (`| **Label**: items | ...`) since issue 11; a list item before.
  return [...section.matchAll(/^(?:- |\| )\*\*(.+?)(?:\.)?\*\*/gm)].map((m) => m[1]!.replace(/\.$/, ''));
}
