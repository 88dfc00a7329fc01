// "What we collect": each kind of data, its source and whether it is required.
import { lowerFirst, sentence, shortLabel, upperFirst } from '../format.js';
import { answerText, bare, type ViewContext } from './context.js';

export function collectView({ facts, sourcesOf }: ViewContext) {
  if (facts.data.length === 0) return null;
  const fromOthers = facts.data.some((d) => d.sources.includes('partners') || d.sources.includes('public'));
  const otherSources = answerText(facts.answers['data.otherSources']);
  return {
    items: facts.data.map((d) => ({
      // The vocabulary's examples ("email, phone, postal address") would claim more than was answered.
      label: shortLabel(d.label),
      items: bare(d.items),
      sources: upperFirst(sourcesOf(d.sources)),
      required: d.required,
      ifMissing: d.ifMissing ? lowerFirst(sentence(d.ifMissing)) : undefined,
    })),
    otherSources: fromOthers && otherSources ? sentence(otherSources) : undefined,
  };
}
