import { DUE, type AuditResult, type Task } from '../audit/types.js';
import type { PolicyFacts } from '../facts/types.js';
import { loadPhrases, renderTemplate } from './engine.js';
import { sentence, upperFirst } from './format.js';

/** An id as written in `<!-- id: ... -->`: nothing that could end the comment. */
const commentId = (id: string) => id.replace(/[^A-Za-z0-9._:-]/g, '-').replace(/-{2,}/g, '-');

const ITEM = /^\s*- \[([ xX])\] .*<!-- id: ([^\s]+) -->\s*$/;

/** Ids of the items ticked in an earlier checklist. */
export function tickedIds(previous: string | undefined): Set<string> {
  const ticked = new Set<string>();
  for (const line of previous?.split('\n') ?? []) {
    const m = ITEM.exec(line);
    if (m && m[1] !== ' ') ticked.add(m[2]!);
  }
  return ticked;
}

/**
 * The checklist in Markdown: one `- [ ]` item per task, grouped by when it is due, each
 * with its stable id, citation and (for ongoing tasks) cadence. Items ticked in
 * `options.previous` stay ticked; items whose id is gone are dropped.
 */
export function renderChecklist(audit: AuditResult, facts: PolicyFacts, options: { previous?: string }): string {
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
  return renderTemplate('checklist', {
    product: facts.product.name,
    laws,
    errors: audit.counts.error,
    warnings: audit.counts.warning,
    groups,
  });
}
