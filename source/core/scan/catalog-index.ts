import type { Catalog, ServiceEntry } from '../catalog/types.js';
import type { DeclaredName } from './declared-name.js';
import { identifierKey, type IdentifierKind } from './identifier-key.js';

/** A catalog snippet, lowercased for case-insensitive search in page text. */
export interface CatalogSnippet {
  needle: string;
  snippet: string;
  service: ServiceEntry;
}

/** The catalog arranged for lookups by declared name: one exact map per kind plus the prefix rules. */
export interface CatalogIndex {
  /** The service a declared name belongs to, if any. */
  match(declared: Pick<DeclaredName, 'kind' | 'name'>): ServiceEntry | undefined;
  /** The service whose API or SDK host `host` is (or is a subdomain of), if any. */
  matchHost(host: string): ServiceEntry | undefined;
  snippets: CatalogSnippet[];
  /** base names and short paths of the catalog's deploy `files` identifiers, for the walker */
  deployFiles: Set<string>;
}

const built = new WeakMap<Catalog, CatalogIndex>();

// Frameworks expose environment variables to browser code (or keep them server-side) under a
// prefix, so NEXT_PUBLIC_POSTHOG_KEY, NEXT_PRIVATE_STRIPE_KEY and VITE_SENTRY_DSN name PostHog's,
// Stripe's and Sentry's keys.
export const FRAMEWORK_ENV_PREFIX =
  /^(NEXT_PUBLIC_|NEXT_PRIVATE_|NUXT_PUBLIC_|NUXT_ENV_|NUXT_|EXPO_PUBLIC_|REACT_APP_|VUE_APP_|VITE_|GATSBY_|PUBLIC_|PRIVATE_|NX_PUBLIC_|STORYBOOK_|REDWOOD_ENV_|SANITY_STUDIO_|PLASMO_PUBLIC_|WXT_|NG_APP_|ASTRO_|RAZZLE_|BUN_PUBLIC_)/;

// Hosts too general to prove a service by themselves (policy pages of groups with many products).
const SHARED_DOMAINS = new Set(['google.com', 'microsoft.com', 'amazon.com', 'apple.com', 'github.com', 'meta.com', 'facebook.com', 'adobe.com', 'oracle.com', 'ibm.com', 'salesforce.com', 'atlassian.com', 'cloudflare.com', 'twitter.com', 'x.com', 'yahoo.com', 'linkedin.com', 'zendesk.com', 'hubspot.com']);

/** Builds (once per catalog) the lookups that implement the catalog's match rules per ecosystem. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const hit = built.get(catalog);
  if (hit) return hit;
  const exact = new Map<string, ServiceEntry>();
  // go modules, maven "group:", env "PREFIX_", actions "owner/" and images "registry/" match by prefix; the longest wins.
  const prefixes: { kind: IdentifierKind; prefix: string; service: ServiceEntry }[] = [];
  const snippets: CatalogSnippet[] = [];
  const hosts = new Map<string, ServiceEntry | null>();
  const derivedHosts = new Map<string, ServiceEntry | null>();
  const deployFiles = new Set<string>();
  const addUnique = (map: Map<string, ServiceEntry | null>, key: string, service: ServiceEntry) => {
    const seen = map.get(key);
    map.set(key, seen === undefined || seen === service ? service : null); // null: shared, proves nothing
  };
  for (const service of catalog.services) {
    for (const [kind, names] of Object.entries(service.identifiers) as [IdentifierKind, string[]][]) {
      for (const name of names) {
        const key = identifierKey(kind, name);
        if (kind === 'snippets') {
          snippets.push({ needle: key, snippet: name, service });
          // A snippet that is a bare host ("cdn.segment.com", ".daily.co/") names the host; one with a
          // path ("youtube.com/embed") is only that path, and the substring search finds it.
          const host = /^(\.?)([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/.exec(key);
          if (host && !SHARED_DOMAINS.has(host[2]!)) addUnique(derivedHosts, `${host[1]}${host[2]}`, service);
        } else if (kind === 'hosts') {
          hosts.set(key.replace(/^\./, ''), service);
        } else if (
          kind === 'go' ||
          (kind === 'maven' && key.endsWith(':')) ||
          (kind === 'env' && key.endsWith('_')) ||
          ((kind === 'actions' || kind === 'images') && key.endsWith('/'))
        ) {
          prefixes.push({ kind, prefix: key, service });
          if (kind === 'go') exact.set(`${kind}\0${key}`, service);
        } else exact.set(`${kind}\0${key}`, service);
        if (kind === 'files') deployFiles.add(key.includes('/') ? key.split('/').slice(-2).join('/') : key);
      }
    }
    const policyHost = /^https:\/\/(?:www\.)?([^/]+)/.exec(service.privacyPolicy)?.[1]?.toLowerCase();
    if (policyHost && !SHARED_DOMAINS.has(policyHost)) addUnique(derivedHosts, `api.${policyHost}`, service);
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);

  const matchKey = (kind: DeclaredName['kind'], key: string): ServiceEntry | undefined => {
    const direct = exact.get(`${kind}\0${key}`);
    if (direct) return direct;
    if (kind === 'cocoapods' && key.includes('/')) {
      // A subspec ("Firebase/Analytics") belongs to its pod unless the subspec is listed itself.
      return exact.get(`${kind}\0${key.slice(0, key.indexOf('/'))}`);
    }
    if (kind === 'files') {
      const parts = key.split('/');
      return exact.get(`files\0${parts.slice(-2).join('/')}`) ?? exact.get(`files\0${parts.at(-1) ?? ''}`);
    }
    if (kind === 'images') {
      const registry = key.split('/')[0] ?? '';
      for (let dot = registry.indexOf('.'); dot !== -1; dot = registry.indexOf('.', dot + 1)) {
        const bySuffix = exact.get(`images\0${registry.slice(dot)}`);
        if (bySuffix) return bySuffix;
      }
    }
    return prefixes.find((p) => p.kind === kind && startsWithPrefix(kind, key, p.prefix))?.service;
  };
  const memo = new Map<string, ServiceEntry | undefined>();
  const match = ({ kind, name }: Pick<DeclaredName, 'kind' | 'name'>): ServiceEntry | undefined => {
    const memoKey = `${kind}\0${name}`;
    if (memo.has(memoKey)) return memo.get(memoKey);
    const found = matchUncached(kind, name);
    if (memo.size < 100_000) memo.set(memoKey, found);
    return found;
  };
  const matchUncached = (kind: DeclaredName['kind'], name: string): ServiceEntry | undefined => {
    const found = matchKey(kind, identifierKey(kind, name));
    if (found || kind !== 'env') return found;
    const upper = name.toUpperCase();
    if (!FRAMEWORK_ENV_PREFIX.test(upper)) return undefined;
    return matchKey(kind, identifierKey(kind, upper.replace(FRAMEWORK_ENV_PREFIX, '')));
  };
  const matchHost = (host: string): ServiceEntry | undefined => {
    // Listed hosts cover their subdomains (api.eu.acme.com, eu.acme.com, acme.com: the most
    // specific wins); hosts derived from snippets and policy domains match exactly, or as a
    // suffix only when the snippet starts with a dot.
    const lower = host.toLowerCase();
    const derived = derivedHosts.get(lower);
    if (derived) return derived;
    for (let part = lower; part.includes('.'); part = part.slice(part.indexOf('.') + 1)) {
      const found = hosts.get(part) ?? derivedHosts.get(`.${part}`);
      if (found) return found;
    }
    return undefined;
  };
  const index = { match, matchHost, snippets, deployFiles };
  built.set(catalog, index);
  return index;
}

/** Go module paths match on whole path segments: "github.com/a/b" covers "github.com/a/b/v2", not "github.com/a/bc". */
function startsWithPrefix(kind: IdentifierKind, key: string, prefix: string): boolean {
  if (!key.startsWith(prefix)) return false;
  if (kind !== 'go' || prefix.endsWith('/')) return true;
  return key.length === prefix.length || key[prefix.length] === '/';
}
