// Real parsers as oracles for the matrix: a Docusaurus page must compile with @mdx-js/mdx and
// hold no code of the user's (ESM, JSX, expressions other than our marker comments); a policy
// rendered with marked (GFM) must turn no typed URL or email into a link and hold no raw HTML.
import { compile, createProcessor } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';

const withoutFrontMatter = (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

function mdxCode(text) {
  const found = [];
  const walk = (node) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node.type);
    // our marker and item ids are MDX comments: {/* … */}
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\/\*[\s\S]*\*\/$/.test(node.value.trim())) found.push(`${node.type} {${node.value.slice(0, 40)}}`);
    for (const child of node.children ?? []) walk(child);
  };
  walk(createProcessor().parse(text));
  return found;
}

/** Problems of the Docusaurus policy and checklist in `dir`. */
export async function mdxProblems(dir) {
  const problems = [];
  for (const name of ['privacy-policy.md', 'checklist.md']) {
    const text = withoutFrontMatter(readFileSync(join(dir, name), 'utf8'));
    try {
      await compile(text);
    } catch (error) {
      problems.push(`${name} does not compile as MDX: ${String(error.message).split('\n')[0]}`);
      continue;
    }
    for (const node of mdxCode(text)) problems.push(`${name}: user text became MDX code (${node})`);
  }
  return problems;
}

/** Problems of a Markdown file rendered with GFM: links whose target matches `typed`, raw HTML tags. */
export function gfmProblems(path, typed) {
  const html = marked.parse(readFileSync(path, 'utf8'), { gfm: true, async: false });
  const problems = [];
  // an email address in typed prose becomes a mail link by design (source/core/render/markdown-escape.ts); web addresses stay text
  for (const m of html.matchAll(/<a href="([^"]*)"/g)) if (typed.test(m[1]) && !/^mailto:[^\s@<>()[\]"]+@[^\s@<>()[\]"]+$/.test(m[1])) problems.push(`typed text became a link: ${m[1]}`);
  if (/<script|<b>|<img/i.test(html)) problems.push('raw HTML from typed text');
  return problems;
}

/** Counts of the Markdown structure of a file (marked, GFM) and its front-matter keys. */
export function structureOf(text) {
  const counts = {};
  const add = (type, n = 1) => (counts[type] = (counts[type] ?? 0) + n);
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) add('front-matter key', front[1].split('\n').filter((l) => /^[A-Za-z_][\w-]*:/.test(l)).length);
  const body = front ? text.slice(front[0].length) : text;
  const walk = (tokens) => {
    for (const t of tokens ?? []) {
      add(t.type);
      if (t.type === 'table') add('table row', t.rows.length);
      if (t.type === 'list') walk(t.items);
      walk(t.tokens);
      if (t.type === 'table') for (const row of [t.header, ...t.rows]) for (const cell of row) walk(cell.tokens);
    }
  };
  walk(marked.lexer(body, { gfm: true }));
  delete counts.text;
  delete counts.space;
  delete counts.paragraph;
  delete counts.escape;
  return counts;
}

/** The kinds of structure `after` has more of than `before`. */
export function moreStructure(before, after) {
  return Object.keys(after)
    .filter((type) => after[type] > (before[type] ?? 0))
    .map((type) => `${type}: ${before[type] ?? 0} -> ${after[type]}`);
}
