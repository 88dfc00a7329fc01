import { createHash } from 'node:crypto';
import { DUE, type AuditResult, type Task } from '../audit/types.js';
import type { PolicyFacts } from '../facts/types.js';
import { loadPhrases, renderTemplate } from './engine.js';
import { sentence, upperFirst } from './format.js';

const SAFE_ASCII = /^[A-Za-z0-9._:-]*$/;

/**
 * An id as written in the item's comment: letters (any script), digits and `._:-` only, so it
 * cannot end the comment. An id that had to change ("Acme CRM", "Acme/CRM", "微信支付") gets a
 * short hash of the original, so two different tasks never share an id, and the same task
 * keeps its id across runs.
 */
export function commentId(id: string): string {
  // Most ids are ASCII letters, digits and `._:-` without a double dash: they are their own comment id.
  // Checked first because the Unicode expression below costs ~6 ms to compile on its first use.
  if (SAFE_ASCII.test(id) && !id.includes('--')) return id;
  const safe = id.normalize('NFC').replace(/[^\p{L}\p{N}._:-]/gu, '-').replace(/-{2,}/g, '-');
  if (safe === id) return id;
  return `${safe.replace(/-$/, '')}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

/** Comment syntax around an item's id: HTML for Markdown, MDX for Docusaurus (MDX rejects HTML comments). */
export type CommentStyle = 'html' | 'mdx';

const ITEM = /^\s*- \[([ xX])\] .*(?:<!-- id: (\S+) -->|\{\/\* id: (\S+) \*\/\})\s*$/;

/** Ids of the items ticked in an earlier checklist. */
export function tickedIds(previous: string | undefined): Set<string> {
  const ticked = new Set<string>();
  for (const line of previous?.split('\n') ?? []) {
    const m = ITEM.exec(line);
    if (m && m[1] !== ' ') ticked.add((m[2] ?? m[3])!);
  }
  return ticked;
}

/**
 * The checklist in Markdown: one `- [ ]` item per task, grouped by when it is due, each
 * with its stable id, citation and (for ongoing tasks) cadence. Items ticked in
 * `options.previous` stay ticked; items whose id is gone are dropped.
 */
export function renderChecklist(audit: AuditResult, facts: PolicyFacts, options: { previous?: string; style?: CommentStyle }): string {
  const phrases = loadPhrases();
  const ticked = tickedIds(options.previous);
  const seen = new Set<string>();
  const unique = audit.tasks.filter((t) => {
    const id = commentId(t.id);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const item = (t: Task) => ({
    ...t,
    id: commentId(t.id),
    cadence: t.cadence ? sentence(upperFirst(t.cadence)) : undefined,
    done: ticked.has(commentId(t.id)),
  });
  const groups = DUE.map((due) => ({ title: phrases.due[due] ?? due, items: unique.filter((t) => t.due === due).map(item) })).filter((g) => g.items.length > 0);
  const laws = Object.entries(facts.laws)
    .filter(([, a]) => a.applies === true)
    .map(([id]) => phrases.laws[id] ?? id);
  const markdown = renderTemplate('checklist', {
    product: facts.product.name,
    laws,
    errors: audit.counts.error,
    warnings: audit.counts.warning,
    groups,
  });
  return options.style === 'mdx' ? markdown.replace(/<!-- id: (\S+) -->$/gm, '{/* id: $1 */}') : markdown;
}
