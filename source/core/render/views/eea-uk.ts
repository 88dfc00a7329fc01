// "Your rights in the EEA and UK".
import { bare, type ViewContext } from './context.js';

export function eeaView({ facts, gdpr, ukGdpr, eeaOrUk, outside }: ViewContext) {
  if (!eeaOrUk) return null;
  const { org } = facts;
  return {
    gdpr,
    uk: ukGdpr,
    euRepresentative: gdpr && !org.establishedInEea ? bare(org.euRepresentative) : undefined,
    ukRepresentative: ukGdpr && org.country !== 'GB' ? bare(org.ukRepresentative) : undefined,
    authority: bare(org.supervisoryAuthority),
    transfers: outside.length > 0,
    automated: facts.ai.automatedDecisions === true,
  };
}
