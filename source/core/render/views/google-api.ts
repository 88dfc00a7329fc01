// "Data from your Google account": how the product accesses, uses, stores and shares Google user
// data (Google API Services User Data Policy; reference GOOGLE-API-LU). The Limited Use statement is
// printed only when every answered use is one Limited Use allows: features the user sees (C-43).
import { lowerFirst, sentence } from '../format.js';
import type { ViewContext } from './context.js';

/** Where Google publishes the policy the Limited Use statement refers to. */
export const GOOGLE_USER_DATA_POLICY = 'https://developers.google.com/terms/api-services-user-data-policy';

export function googleApiView({ facts }: ViewContext) {
  const { data, uses, retention } = facts.google;
  if (data.length === 0) return null;
  const limitedUse = uses.length > 0 && uses.every((u) => u === 'features');
  return {
    data,
    uses,
    limitedUse,
    retention: retention ? lowerFirst(sentence(retention)) : undefined,
    policyUrl: GOOGLE_USER_DATA_POLICY,
  };
}
