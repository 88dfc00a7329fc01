import type { Catalog, ServiceEntry } from '../catalog/types.js';
import type { DeclaredName } from './declared-name.js';
import { identifierKey, type IdentifierKind } from './identifier-key.js';
import type { MatcherTables } from './multi-matcher.js';
import { prebuiltScanTables } from './prebuilt-index.js';

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
  /**
   * The service a vendor's name as a person writes it names ("neon", "campaign.monitor",
   * "Campaign Monitor"): its catalog id, or its name without the bracketed gloss, compared with
   * runs of punctuation and spaces as one dash, case-insensitive. Undefined when none or several.
   */
  matchVendor(name: string): ServiceEntry | undefined;
  /**
   * The sign-in entry of a provider word ("AZURE", "DISCORD"): the one service whose Auth.js keys
   * (AUTH_<PROVIDER>_...) start with it. Undefined when none or several.
   */
  matchSignIn(provider: string): ServiceEntry | undefined;
  snippets: CatalogSnippet[];
  /** base names and short paths of the catalog's deploy `files` identifiers, for the walker */
  deployFiles: Set<string>;
  /** the snippet matcher's tables the build made for this catalog (the bundle only), for source-scan.ts */
  matcherTables?: MatcherTables;
}

/**
 * The lookups of an index as plain data, services by their position in the catalog: what the
 * build computes and ships (scripts/compiled-data-plugin.mjs), so the bundled CLI does not work
 * through every identifier of the catalog on each run. The lookups read these objects as they
 * are: JSON.parse builds them far faster than a script builds Maps of thousands of entries.
 */
export interface CatalogIndexTables {
  /**
   * `${kind}\0${key}` of every exact identifier, sorted (by UTF-16 code units) and joined by
   * newlines (no key holds one), and the service of each: one string parses faster than thousands.
   */
  exact: { keys: string; services: number[] };
  /** longest first */
  prefixes: [IdentifierKind, string, number][];
  /** needle, snippet, service */
  snippets: [string, string, number][];
  hosts: Record<string, number>;
  /** -1: a host several services share, which proves none */
  derivedHosts: Record<string, number>;
  deployFiles: string[];
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
  const prebuilt = prebuiltScanTables(catalog.services);
  const index = indexFromTables(catalog.services, prebuilt?.index ?? catalogIndexTables(catalog.services));
  if (prebuilt) index.matcherTables = prebuilt.matcher;
  built.set(catalog, index);
  return index;
}

/** The index's lookups as data (see CatalogIndexTables). */
export function catalogIndexTables(services: readonly ServiceEntry[]): CatalogIndexTables {
  const position = new Map(services.map((service, i) => [service, i]));
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
  for (const service of services) {
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
  const at = (service: ServiceEntry | null): number => (service ? position.get(service)! : -1);
  return {
    exact: sortedTable(exact, at),
    prefixes: prefixes.map((p) => [p.kind, p.prefix, at(p.service)]),
    snippets: snippets.map((s) => [s.needle, s.snippet, at(s.service)]),
    hosts: Object.fromEntries([...hosts].map(([key, service]) => [key, at(service)])),
    derivedHosts: Object.fromEntries([...derivedHosts].map(([key, service]) => [key, at(service)])),
    deployFiles: [...deployFiles],
  };
}

/** The lookups of `tables`, over `services` (the catalog the tables were made from). */
function indexFromTables(services: readonly ServiceEntry[], tables: CatalogIndexTables): CatalogIndex {
  // a key's service (undefined when it has none, or when several share it); own keys only
  const lookup = (table: Record<string, number>) => ({
    get: (key: string): ServiceEntry | undefined => (Object.hasOwn(table, key) ? services[table[key]!] : undefined),
  });
  const exact = sortedLookup(services, tables.exact);
  const hosts = lookup(tables.hosts);
  const derivedHosts = lookup(tables.derivedHosts);
  const prefixes = tables.prefixes.map(([kind, prefix, i]) => ({ kind, prefix, service: services[i]! }));
  const snippets = tables.snippets.map(([needle, snippet, i]): CatalogSnippet => ({ needle, snippet, service: services[i]! }));
  const deployFiles = new Set(tables.deployFiles);

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
    if (kind === 'cli' && key.includes(' ')) {
      // "wrangler pages": the subcommand when the catalog names it, else the program
      return exact.get(`cli\0${key.slice(0, key.indexOf(' '))}`);
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
    const unprefixed = upper.replace(FRAMEWORK_ENV_PREFIX, '');
    if (unprefixed !== upper) {
      const byFramework = matchKey(kind, unprefixed);
      if (byFramework) return byFramework;
    }
    // An app's own prefix before a vendor's key (HEXPM_SENDGRID_API_KEY, SHOP_SENTRY_DSN): the key
    // after the first word, when that is a vendor's key of at least two words.
    const word = /^[A-Z][A-Z0-9]*_(?=[A-Z][A-Z0-9]*_[A-Z0-9])/.exec(unprefixed)?.[0];
    return (word ? matchKey(kind, unprefixed.slice(word.length)) : undefined) ?? matchHostedEdition(unprefixed);
  };
  // A key that names the hosted edition of a self-runnable engine (AUTH_CLICKHOUSE_CLOUD_CLIENT_ID,
  // MONGODB_ATLAS_URI): that hosted service, whose name's words it holds.
  let hostedEditions: { words: string; service: ServiceEntry }[] | undefined;
  const matchHostedEdition = (key: string): ServiceEntry | undefined => {
    hostedEditions ??= services.flatMap((service) => {
      const words = hostedEditionWords(service);
      return words ? [{ words, service }] : [];
    });
    const padded = `_${key}_`;
    return hostedEditions.find((edition) => padded.includes(`_${edition.words}_`))?.service;
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
  let vendors: Map<string, ServiceEntry | null> | undefined;
  const matchVendor = (name: string): ServiceEntry | undefined => {
    if (!vendors) {
      vendors = new Map();
      for (const service of services) {
        for (const key of new Set([vendorKey(service.id), vendorKey(service.name.replace(/\s*\(.*\)\s*$/, ''))])) {
          const seen = vendors.get(key);
          vendors.set(key, seen === undefined || seen === service ? service : null);
        }
      }
    }
    return vendors.get(vendorKey(name)) ?? undefined;
  };
  let signIns: Map<string, ServiceEntry | null> | undefined;
  const matchSignIn = (provider: string): ServiceEntry | undefined => {
    if (!signIns) {
      signIns = new Map();
      for (const service of services) {
        for (const key of service.identifiers.env ?? []) {
          const word = /^AUTH_([A-Z0-9]+)_/.exec(key.toUpperCase())?.[1];
          if (!word) continue;
          const seen = signIns.get(word);
          signIns.set(word, seen === undefined || seen === service ? service : null);
        }
      }
    }
    return signIns.get(provider.toUpperCase()) ?? undefined;
  };
  return { match, matchHost, matchVendor, matchSignIn, snippets, deployFiles };
}

/**
 * The words of a self-runnable engine's hosted edition as an env key writes them ("ClickHouse Cloud":
 * CLICKHOUSE_CLOUD; "Elastic Cloud (Elasticsearch Service)": ELASTIC_CLOUD), when its name says more
 * than the engine's; undefined for other services.
 */
export function hostedEditionWords(service: ServiceEntry): string | undefined {
  if (!service.selfRunnable) return undefined;
  const words = service.name.replace(/\s*\(.*\)\s*$/, '').toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  const engine = service.selfRunnable.engine.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  return words.length >= 2 && words.join('_') !== engine.join('_') ? words.join('_') : undefined;
}

/** "Campaign Monitor", "campaign.monitor" and "campaign-monitor" as one key. */
function vendorKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function sortedTable(map: Map<string, ServiceEntry>, at: (service: ServiceEntry) => number): CatalogIndexTables['exact'] {
  const keys = [...map.keys()].sort();
  if (keys.some((key) => key.includes('\n'))) throw new Error(`a catalog identifier holds a newline: ${JSON.stringify(keys.find((key) => key.includes('\n')))}`);
  return { keys: keys.join('\n'), services: keys.map((key) => at(map.get(key)!)) };
}

/** Binary search in a sorted table's keys, split on first use. */
function sortedLookup(services: readonly ServiceEntry[], table: CatalogIndexTables['exact']) {
  let keys: string[] | undefined;
  return {
    get(key: string): ServiceEntry | undefined {
      keys ??= table.keys === '' ? [] : table.keys.split('\n');
      let low = 0;
      let high = keys.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const at = keys[middle]!;
        if (at === key) return services[table.services[middle]!];
        if (at < key) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    },
  };
}

/** Go module paths match on whole path segments: "github.com/a/b" covers "github.com/a/b/v2", not "github.com/a/bc". */
function startsWithPrefix(kind: IdentifierKind, key: string, prefix: string): boolean {
  if (!key.startsWith(prefix)) return false;
  if (kind !== 'go' || prefix.endsWith('/')) return true;
  return key.length === prefix.length || key[prefix.length] === '/';
}
