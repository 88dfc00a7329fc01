import { maybeSpecial } from '../../../source/core/scan/manifests.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MultiMatcher } from '../../../source/core/scan/multi-matcher.js';

/** Every (needle, start) the matcher reports, sorted. */
function scanAll(needles: string[], text: string): string[] {
  const matcher = new MultiMatcher(needles.map((needle) => ({ needle, value: needle })));
  const bytes = Buffer.from(text, 'latin1');
  const hits: string[] = [];
  matcher.scan(bytes, bytes.length, (value, start) => hits.push(`${value}@${start}`));
  return hits.sort();
}

/** The same, one needle at a time with indexOf: what the one pass must equal. */
function naive(needles: string[], text: string): string[] {
  const lower = text.toLowerCase();
  const hits: string[] = [];
  for (const needle of new Set(needles)) {
    const n = needle.toLowerCase();
    for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + 1)) hits.push(`${needle}@${at}`);
  }
  return hits.sort();
}

describe('MultiMatcher (all catalog snippets and anchors in one pass)', () => {
  it('finds overlapping needles and needles inside other needles, ignoring ASCII case', () => {
    expect(scanAll(['cdn.segment.com', 'segment.com', 'env'], 'src="https://CDN.Segment.com/x" process.env.A')).toEqual(
      ['cdn.segment.com@13', 'env@40', 'segment.com@17'].sort(),
    );
  });

  it('reports nothing for a text without any needle, and stops at the given length', () => {
    expect(scanAll(['stripe'], 'nothing to see here')).toEqual([]);
    const matcher = new MultiMatcher([{ needle: 'stripe', value: 1 }]);
    const bytes = Buffer.from('js.stripe.com');
    const hits: number[] = [];
    matcher.scan(bytes, 5, (_, start) => hits.push(start));
    expect(hits).toEqual([]);
  });

  it('equals a search for each needle with indexOf, for any needles and text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '.', '/', '_');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 60 }), (needles, text) => {
        expect(scanAll(needles, text)).toEqual(naive(needles, text).flatMap((hit) => {
          // a needle listed twice is reported twice (one value each), as the scan's callers expect
          const needle = hit.slice(0, hit.lastIndexOf('@'));
          return Array(needles.filter((n) => n === needle).length).fill(hit);
        }).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('names that may be manifests (maybeSpecial, run on every file)', () => {
  const REGEX = /\.(exs|ya?ml|tf|txt|[cfv][sb]proj|toml|dockerfile|Dockerfile|op|env|example|sample|template|dist|tpl|tmpl|sh|bash)$|^(Dockerfile|Containerfile|Procfile|\.env)|^(docker-)?compose/;
  it('agrees with the pattern it replaces', () => {
    const part = fc.constantFrom('Dockerfile', 'Containerfile', 'Procfile', '.env', 'compose', 'docker-', '.', 'exs', 'yml', 'yaml', 'tf', 'txt', 'csproj', 'fsproj', 'vbproj', 'cbproj', 'xsproj', 'toml', 'dockerfile', 'a', 'proj', '-', 'TXT', 'op', 'env', 'example', 'sample', 'template', 'dist', 'tpl', 'tmpl', 'sh', 'bash', 'shx');
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
      const name = parts.join('');
      expect(maybeSpecial(name)).toBe(REGEX.test(name));
    }), { numRuns: 2000 });
  });
});
