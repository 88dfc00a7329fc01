// Google API Services User Data Policy, Limited Use (reference GOOGLE-API-LU, C-43): apps that read
// Google account data beyond sign-in must disclose their use of it, and may use data from sensitive
// and restricted scopes only for features the user sees.
import type { PolicyFacts } from '../../facts/types.js';
import type { Obligation, Rule } from '../types.js';

const CITATION = 'Google API Services User Data Policy (Limited Use)';
const FORBIDDEN: Record<string, string> = { advertising: 'advertising', 'ai-training': 'training AI models beyond the user', transfer: 'selling it or giving it to others for their own use' };

function usesBeyondLimitedUse(f: PolicyFacts): string | null {
  const bad = f.google.uses.filter((u) => u in FORBIDDEN);
  if (f.google.data.length === 0 || bad.length === 0) return null;
  return `You use Google account data for ${bad.map((u) => FORBIDDEN[u]).join(' and ')}. Google's Limited Use rules allow data from Google APIs only for features the user sees and asked for; Google can refuse or revoke your app's access. Stop that use (or stop requesting those scopes), then update the answer.`;
}

function workspaceWithoutData(f: PolicyFacts): string | null {
  const declared = f.services.some((s) => s.id === 'google-workspace-apis');
  if (!declared || f.google.data.length > 0 || f.unsure.includes('google.data')) return null;
  return 'You use Google Workspace APIs (Gmail, Calendar, Drive, Sheets) but say the product reads no Google account data beyond sign-in. If your app asks users for access to their Google data, say which, so the policy can describe it and carry the Limited Use statement Google asks for.';
}

export const googleApiRules: Rule[] = [
  { id: 'C-43', law: 'general', severity: 'error', citation: CITATION, fix: ['google.uses'], check: usesBeyondLimitedUse },
  { id: 'GOOGLE-API-LU', law: 'general', severity: 'warning', citation: CITATION, fix: ['google.data'], check: workspaceWithoutData },
];

export const googleApiObligations: Obligation[] = [
  {
    id: 'GOOGLE-API-LU',
    law: 'general',
    citation: CITATION,
    tasks: (f) =>
      f.google.data.length > 0
        ? [{ id: 'google-oauth-verification', due: 'publish', text: 'On your Google Cloud OAuth consent screen, link this policy and request only the scopes your features need; complete Google\'s verification for sensitive or restricted scopes before you launch. Ask users again before you use their Google data in a way the policy does not describe.' }]
        : [],
  },
];
