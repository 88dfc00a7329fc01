/** Ecosystems whose manifests the scanner reads; keys of ServiceEntry.identifiers. */
export const ECOSYSTEMS = [
  'npm',
  'pypi',
  'rubygems',
  'go',
  'maven',
  'cocoapods',
  'swiftpm',
  'pub',
  'composer',
  'nuget',
  'hex',
  'cargo',
] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** How a catalog entry's facts were checked: by whom/what, when, against which pages. */
export interface Verification {
  /** ISO date (YYYY-MM-DD) the facts were last checked. */
  checked: string;
  /** e.g. "vendor privacy page and DPF list read via search tool" */
  method: string;
  sources: string[];
}

/** One cookie or storage key a service's SDK sets, as its vendor documents it. */
export interface CookieDetail {
  name: string;
  /** where it is kept; default cookie */
  storage?: 'cookie' | 'localStorage' | 'sessionStorage';
  /** first party: set on the product's own domain; third party: on the vendor's domain */
  party: 'first' | 'third';
  /** as the vendor states it ("2 years", "30 minutes"); absent when the vendor does not say */
  duration?: string;
  purpose: string;
  /** the vendor page that documents it */
  source: string;
}

/** One third-party service the scanner can recognise. Empty/absent fields are asked of the user. */
export interface ServiceEntry {
  id: string;
  name: string;
  /** Legal entity that provides the service, e.g. "Stripe, Inc." */
  entity?: string;
  /** ISO 3166-1 alpha-2 country of that entity, e.g. "US", "DE". */
  country?: string;
  /** A serviceCategories id from questions/vocabulary.yaml */
  category: string;
  /**
   * id of a broader service that covers this one (Amazon S3 -> AWS, Vercel Blob -> Vercel): a
   * product that declares the parent has declared the child too.
   */
  parent?: string;
  /**
   * sensitiveCategories ids that using the service implies (identity verification: government-id,
   * biometric; health APIs: health; bank-account aggregation: financial-login). Absent = none implied.
   */
  sensitive?: string[];
  /** dataCategories ids the service typically receives */
  data: string[];
  /** purposes ids the service typically serves */
  purposes: string[];
  /** Whether the web/mobile SDK sets cookies or reads device identifiers. */
  cookies?: { sets: boolean; kind?: 'essential' | 'preferences' | 'analytics' | 'advertising'; names?: string[] };
  /**
   * The cookies and storage keys the web SDK sets, each from the vendor's own cookie documentation
   * (source). `<placeholder>` parts of a name stand for a project-specific value (matched as a regex).
   */
  cookieDetails?: CookieDetail[];
  /** Using it usually counts as selling/sharing under CCPA (cross-context behavioural advertising). */
  sellingOrSharing?: boolean;
  /**
   * Shown on a page as an embed of the vendor's content (a tweet, a video): its component library
   * sends nothing until a page renders it, so a manifest dependency alone only names it.
   */
  embed?: boolean;
  /**
   * The vendor's software also runs on products' own servers (self-hosted Sentry, PostHog): a URL of
   * it under another domain (sentry.acme.org) is the product's own instance.
   */
  selfHostable?: boolean;
  /**
   * The hosted edition of an engine anyone can run (MongoDB Atlas of MongoDB, ClickHouse Cloud):
   * the engine's clients and connection settings reach any server of it, so they only name the
   * hosted service as a possibility. Its hosts or snippets, a deploy signal, or one of `hostedEnv`
   * (keys only the hosted service has, e.g. MONGODB_ATLAS_) prove it.
   */
  selfRunnable?: { engine: string; hostedEnv?: string[] };
  /** Tracking domains the SDK's own iOS privacy manifest declares (NSPrivacyTrackingDomains), with the manifest read. */
  appleTracking?: { domains: string[]; sources: string[] };
  /** EU-US Data Privacy Framework certification of the entity; absent = unknown. */
  dpf?: boolean;
  privacyPolicy: string;
  dpa?: string;
  identifiers: Partial<Record<Ecosystem, string[]>> & {
    /** environment variable names or prefixes ending in "_" */
    env?: string[];
    /** substrings that identify the service in HTML/script tags, e.g. "googletagmanager.com/gtag/js" */
    snippets?: string[];
    /** API or SDK host names called from code ("api.stripe.com"); a leading "." covers every subdomain */
    hosts?: string[];
    /** deploy configuration files that name the service as host ("fly.toml", ".do/app.yaml") */
    files?: string[];
    /** GitHub Actions (owner/repo, or "owner/" for all of an owner's) used by deploy steps */
    actions?: string[];
    /** infrastructure-as-code provider names (Terraform required_providers, serverless.yml provider.name) */
    providers?: string[];
    /** container images (Dockerfile FROM, compose image:), "registry/" prefixes, or ".host" registry suffixes */
    images?: string[];
    /** command-line tools whose use in CI or package scripts deploys to the service ("flyctl", "vercel") */
    cli?: string[];
  };
  verification: Verification;
}

export interface Catalog {
  services: ServiceEntry[];
  byId: Map<string, ServiceEntry>;
}
