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
  snippets: CatalogSnippet[];
}

const built = new WeakMap<Catalog, CatalogIndex>();

// Frameworks expose environment variables to browser code under a prefix, so
// NEXT_PUBLIC_POSTHOG_KEY and VITE_SENTRY_DSN name PostHog's and Sentry's keys.
const PUBLIC_ENV_PREFIX = /^(NEXT_PUBLIC_|NUXT_PUBLIC_|EXPO_PUBLIC_|REACT_APP_|VUE_APP_|VITE_|GATSBY_|PUBLIC_)/;

/** Builds (once per catalog) the lookups that implement the catalog's match rules per ecosystem. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const hit = built.get(catalog);
  if (hit) return hit;
  const exact = new Map<string, ServiceEntry>();
  // go modules, maven "group:" and env "PREFIX_" identifiers match by prefix; the longest wins.
  const prefixes: { kind: IdentifierKind; prefix: string; service: ServiceEntry }[] = [];
  const snippets: CatalogSnippet[] = [];
  for (const service of catalog.services) {
    for (const [kind, names] of Object.entries(service.identifiers) as [IdentifierKind, string[]][]) {
      for (const name of names) {
        const key = identifierKey(kind, name);
        if (kind === 'snippets') snippets.push({ needle: key, snippet: name, service });
        else if (kind === 'go' || (kind === 'maven' && key.endsWith(':')) || (kind === 'env' && key.endsWith('_'))) {
          prefixes.push({ kind, prefix: key, service });
          if (kind === 'go') exact.set(`${kind}\0${key}`, service);
        } else exact.set(`${kind}\0${key}`, service);
      }
    }
  }
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);

  const matchKey = (kind: DeclaredName['kind'], key: string): ServiceEntry | undefined => {
    const direct = exact.get(`${kind}\0${key}`);
    if (direct) return direct;
    if (kind === 'cocoapods' && key.includes('/')) {
      // A subspec ("Firebase/Analytics") belongs to its pod unless the subspec is listed itself.
      return exact.get(`${kind}\0${key.slice(0, key.indexOf('/'))}`);
    }
    return prefixes.find((p) => p.kind === kind && startsWithPrefix(kind, key, p.prefix))?.service;
  };
  const match = ({ kind, name }: Pick<DeclaredName, 'kind' | 'name'>): ServiceEntry | undefined => {
    const found = matchKey(kind, identifierKey(kind, name));
    if (found || kind !== 'env' || !PUBLIC_ENV_PREFIX.test(name.toUpperCase())) return found;
    return matchKey(kind, identifierKey(kind, name.toUpperCase().replace(PUBLIC_ENV_PREFIX, '')));
  };
  const index = { match, snippets };
  built.set(catalog, index);
  return index;
}

/** Go module paths match on whole path segments: "github.com/a/b" covers "github.com/a/b/v2", not "github.com/a/bc". */
function startsWithPrefix(kind: IdentifierKind, key: string, prefix: string): boolean {
  if (!key.startsWith(prefix)) return false;
  if (kind !== 'go' || prefix.endsWith('/')) return true;
  return key.length === prefix.length || key[prefix.length] === '/';
}
