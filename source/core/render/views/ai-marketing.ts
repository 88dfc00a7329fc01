// "Automated decisions and AI" and "Marketing".
import { phrase } from '../engine.js';
import { joinWords, listWords, sentence } from '../format.js';
import { known, uniq, type ViewContext } from './context.js';

export function aiView({ facts, applies, purposeIds, dataLabel }: ViewContext) {
  const aiServices = facts.services.filter((s) => s.purposes.includes('ai-features') || s.category === 'ai');
  const features = purposeIds.includes('ai-features');
  const training = facts.ai.training;
  const aiTrue = features || facts.ai.automatedDecisions === true || facts.ai.profiling === true || (training !== undefined && training !== 'no');
  const connecticut = applies('us-states') && facts.usStates.includes('CT');
  if (!aiTrue && !connecticut) return null;
  return {
    features: features ? { services: joinWords(aiServices.map((s) => s.name)), data: listWords(uniq(aiServices.flatMap((s) => s.data)).map(dataLabel)) } : null,
    automated: facts.ai.automatedDecisions,
    logic: facts.ai.logic ? sentence(facts.ai.logic) : undefined,
    profiling: facts.ai.profiling,
    training,
  };
}

export function marketingView({ facts, p, purposeIds }: ViewContext) {
  if (facts.marketing.emails === undefined) return null;
  return {
    sends: facts.marketing.emails !== 'none',
    audience: facts.marketing.emails,
    optOut: joinWords(known(facts.marketing.optOut.map((o) => phrase(p.optOut, o))), 'or'),
    serviceMessages: purposeIds.includes('service-emails'),
  };
}
