import { readdirSync, readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../../source/core/paths.js';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { slug } from '../../../source/core/render/format.js';
import { answersOf, factsFrom, loadAnswersFixture } from '../../helpers/facts.js';

const partials = readdirSync(dataPath('outputs', 'policy')).filter((f) => f.endsWith('.eta'));
const policyTemplate = readFileSync(dataPath('outputs', 'policy.eta'), 'utf8');
const COVERS = /^<%\/\* covers: ([A-Za-z0-9.,/ -]+) \*\/%>$/;

describe('policy templates', () => {
  it('each partial declares the reference rows it covers on its first line', () => {
    for (const file of partials) {
      const first = readFileSync(dataPath('outputs', 'policy', file), 'utf8').split('\n')[0]!;
      const m = COVERS.exec(first);
      expect(m, file).not.toBeNull();
      for (const id of m![1]!.split(', ')) expect(id, file).toMatch(/^[A-Z][A-Za-z0-9.]*(-[A-Za-z0-9./]+)*$/);
    }
  });

  it('policy.eta includes every partial exactly once (directly, or through the one partial it belongs to)', () => {
    // A sentence-sized partial (breach.eta inside security.eta) is included by its section's partial.
    const all = [policyTemplate, ...partials.map((f) => readFileSync(dataPath('outputs', 'policy', f), 'utf8'))].join('\n');
    for (const file of partials) expect(all.split(`'/policy/${file.replace(/\.eta$/, '')}'`), file).toHaveLength(2);
  });

  it('never mention the Privacy Shield or "continued use" acceptance', () => {
    for (const file of partials) {
      const text = readFileSync(dataPath('outputs', 'policy', file), 'utf8');
      expect(text, file).not.toMatch(/privacy shield|continued use|continuing to use/i);
    }
  });
});

describe('every example product', () => {
  const fixtures = readdirSync(new URL('../../fixtures/answers/', import.meta.url)).filter((f) => f.endsWith('.json'));

  it.each(fixtures)('%s renders a complete, well-formed policy', (file) => {
    const policy = renderPolicy(factsFrom(answersOf(loadAnswersFixture(file.replace(/\.json$/, '')))), { lastUpdated: '2026-11-23' });
    expect(policy.startsWith('# Privacy Policy\n')).toBe(true);
    expect(policy).not.toMatch(/undefined|NaN|\[object |\{\{contents\}\}/);
    expect(policy).not.toMatch(/\n{3,}|[ \t]+\n/);
    const headings = [...policy.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    const links = [...policy.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    const anchors = new Set([...policy.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1]!)));
    for (const link of links) expect(anchors, link).toContain(link);
    expect(headings).toContain('Your rights');
    expect(headings.at(-1)).toBe('Contact us');
    const html = marked.parse(policy, { async: false });
    expect(html).not.toMatch(/<(script|iframe|img|style)\b/);
  });
});
