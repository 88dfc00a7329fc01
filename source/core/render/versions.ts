// Policy versions: every change of the policy text gets a dated entry with a one-line summary of
// what changed, kept in the answers file (GDPR Art. 13(3) and WP260 rev.01 paras 29-31; CalOPPA
// §22575(b)(4); reference rows GDPR-13-3-CHANGE and CALOPPA-VERSIONS).
import type { PolicyVersion } from '../answers/types.js';

/** The heading of the section that lists the versions; it is left out when comparing texts. */
export const CHANGES_HEADING = 'Changes to this policy';

/** The policy's `## ` sections by heading, without the dates, the contents list and the version list. */
export function sectionsOf(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of body.split(/^(?=## )/m)) {
    const m = /^## (.+)\n([\s\S]*)$/.exec(part);
    if (!m) continue;
    const heading = m[1]!.trim();
    if (heading === 'Contents' || heading === CHANGES_HEADING) continue;
    sections.set(heading, m[2]!.trim());
  }
  return sections;
}

/** "Updated: Who we share it with; where we process your data. Added: Your rights in Canada." */
export function describeChange(before: string | undefined, after: string, sections: (body: string) => Map<string, string> = sectionsOf): string {
  if (before === undefined) return 'First version.';
  const old = sections(before);
  const now = sections(after);
  const added = [...now.keys()].filter((h) => !old.has(h));
  const removed = [...old.keys()].filter((h) => !now.has(h));
  const updated = [...now.keys()].filter((h) => old.has(h) && old.get(h) !== now.get(h));
  const part = (verb: string, headings: string[]) => (headings.length ? `${verb}: ${headings.join('; ')}.` : '');
  const text = [part('Updated', updated), part('Added', added), part('Removed', removed)].filter(Boolean).join(' ');
  return text || 'Wording and layout.';
}

/**
 * The versions after a change of the text on `date`. A second change on the same day updates that
 * day's entry (one version a day), keeping a summary the user wrote and adding what changed since.
 */
export function recordVersion(versions: PolicyVersion[], date: string, summary: string): PolicyVersion[] {
  const last = versions[versions.length - 1];
  if (last && last.date === date) {
    const merged = last.summary === summary || summary === 'First version.' ? last.summary : mergeSummaries(last.summary, summary);
    return [...versions.slice(0, -1), { date, summary: merged }];
  }
  return [...versions, { date, summary }];
}

const SEED_SUMMARY = 'Earlier version (written before this policy kept a record of its changes).';

function mergeSummaries(a: string, b: string): string {
  if (a === 'First version.') return a;
  // a seeded record says nothing of the text: what changed today says more
  if (a === SEED_SUMMARY) return b;
  const parts = (s: string) => [...s.matchAll(/(Updated|Added|Removed): ([^.]+)\./g)].map((m) => [m[1]!, m[2]!.split('; ')] as const);
  const known = parts(a);
  if (known.length === 0) return a; // written by the user: keep it
  const byVerb = new Map<string, string[]>();
  for (const [verb, headings] of [...known, ...parts(b)]) byVerb.set(verb, [...new Set([...(byVerb.get(verb) ?? []), ...headings])]);
  return ['Updated', 'Added', 'Removed'].filter((v) => byVerb.has(v)).map((v) => `${v}: ${byVerb.get(v)!.join('; ')}.`).join(' ');
}

/** The version record for a policy written before versions were kept: its date is all we know. */
export function seedVersions(existingDate: string | undefined): PolicyVersion[] {
  return existingDate ? [{ date: existingDate, summary: SEED_SUMMARY }] : [];
}
