// Resolves where a question's choices come from: inline, a vocabulary list, the
// service catalog (detected services first), or the selected answers of another question.
import type { Answers } from '../answers/types.js';
import type { Catalog } from '../catalog/types.js';
import type { Choice, Field, Question, QuestionBank } from '../questions/types.js';
import type { Vocabulary } from '../vocabulary/load.js';

/** What choice resolution needs: the data files, the answers so far and the detected service ids. */
export interface ChoiceContext {
  bank: QuestionBank;
  vocabulary: Vocabulary;
  catalog: Catalog;
  answers: Answers;
  /** detected service ids, in scan order; listed first in catalog choices */
  detected: string[];
}

/** The choices of a question or records field. */
export function resolveChoices(spec: Question | Field, ctx: ChoiceContext): Choice[] {
  if (spec.choices && spec.choices.length > 0) return spec.choices;
  if (spec.choicesFromAnswer) return choicesFromAnswer(spec.choicesFromAnswer, ctx);
  if (spec.choicesFrom === 'catalog') return catalogChoices(ctx);
  if (spec.choicesFrom) {
    const terms = ctx.vocabulary[spec.choicesFrom] ?? [];
    return terms.map((t) => ({ value: t.id, label: t.label }));
  }
  return [];
}

/**
 * Catalog services as choices: detected ones first (in scan order), then those already chosen
 * (so a re-run shows every selected service without scrolling), then the rest by name.
 */
export function catalogChoices(ctx: Pick<ChoiceContext, 'catalog' | 'detected'> & { vocabulary?: Vocabulary; answers?: Answers }): Choice[] {
  const categories = new Map((ctx.vocabulary?.serviceCategories ?? []).map((t) => [t.id, t.label]));
  const detected = ctx.detected.filter((id) => ctx.catalog.byId.has(id));
  const used = ctx.answers?.['services.used'];
  const chosen = (Array.isArray(used) ? used : []).filter((id) => ctx.catalog.byId.has(id) && !detected.includes(id));
  const seen = new Set([...detected, ...chosen]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const rest = ctx.catalog.services.filter((s) => !seen.has(s.id)).sort(byName);
  const toChoice = (id: string, name: string, category: string): Choice => ({ value: id, label: name, hint: categories.get(category) ?? category });
  return [
    // detected services carry a "detected in file:line" marker instead: on a narrow terminal the category would push it off
    ...detected.map((id) => ({ value: id, label: ctx.catalog.byId.get(id)!.name })),
    ...chosen.map((id) => ctx.catalog.byId.get(id)!).sort(byName).map((s) => toChoice(s.id, s.name, s.category)),
    ...rest.map((s) => toChoice(s.id, s.name, s.category)),
  ];
}

/** The values selected in another question's answer, labelled with that question's choices. */
export function choicesFromAnswer(questionId: string, ctx: ChoiceContext): Choice[] {
  const source = ctx.bank.byId.get(questionId);
  const value = ctx.answers[questionId];
  const selected = Array.isArray(value) ? value : [];
  const labels = new Map((source ? resolveChoices(source, ctx) : []).map((c) => [c.value, c.label]));
  return selected.map((v) => ({ value: v, label: labels.get(v) ?? v }));
}
