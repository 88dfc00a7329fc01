// docs/coverage.md must be current and must leave no reference row unaccounted for.
// Regenerate it with `npm run coverage`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { obligations, rules } from '../../source/core/audit/rules/index.js';
import { coverageLines, renderCoverage } from '../../source/core/coverage/coverage-table.js';
import { expandId, parseReferenceRows } from '../../source/core/coverage/reference-rows.js';

const root = join(import.meta.dirname, '..', '..');
const referencePath = join(root, 'docs', 'reference', 'legal-checklist.md');
const coveragePath = join(root, 'docs', 'coverage.md');

function filesUnder(dir: string, suffix: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => suffix.test(f))
    .map((f) => join(dir, f));
}

function inputs() {
  const templates: Record<string, string[]> = {};
  for (const file of filesUnder(join(root, 'outputs'), /\.eta$/)) {
    const match = /covers:\s*([^*]+)\*\//.exec(readFileSync(file, 'utf8'));
    if (match?.[1]) templates[relative(root, file)] = match[1].split(',').map((s) => s.trim()).filter(Boolean).flatMap(expandId);
  }
  const tests: Record<string, string> = {};
  for (const file of filesUnder(join(root, 'test'), /\.test\.tsx?$/)) {
    if (file.endsWith('coverage.test.ts')) continue;
    tests[relative(root, file)] = readFileSync(file, 'utf8');
  }
  const notes: Record<string, string> = {};
  for (const file of filesUnder(join(root, 'docs', 'coverage'), /\.ya?ml$/)) {
    Object.assign(notes, parse(readFileSync(file, 'utf8')) as Record<string, string>);
  }
  return { rows: parseReferenceRows(readFileSync(referencePath, 'utf8')), rules, obligations, templates, tests, notes };
}

describe('coverage of the legal reference', () => {
  test('the copy of the reference matches the shared one', () => {
    const shared = join(root, '..', 'shared', 'reference', 'legal-checklist.md');
    if (!existsSync(shared)) return; // a clone without shared/ beside it uses the copy as is
    expect(readFileSync(referencePath, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  test('the reference parses into its rows, consistency checks included', () => {
    const ids = parseReferenceRows(readFileSync(referencePath, 'utf8')).map((r) => r.id);
    expect(ids).toContain('GDPR-13-1-a');
    expect(ids).toContain('REG-7011-e1-D/E/F');
    expect(ids).toContain('C-46');
    expect(ids.filter((id) => id.startsWith("C-"))).toHaveLength(46);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('no reference row is left unaccounted for', () => {
    const open = coverageLines(inputs())
      .filter((l) => l.rules.length === 0 && l.templates.length === 0 && !l.note)
      .map((l) => l.row.id);
    expect(open).toEqual([]);
  });

  test('docs/coverage.md is current (npm run coverage regenerates it)', () => {
    const text = renderCoverage(coverageLines(inputs()));
    if (process.env.UPDATE_COVERAGE) writeFileSync(coveragePath, text);
    expect(existsSync(coveragePath) ? readFileSync(coveragePath, 'utf8') : '').toBe(text);
  });
});
