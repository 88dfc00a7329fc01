// Property-based tests over the answers file (fast-check). Two kinds of input:
//  1. arbitrary JSON, as the whole file and as answer values: reading it either succeeds or is
//     a UsageError naming the file and the fix (never another exception);
//  2. schema-valid files whose typed text carries Markdown, HTML, MDX, autolinks, front
//     matter, control characters, RTL, emoji and long runs: the outputs, parsed by real parsers
//     (marked with GFM; @mdx-js/mdx for --format docusaurus; yaml for the front matter), have no
//     more structure than the same files with plain words in those fields.
import { compile, createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { AnswersFile, OutputFormat } from '../../source/core/answers/types.js';
import { UsageError } from '../../source/core/errors.js';
import { computeOutputs, loadEngine } from '../../source/project.js';
import { parseGenerated, untick } from '../../source/store/generated-file.js';
import { locate } from '../../source/store/locate.js';
import { parseAnswersText } from '../../source/store/read-answers.js';

// A fixed seed keeps `npm test` reproducible; PW_FUZZ_SEED=random (or a number) explores further.
const seedEnv = process.env.PW_FUZZ_SEED;
fc.configureGlobal({ seed: seedEnv === 'random' ? Date.now() : Number(seedEnv ?? 20261202) });

const engine = loadEngine();
const saasText = readFileSync(fileURLToPath(new URL('../fixtures/answers/saas.json', import.meta.url)), 'utf8');
const saas = JSON.parse(saasText) as AnswersFile;
const location = locate(mkdtempSync(join(tmpdir(), 'pw-fuzz-')));
const PATH = '/project/privacy/answers.json';

/** The outcome of reading a file: checked contents, or the UsageError; anything else fails the test. */
function read(text: string): AnswersFile | UsageError {
  try {
    return parseAnswersText(text, PATH);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return error;
  }
}

function expectUsageError(error: UsageError): void {
  expect(error.details.file).toBe(PATH);
  expect(error.details.fix).toBeTruthy();
  expect(error.message.length).toBeGreaterThan(0);
}

// Pieces of hostile text, joined at random.
const PIECES = [
  'Acme', ' ', '\n', '\r\n', '\t', '#', '## Heading', '- ', '1. ', '* ', '> ', '|', ' | --- |', '---', '===', '```', '`', '~~', '~',
  '*', '_', '**', '[', ']', '(', ')', '![x](y)', '[link](https://evil.example)', '<', '>', '<b>', '<script>alert(1)</script>', '<!--', '-->',
  '&lt;', '&#60;', '&', '{', '}', '{/*', '*/}', '{1+1}', '<Foo />', 'import x from "y"', 'export const pwned = 1;', 'export default 1',
  'https://evil.example/x', 'http://a.b', 'www.evil.example', 'mailto:a@b.c', 'evil@example.com', 'ftp://x.y', '{{ site.title }}', '{% raw %}',
  '{{< shortcode >}}', '$x$', '\\', '\u0000', '\u0007', '\u0008', '\u001b[2J', '\u001b]0;PWNED\u0007', '\u007f', '\u009b', '\u202e', '\u2066',
  'مرحبا', 'שלום', '微信支付', 'Яндекс', '👩🏽‍💻', '🇪🇺', 'privacy-wizard: generated file;', 'sha256=', 'title: x', '\ufeff', '.', '...', ':', '"', "'",
];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const hostileOrLong = fc.oneof({ weight: 9, arbitrary: hostile }, { weight: 1, arbitrary: fc.constantFrom('a'.repeat(200_000), '. '.repeat(100_000), ` ${' '.repeat(100_000)}x`) });

/** Text and list questions answered in the fixture, and text fields of its per-item answers. */
const textIds = Object.keys(saas.answers).filter((id) => ['text', 'list'].includes(engine.bank.byId.get(id)?.type ?? ''));

function withText(values: string[]): AnswersFile {
  const file = structuredClone(saas);
  let i = 0;
  const next = () => values[i++ % values.length]!;
  for (const id of textIds) {
    const entry = file.answers[id]!;
    entry.value = engine.bank.byId.get(id)!.type === 'list' ? [next(), next()] : next();
  }
  for (const [id, entry] of Object.entries(file.answers)) {
    const question = engine.bank.byId.get(id);
    if (question?.type !== 'records' || typeof entry.value !== 'object' || Array.isArray(entry.value)) continue;
    for (const row of Object.values(entry.value)) {
      for (const field of question.fields ?? []) if (field.type === 'text' && typeof row[field.id] === 'string') row[field.id] = next();
    }
  }
  return file;
}

/** Counts of the Markdown structure marked (GFM) finds. */
function structure(markdown: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1) => (counts[key] = (counts[key] ?? 0) + n);
  const walk = (tokens: Token[] | undefined) => {
    for (const token of tokens ?? []) {
      // an email address typed in prose is meant to become a mail link (markdown-escape.ts): not structure of its own
      const mailLink = token.type === 'link' && /^mailto:[^\s@<>()[\]"]+@[^\s@<>()[\]"]+$/.test(token.href);
      if (!mailLink) add(token.type);
      if (token.type === 'table') {
        add('tableRow', token.rows.length);
        for (const cell of [...token.header, ...token.rows.flat()]) walk(cell.tokens);
      }
      if (token.type === 'list') for (const item of token.items) walk(item.tokens);
      if ('tokens' in token) walk(token.tokens as Token[]);
    }
  };
  walk(marked.lexer(markdown, { gfm: true }));
  return counts;
}

const STRUCTURE = ['heading', 'link', 'html', 'image', 'table', 'tableRow', 'list', 'list_item', 'code', 'codespan', 'hr', 'del', 'blockquote', 'strong', 'em'];

/** No user text created structure: every count is at most the plain-words run's. */
function expectNoMoreStructure(text: string, plain: string, label: string): void {
  const got = structure(text);
  const base = structure(plain);
  for (const key of STRUCTURE) expect(got[key] ?? 0, `${label}: ${key}`).toBeLessThanOrEqual(base[key] ?? 0);
}

function outputsFor(file: AnswersFile, format: OutputFormat) {
  return computeOutputs(engine, file, location, { today: '2026-11-23', format });
}

/** Docusaurus strips the front matter before MDX sees the page. */
const withoutFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const frontMatterOf = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];

const MDX_CODE = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];
function mdxNodes(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (MDX_CODE.includes(node.type)) counts[node.type] = (counts[node.type] ?? 0) + 1;
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(createProcessor().parse(text) as unknown as { type: string; children?: unknown[] });
  return counts;
}

const plainFile = withText(['Plain words']);
/** The same file with plain, distinct words where the hostile values were (same number of services). */
// A value that is blank once controls and spaces go stays blank there, so both runs leave out the same clauses.
// Text with no letter or digit is no answer to the product (facts), so the plain twin keeps it as it is.
const blank = (text: string) => !/[\p{L}\p{N}]/u.test(text);
const plainFor = (values: string[]) => withText(values.map((v, i) => (blank(v) ? v : `Plain words ${String.fromCharCode(97 + i)}`)));

describe('arbitrary JSON never crashes the reader', () => {
  it('as the whole file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 1, toolVersion: '0.1.0', answers: v }))), (text) => {
        const result = read(text);
        if (result instanceof UsageError) expectUsageError(result);
      }),
      { numRuns: 300 },
    );
  });

  it('as the value of any question (wrong types, prototype keys, nesting), and what is accepted renders', () => {
    const ids = engine.bank.questions.map((q) => q.id);
    const protoKeys = fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype');
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.array(protoKeys),
      protoKeys,
      fc.dictionary(protoKeys, fc.dictionary(protoKeys, fc.oneof(fc.string(), fc.array(protoKeys)))),
      fc.constant(JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ids), value, (id, v) => {
        const file = structuredClone(saas);
        file.answers[id] = { value: v as never, source: 'user' };
        const result = read(JSON.stringify(file));
        if (result instanceof UsageError) {
          expectUsageError(result);
          expect(result.details.field ?? '').toMatch(/^answers\./);
          return;
        }
        const outputs = outputsFor(result, 'markdown');
        expect(outputs.policy.text).not.toMatch(/function \w*\(\) \{ \[native code\] \}|\[object Object\]|undefined|NaN/);
      }),
      { numRuns: 250 },
    );
  });
});

describe('typed text never becomes structure in the outputs', () => {
  it('Markdown (GFM): no heading, link, HTML, table row, list item or emphasis of its own; marker intact; no control characters', () => {
    fc.assert(
      fc.property(fc.array(hostileOrLong, { minLength: 1, maxLength: 6 }), (values) => {
        const plain = outputsFor(plainFor(values), 'markdown');
        const file = withText(values);
        const result = read(JSON.stringify(file));
        if (result instanceof UsageError) return expectUsageError(result);
        const outputs = outputsFor(result, 'markdown');
        expectNoMoreStructure(outputs.policy.text, plain.policy.text, 'policy');
        expectNoMoreStructure(outputs.checklist.text, plain.checklist.text, 'checklist');
        expect(parseGenerated(outputs.policy.text).handEdited).toBe(false);
        expect(parseGenerated(outputs.checklist.text, untick).handEdited).toBe(false);
        expect(outputs.policy.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 40 },
    );
  });

  it('Jekyll and Hugo: the front matter keeps its keys; the body has no Liquid or shortcode braces', () => {
    for (const format of ['jekyll', 'hugo'] as const) {
      const keys = Object.keys(parseYaml(frontMatterOf(outputsFor(plainFile, format).policy.text)!) as object).sort();
      fc.assert(
        fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (values) => {
          const text = outputsFor(withText(values), format).policy.text;
          expect(Object.keys(parseYaml(frontMatterOf(text)!) as object).sort()).toEqual(keys);
          const braces = (t: string) => withoutFrontMatter(t).match(/\{\{|\{%/g)?.length ?? 0;
          expect(braces(text)).toBeLessThanOrEqual(braces(outputsFor(plainFor(values), format).policy.text));
        }),
        { numRuns: 25 },
      );
    }
  });

  it('Docusaurus (MDX): policy and checklist compile, and user text adds no ESM, expression or JSX', async () => {
    expect(mdxNodes(withoutFrontMatter(outputsFor(plainFile, 'docusaurus').policy.text)).mdxjsEsm ?? 0).toBe(0);
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 5 }), async (values) => {
        const plain = outputsFor(plainFor(values), 'docusaurus');
        const basePolicy = mdxNodes(withoutFrontMatter(plain.policy.text));
        const baseChecklist = mdxNodes(plain.checklist.text);
        const outputs = outputsFor(withText(values), 'docusaurus');
        const policy = withoutFrontMatter(outputs.policy.text);
        await compile(policy);
        await compile(outputs.checklist.text);
        const nodes = mdxNodes(policy);
        const checklistNodes = mdxNodes(outputs.checklist.text);
        for (const type of MDX_CODE) {
          expect(nodes[type] ?? 0, `policy ${type}`).toBeLessThanOrEqual(basePolicy[type] ?? 0);
          expect(checklistNodes[type] ?? 0, `checklist ${type}`).toBeLessThanOrEqual(baseChecklist[type] ?? 0);
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('the issue\'s MDX export payload in the legal name (no address, no email) stays text', async () => {
    const file = structuredClone(saas);
    file.answers['org.legalName'] = { value: "export const pwned = globalThis.console.log('ran'); //", source: 'user' };
    delete file.answers['org.address'];
    delete file.answers['org.email'];
    const outputs = outputsFor(file, 'docusaurus');
    const policy = withoutFrontMatter(outputs.policy.text);
    expect(mdxNodes(policy).mdxjsEsm ?? 0).toBe(0);
    const compiled = String(await compile(policy));
    // the text may appear inside a string literal of the compiled page, never as a statement of its own
    expect(compiled).not.toMatch(/^export const pwned/m);
    await compile(outputs.checklist.text);
  });
});

describe('checklist task ids', () => {
  it('custom services whose names collide after cleaning, or are not Latin, each keep their tasks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(hostile, fc.constantFrom('Acme CRM', 'Acme/CRM', 'Acme-CRM', 'Яндекс Метрика', '微信支付', 'Ålesund AS')), { minLength: 2, maxLength: 4 }), (names) => {
        const file = structuredClone(saas);
        file.answers['services.custom'] = { value: names, source: 'user' };
        const result = read(JSON.stringify(file));
        if (result instanceof UsageError) return expectUsageError(result);
        const outputs = outputsFor(result, 'markdown');
        const ids = [...outputs.checklist.text.matchAll(/<!-- id: (\S+) -->/g)].map((m) => m[1]!);
        expect(new Set(ids).size).toBe(ids.length);
        const distinctTasks = new Set(outputs.audit.tasks.map((t) => t.id)).size;
        expect(ids.length).toBe(distinctTasks);
      }),
      { numRuns: 30 },
    );
  });
});
