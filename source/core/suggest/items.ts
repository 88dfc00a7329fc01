// The items of a per-item form (records): one per selected value of the
// questions named in `itemsFrom`, e.g. one per service used plus one per custom service.
import type { Question } from '../questions/types.js';
import { skippedFields } from '../answers/item-filters.js';
import { resolveChoices, type ChoiceContext } from './choices.js';

/** One item of a records question: its key in the answer and the label shown. */
export interface RecordItem {
  key: string;
  label: string;
  /** fields not asked for this item (Field.forItems), e.g. the kind of cookies of a service whose vendor states it */
  skip?: string[];
}

/** The items of a records question, in order, without duplicates. Free-text list answers are their own label. */
export function recordItems(question: Question, ctx: ChoiceContext): RecordItem[] {
  const items: RecordItem[] = [];
  const seen = new Set<string>();
  for (const id of question.itemsFrom ?? []) {
    const source = ctx.bank.byId.get(id);
    const value = ctx.answers[id];
    if (!source || !Array.isArray(value)) continue;
    const labels = new Map(resolveChoices(source, ctx).map((c) => [c.value, c.label]));
    for (const key of value) {
      const trimmed = key.trim();
      if (!trimmed || seen.has(trimmed)) continue;
      seen.add(trimmed);
      const skip = skippedFields(question.fields, trimmed, (id) => ctx.catalog.byId.get(id));
      items.push({ key: trimmed, label: labels.get(trimmed) ?? trimmed, ...(skip.length > 0 ? { skip } : {}) });
    }
  }
  return items;
}
