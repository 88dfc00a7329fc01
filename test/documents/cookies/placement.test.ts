// Where the cookie table is published (issue 14: "in the policy's cookie section or as privacy/cookies.md,
// the user chooses"): on its own page, linked from the policy, while the `cookies` document is written;
// in the policy's cookie section when the user unticks it. Never in both, never in neither.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AnswersFile } from '../../../source/core/answers/types.js';
import { cookieSectionMarkdown } from '../../../source/documents/cookies/markdown.js';
import { computeOutputs, loadEngine } from '../../../source/project.js';
import type { Location } from '../../../source/store/locate.js';
import { answersOf, factsFrom, loadAnswersFixture } from '../../helpers/facts.js';

const engine = loadEngine();

function place(): Location {
  const root = mkdtempSync(join(tmpdir(), 'pw-cookie-place-'));
  const dir = join(root, 'privacy');
  mkdirSync(dir);
  return { root, dir, dirName: 'privacy', answersPath: join(dir, 'answers.json') };
}

const section = (policy: string) => {
  const start = policy.indexOf('## Cookies and tracking');
  return policy.slice(start, policy.indexOf('\n## ', start + 3));
};

const saas = loadAnswersFixture('saas');
const withOwn = (file: AnswersFile, documents?: Record<string, boolean>): AnswersFile => ({
  ...file,
  ...(documents ? { documents } : {}),
  answers: {
    ...file.answers,
    'cookies.own': { value: ['session'], source: 'user' },
    'cookies.ownDetails': { value: { session: { kind: 'essential', purpose: 'Keeps you signed in', duration: 'Until you close the browser' } }, source: 'user' },
  },
});

describe('the cookie table is published once', () => {
  test('by default it is its own page, and the policy links to it instead of repeating it', () => {
    const out = computeOutputs(engine, withOwn(saas), place(), { today: '2026-12-03' });
    expect(out.documents.map((d) => d.id)).toContain('cookies');
    const cookies = section(out.policyMarkdown);
    expect(cookies).toContain('Our [cookie table](cookies.md) lists the cookies');
    expect(cookies).not.toContain('| Name | Provider |');
    expect(cookies).not.toContain('`session`');
  });

  test('unticked, cookies.md is not written and the policy carries the same table, by consent category', () => {
    const file = withOwn(saas, { cookies: false });
    const location = place();
    const out = computeOutputs(engine, file, location, { today: '2026-12-03' });
    expect(out.documents.map((d) => d.id)).not.toContain('cookies');
    expect(out.documents.map((d) => d.id)).toContain('cookies-json');
    const cookies = section(out.policyMarkdown);
    expect(cookies).not.toContain('cookies.md');
    const table = cookieSectionMarkdown(factsFrom(answersOf(file), '2026-12-03'), engine.catalog, '###');
    expect(table).toContain('### Strictly necessary');
    expect(cookies).toContain(table.trim());
    // the user's own cookie, in its category, with what the user said about it
    expect(cookies).toMatch(/### Strictly necessary[\s\S]*\| `session` \| Brightnote, Inc\. \| Keeps you signed in \| First party \(cookie\) \| Until you close the browser \|/);
    // the categories come in a banner's order and only under the section's own heading
    const headings = [...cookies.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings.indexOf('Strictly necessary')).toBeLessThan(headings.indexOf('Analytics'));
  });

  test('switching the choice changes the policy, so a policy written before is stale for check', () => {
    const location = place();
    const first = computeOutputs(engine, withOwn(saas), location, { today: '2026-12-03' });
    for (const f of first.files) writeFileSync(f.path, f.text);
    const moved = computeOutputs(engine, withOwn(saas, { cookies: false }), location, { today: '2026-12-04' });
    expect(moved.policy.changed).toBe(true);
    expect(moved.policy.existing?.handEdited).toBe(false);
  });

  test('a product that is not on the web gets neither the link nor the table', () => {
    const app: AnswersFile = { ...saas, answers: { ...saas.answers, 'product.kinds': { value: ['mobile'], source: 'user' } } };
    for (const documents of [undefined, { cookies: false }]) {
      const out = computeOutputs(engine, { ...app, ...(documents ? { documents } : {}) }, place(), { today: '2026-12-03' });
      expect(out.policyMarkdown).not.toContain('cookie table');
      expect(out.policyMarkdown).not.toContain('| Name | Provider |');
    }
  });
});
