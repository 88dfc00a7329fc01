// The catalog's cookie details are what the cookie table publishes as fact, so each must come from
// the vendor's own documentation (questions/catalog/README.md): its source is on the same site as
// the vendor's privacy policy, it is cited in the entry's verification sources, and it names a cookie
// the entry says the service sets.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';

const site = (url: string) => {
  try {
    return new URL(url).hostname.split('.').slice(-2).join('.');
  } catch {
    return undefined; // a source named in words ("… PrivacyInfo.xcprivacy (commit …)")
  }
};
const withDetails = loadCatalog().services.filter((s) => (s.cookieDetails ?? []).length > 0);

describe('cookie details in the catalog', () => {
  it('exist for the services the cookie table documents, Intercom among them', () => {
    expect(withDetails.map((s) => s.id)).toEqual(expect.arrayContaining(['google-analytics', 'posthog', 'intercom', 'matomo-cloud', 'segment', 'vimeo', 'google-recaptcha', 'fullstory', 'mouseflow', 'smartlook', 'lucky-orange']));
  });

  it.each(withDetails.map((s) => [s.id, s] as const))('%s: from the vendor\'s own site, cited, and for a cookie the entry declares', (_, s) => {
    for (const d of s.cookieDetails!) {
      expect(site(d.source), `${s.id} ${d.name}`).toBe(site(s.privacyPolicy!));
      expect(s.verification?.sources ?? [], `${s.id} ${d.name}: the page is cited in verification.sources`).toSatisfy((sources: string[]) => sources.some((u) => site(u) === site(d.source)));
      expect(s.cookies?.sets, s.id).toBe(true);
    }
    // every cookie the entry names is documented, or the table would list the service as if it set only some
    const documented = new Set(s.cookieDetails!.map((d) => d.name));
    expect((s.cookies?.names ?? []).filter((n) => !documented.has(n)), s.id).toEqual(s.id === 'cloudflare' ? ['cf_clearance'] : []);
  });
});
