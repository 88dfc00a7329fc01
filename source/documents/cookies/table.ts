// The cookie table's model: every cookie and storage key the product sets, grouped by the consent it
// needs (ePrivacy Directive Art. 5(3); PECR reg. 6), from the catalog's vendor-documented details and
// the user's own cookies. Pure: the same facts always give the same table.
import type { Catalog } from '../../core/catalog/types.js';
import type { PolicyFacts, ServiceFacts } from '../../core/facts/types.js';
import { NOT_SURE } from '../../core/questions/types.js';

/** Consent-banner categories, in the order a banner lists them. */
export const CATEGORIES = [
  { id: 'necessary', kind: 'essential', title: 'Strictly necessary', required: true },
  { id: 'preferences', kind: 'preferences', title: 'Preferences', required: false },
  { id: 'analytics', kind: 'analytics', title: 'Analytics', required: false },
  { id: 'marketing', kind: 'advertising', title: 'Marketing', required: false },
  // a service the catalog knows sets cookies but not of which kind (a chat widget: it depends on its
  // set-up): listed last, not as strictly necessary, until the kind is known
  { id: 'unclassified', kind: undefined, title: 'Not classified yet', required: false },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];

export interface CookieRow {
  name: string;
  /** a regular expression matching the name, for names with a project-specific part */
  pattern: string;
  provider: string;
  /** catalog id of the service, or undefined for the product's own cookie */
  service?: string;
  party: 'first' | 'third';
  storage: 'cookie' | 'localStorage' | 'sessionStorage';
  /** undefined when the vendor does not say */
  duration?: string;
  purpose: string;
  source?: string;
}

/** A service that sets cookies whose names the catalog cannot vouch for: listed with a pointer to its policy. */
export interface UndocumentedService {
  name: string;
  provider: string;
  policyUrl?: string;
  /** a service the user added whose answer to "Does it set cookies…?" is still "Not sure yet": it may set none */
  unconfirmed?: true;
  /** a service the user added (not in the catalog): nobody will list its cookie names later, so no "yet" */
  custom?: true;
}

export interface CookieCategory {
  id: CategoryId;
  title: string;
  required: boolean;
  cookies: CookieRow[];
  undocumented: UndocumentedService[];
}

const categoryOfKind = (kind: string | undefined): CategoryId | undefined => (kind === undefined ? undefined : CATEGORIES.find((c) => c.kind === kind)?.id);

/** "_ga_<container-id>" -> "^_ga_.+$": the placeholder matches any project-specific value. */
export function namePattern(name: string): string {
  const parts = name.split(/<[^>]*>/);
  return `^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`;
}

/** Services that set cookies, as the policy's cookie section names them (facts.services with setsCookies). */
export const cookieServices = (facts: PolicyFacts): ServiceFacts[] => facts.services.filter((s) => s.setsCookies === true);

/**
 * Services the user added without saying yet whether they set cookies ("Not sure yet"): never named as
 * setting cookies, but listed under "Not classified yet" as not confirmed, so that a banner reading
 * cookies.json blocks them until the visitor agrees, as the audit advises.
 */
export const unconfirmedCookieServices = (facts: PolicyFacts): ServiceFacts[] => facts.services.filter((s) => s.setsCookies === 'not-sure');

/** The user's own cookies: names from cookies.own, details from cookies.ownDetails. */
export function ownCookies(facts: PolicyFacts, provider: string): { row?: CookieRow; category?: CategoryId; name: string }[] {
  const names = facts.answers['cookies.own'];
  if (!Array.isArray(names)) return [];
  const details = (facts.answers['cookies.ownDetails'] ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && v !== NOT_SURE ? v.trim() : undefined);
  return names
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((name) => {
      const d = details[name] ?? {};
      const category = categoryOfKind(text(d.kind));
      const purpose = text(d.purpose);
      const duration = text(d.duration);
      return {
        name,
        category,
        row: { name, pattern: namePattern(name), provider, party: 'first' as const, storage: 'cookie' as const, duration, purpose: purpose ?? 'Not sure yet' },
      };
    });
}

export function cookieTable(facts: PolicyFacts, catalog: Catalog): CookieCategory[] {
  const provider = facts.org.legalName ?? facts.org.tradingName ?? facts.product.name ?? 'Us';
  const groups = new Map<CategoryId, CookieCategory>(CATEGORIES.map((c) => [c.id, { id: c.id, title: c.title, required: c.required, cookies: [], undocumented: [] }]));
  for (const own of ownCookies(facts, provider)) {
    // an own cookie without a kind yet is listed as necessary only if the user says so; until then it waits under "not sure"
    if (own.category && own.row) groups.get(own.category)!.cookies.push(own.row);
  }
  for (const s of cookieServices(facts)) {
    // the policy names every service that sets cookies, so the table lists each one: without a known kind, as not classified yet
    const category = categoryOfKind(s.cookieKind) ?? 'unclassified';
    const entry = s.fromCatalog ? catalog.byId.get(s.id) : undefined;
    const group = groups.get(category)!;
    const details = entry?.cookieDetails ?? [];
    const providerName = s.entity ?? s.name;
    if (details.length === 0) {
      group.undocumented.push({ name: s.name, provider: providerName, policyUrl: s.policyUrl, ...(s.fromCatalog ? {} : { custom: true as const }) });
      continue;
    }
    for (const d of details)
      group.cookies.push({
        name: d.name,
        pattern: namePattern(d.name),
        provider: providerName,
        service: s.id,
        party: d.party,
        storage: d.storage ?? 'cookie',
        duration: d.duration,
        purpose: d.purpose,
        source: d.source,
      });
  }
  // listed last (a table is written only where the product uses cookies: usesCookies ignores a mere "may")
  for (const s of unconfirmedCookieServices(facts)) groups.get('unclassified')!.undocumented.push({ name: s.name, provider: s.entity ?? s.name, policyUrl: s.policyUrl, unconfirmed: true });
  return [...groups.values()].filter((g) => g.cookies.length > 0 || g.undocumented.length > 0);
}

/** Own cookies whose kind, purpose or duration is still missing (the document says so; the audit has a task). */
export const incompleteOwnCookies = (facts: PolicyFacts): string[] =>
  ownCookies(facts, '').filter((c) => !c.category || !c.row?.duration || c.row.purpose === 'Not sure yet').map((c) => c.name);
