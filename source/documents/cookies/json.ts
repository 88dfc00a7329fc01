// cookies.json: the cookie table for consent managers (schema in docs/cookies-json.md). Close to what
// Klaro and CookieConsent configurations take: categories, each with its cookies by name and regex.
import type { Catalog } from '../../core/catalog/types.js';
import type { PolicyFacts } from '../../core/facts/types.js';
import { cookieTable } from './table.js';

export const COOKIES_JSON_VERSION = 1;

export function renderCookiesJson(facts: PolicyFacts, catalog: Catalog, policyFile: string): string {
  const categories = cookieTable(facts, catalog).map((c) => ({
    id: c.id,
    title: c.title,
    required: c.required,
    cookies: c.cookies.map((r) => ({
      name: r.name,
      pattern: r.pattern,
      provider: r.provider,
      ...(r.service ? { service: r.service } : {}),
      party: r.party,
      storage: r.storage,
      duration: r.duration ?? null,
      purpose: r.purpose,
      ...(r.source ? { source: r.source } : {}),
    })),
    // services known to set cookies of this kind whose names are not documented in the catalog
    services: c.undocumented.map((u) => ({ name: u.name, provider: u.provider, ...(u.policyUrl ? { policy: u.policyUrl } : {}), ...(u.unconfirmed ? { confirmed: false } : {}) })),
  }));
  const doc = { schemaVersion: COOKIES_JSON_VERSION, generator: 'privacy-wizard', policy: policyFile, consent: facts.cookies.consent ?? null, categories };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
