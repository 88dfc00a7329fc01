// Values a user typed cannot add markup to the HTML page: parsed as a browser parses it (parse5),
// the page has only allow-listed elements and attributes, no more elements of any kind than the
// same answers with plain words, and only in-page, http(s) and mailto links (and the cookie table's page beside it).
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../../source/core/answers/types.js';
import { computeOutputs, loadEngine } from '../../../source/project.js';
import { parseGenerated } from '../../../source/store/generated-file.js';
import { locate } from '../../../source/store/locate.js';
import { parseHtml } from '../../helpers/html.js';

fc.configureGlobal({ seed: Number(process.env.PW_FUZZ_SEED ?? 20261202) });

const engine = loadEngine();
const saas = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/answers/saas.json', import.meta.url)), 'utf8')) as AnswersFile;
const location = locate(mkdtempSync(join(tmpdir(), 'pw-html-')));

const PIECES = [
  'Acme', ' ', '\n', '#', '## Heading', '- ', '|', ' | --- |', '```', '`', '*', '_', '[', ']', '(', ')', '![x](https://cdn.example/x.png)',
  '[link](javascript:alert(1))', '<', '>', '<b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "'",
  '"', '<!--', '-->', '</title><script>alert(1)</script>', '</p></main><form>', '&lt;', '&#60;', '&', '<style>body{display:none}</style>', '<a href="javascript:alert(1)">x</a>', 'javascript:alert(1)',
  'https://evil.example/x', 'www.evil.example', 'mailto:a@b.c', 'evil@example.com', '<iframe src="https://evil.example">', '{{x}}', '\u202e', '\u0000', '\u001b[2J', '\u0007', '\r\n', 'مرحبا',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));

const textIds = Object.keys(saas.answers).filter((id) => ['text', 'list'].includes(engine.bank.byId.get(id)?.type ?? ''));

function withText(values: string[]): AnswersFile {
  const file = structuredClone(saas);
  let i = 0;
  const next = () => values[i++ % values.length]!;
  for (const id of textIds) file.answers[id]!.value = engine.bank.byId.get(id)!.type === 'list' ? [next(), next()] : next();
  for (const [id, entry] of Object.entries(file.answers)) {
    const question = engine.bank.byId.get(id);
    if (question?.type !== 'records' || typeof entry.value !== 'object' || Array.isArray(entry.value)) continue;
    for (const row of Object.values(entry.value)) {
      for (const field of question.fields ?? []) if (field.type === 'text' && typeof row[field.id] === 'string') row[field.id] = next();
    }
  }
  return file;
}
const blank = (text: string) => !/[\p{L}\p{N}]/u.test(text);
const plainFor = (values: string[]) => withText(values.map((v, i) => (blank(v) ? v : `Plain words ${String.fromCharCode(97 + i)}`)));

const page = (file: AnswersFile) => computeOutputs(engine, file, location, { today: '2026-11-23', format: 'html' }).policy.text;

const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'nav', 'h1', 'h2', 'h3', 'h4', 'p', 'a', 'strong', 'em', 'ul', 'ol', 'li', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'blockquote', 'hr', 'br', 'del']);
const ATTRS = new Set(['lang', 'charset', 'name', 'content', 'id', 'class', 'href', 'title', 'aria-label', 'aria-labelledby', 'role', 'tabindex', 'align']);

/** Elements by tag. An email address typed in prose is meant to become a mail link, so those are not counted. */
function tagCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of parseHtml(html).elements) {
    if (e.tag === 'a' && /^mailto:[^\s@<>()[\]"]+@[^\s@<>()[\]"]+$/.test(e.attrs.href ?? '')) continue;
    counts.set(e.tag, (counts.get(e.tag) ?? 0) + 1);
  }
  return counts;
}

describe('--format html with hostile answers', () => {
  it('has only allow-listed elements and attributes, no more elements than plain words, and safe links', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (values) => {
        const html = page(withText(values));
        const { elements, comments } = parseHtml(html);
        for (const e of elements) {
          expect(TAGS.has(e.tag), `element <${e.tag}>`).toBe(true);
          for (const name of Object.keys(e.attrs)) expect(ATTRS.has(name), `attribute ${name} on <${e.tag}>`).toBe(true);
          if (e.attrs.href !== undefined) expect(e.attrs.href).toMatch(/^(#[\p{L}\p{N}_-]+|https?:\/\/|mailto:|cookies\.html$)/u);
        }
        // the one comment is the generated-file marker: a value cannot open or close another
        expect(comments).toHaveLength(1);
        expect(comments[0]).toContain('privacy-wizard: generated file');
        const plain = tagCounts(page(plainFor(values)));
        for (const [tag, n] of tagCounts(html)) expect(n, `<${tag}> count`).toBeLessThanOrEqual(plain.get(tag) ?? 0);
        expect(parseGenerated(html).handEdited).toBe(false);
        expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('keeps the issue\'s payloads as visible text; a javascript: URL or a broken address is never a link', () => {
    const file = structuredClone(saas);
    file.answers['product.name'] = { value: '</title><script>alert("pwned")</script>', source: 'user' };
    file.answers['product.url'] = { value: 'javascript:alert(document.cookie)', source: 'user' };
    file.answers['org.email'] = { value: '"><svg onload=alert(1)>@evil.example', source: 'user' };
    const html = page(file);
    const { elements } = parseHtml(html);
    expect(elements.some((e) => e.tag === 'script')).toBe(false);
    expect(elements.find((e) => e.tag === 'title')?.text).toBe('</title><script>alert("pwned")</script> Privacy Policy');
    expect(elements.find((e) => e.tag === 'main')?.text).toContain('</title><script>alert("pwned")</script>');
    expect(elements.some((e) => e.tag === 'svg' || Object.keys(e.attrs).some((a) => a.startsWith('on')))).toBe(false);
    for (const a of elements.filter((e) => e.tag === 'a')) expect(a.attrs.href).not.toMatch(/javascript|evil/i);
  });
});
