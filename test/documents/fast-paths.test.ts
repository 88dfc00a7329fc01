// The shortcuts that make `check` and `generate` faster give what the plain code they replace gives
// (issue 12): the checklist's comment ids, the Play CSV built from parts quoted once, the hash of a
// text hashed before, and line ends left alone in a file that has no CR.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { commentId } from '../../source/core/render/checklist.js';
import { escapeFully, escapeMarkdown, markdownLink } from '../../source/core/render/markdown-escape.js';
import { PLAY_HEADER, playFormRows } from '../../source/core/store-labels/google-form.js';
import { playAnswers, renderPlayDataSafety } from '../../source/documents/google/play-data-safety.js';
import { factsFor } from '../../source/project.js';
import { composeGenerated, hashOf, parseGenerated, untick, withoutCarriageReturns } from '../../source/store/generated-file.js';
import { readAnswersFile } from '../../source/store/read-answers.js';
import { contextFor, engine } from './store-labels-helpers.js';

/** commentId as it was before its ASCII shortcut. */
function commentIdReference(id: string): string {
  const safe = id.normalize('NFC').replace(/[^\p{L}\p{N}._:-]/gu, '-').replace(/-{2,}/g, '-');
  if (safe === id) return id;
  return `${safe.replace(/-$/, '')}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

describe('checklist comment ids', () => {
  // ids are mostly ASCII: draw from the characters that matter to the shortcut, plus a few others
  const piece = fc.constantFrom('a', 'Z', '0', '9', '.', '_', ':', '-', '--', ' ', '/', 'é', 'e\u0301', '微', '\n', '>', '*');
  const id = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

  test('are what the Unicode rule gives, for any id', () => {
    fc.assert(
      fc.property(fc.oneof(id, fc.string(), fc.string({ unit: 'grapheme' })), (value) => {
        expect(commentId(value)).toBe(commentIdReference(value));
      }),
      { numRuns: 2000 },
    );
  });

  test.each(['gdpr.dpa:stripe', 'a--b', 'a-', '-', '', 'Acme CRM', 'ok_1.2:3'])('%j', (value) => {
    expect(commentId(value)).toBe(commentIdReference(value));
  });
});

describe('escaping a typed value', () => {
  // plain words and everything escaping looks at: block markers, entities, autolinks, MDX keywords, spaces
  const piece = fc.constantFrom('a', 'Word', 'e.g.', '1', '12', '.', ')', ',', ';', '!', '?', "'", '"', '(', '/', '%', '-', '+', '=', '#', ':', '//', '@', '&', '&lt;', '<', '{', '~', '*', '_', '[', ']', '|', '$', '`', '\\', ' ', '  ', '\t', '\n', 'www.', 'WWW.', 'mailto', 'import', 'export', 'é', '\u00a0', '\u0007', '\u202e');
  const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

  test('gives what the full escaping gives, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        expect(escapeMarkdown(value)).toBe(escapeFully(value, true));
        expect(markdownLink(value, 'https://a.example/')).toBe(`[${escapeFully(value, false)}](https://a.example/)`);
      }),
      { numRuns: 3000 },
    );
  });
});

const fixtureDir = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith('.json') && f !== 'incomplete.json');
const factsOf = (name: string) => factsFor(engine, readAnswersFile(`${fixtureDir}${name}`)!, '2026-12-04');

describe('the Play Data safety CSV', () => {
  /** The file as the renderer wrote it before its rows were quoted once per process. */
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const reference = (name: string) => {
    const values = playAnswers(factsOf(name));
    const line = (r: ReturnType<typeof playFormRows>[number]) => [r.question, r.response, values.get(`${r.question}|${r.response}`) ?? '', r.requirement, r.label].map(field).join(',');
    return [PLAY_HEADER.map(field).join(','), ...playFormRows().map(line)].join('\n') + '\n';
  };

  test('is the same text for every example, rendered in any order', () => {
    const order = [...fixtures, ...[...fixtures].reverse()];
    for (const name of order) expect(renderPlayDataSafety(contextFor(factsOf(name))), name).toBe(reference(name));
  });
});

describe('hashes of generated files', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  test('are SHA-256 of the text, whether it was hashed before or not', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('', 'a', 'a\n', '- [x] done\n')), { minLength: 1, maxLength: 20 }), (texts) => {
        for (const text of texts) expect(hashOf(text)).toBe(sha(text));
        for (const text of texts) expect(hashOf(text, untick)).toBe(sha(untick(text)));
      }),
    );
  });

  test('still tell a hand edit from a file in sync', () => {
    const body = 'The policy.\n';
    const file = composeGenerated('', body, '2026-12-04');
    expect(parseGenerated(file).handEdited).toBe(false);
    expect(parseGenerated(`${file}An edit.\n`).handEdited).toBe(true);
    expect(parseGenerated(file.replace(body, 'The policy!\n')).handEdited).toBe(true);
    expect(parseGenerated(file).handEdited).toBe(false);
  });
});

test('line ends: CRLF and CR become LF, a text without CR is left as it is', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', ' ', 'é'), { maxLength: 30 }).map((p) => p.join('')), (text) => {
      expect(withoutCarriageReturns(text)).toBe(text.replace(/\r\n?/g, '\n'));
    }),
  );
});
