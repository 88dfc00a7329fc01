// Source-level detection: one pass over each source file's bytes with a precompiled matcher that
// finds catalog snippets and a few anchors (import/require/from/use/using/package:, "env", "://").
// Each anchor hit is then confirmed by a small pattern on the text right after it: an SDK import
// (matched against the catalog's package names), an environment key read by the code, or a
// quoted URL whose host is a vendor's API. Files are capped in size; minified files are skipped.
import { closeSync, openSync, readSync } from 'node:fs';
import type { ServiceEntry } from '../catalog/types.js';
import type { CatalogIndex } from './catalog-index.js';
import type { DeclaredName } from './declared-name.js';
import { MultiMatcher } from './multi-matcher.js';
import { npmNameOfSpecifier } from './parsers/npm-specifier.js';
import { isTypesOnlyPackage } from './parsers/package-json.js';
import type { Confidence, Evidence } from './types.js';

/**
 * Source files are read up to this many bytes. Imports sit at the top, but a hand-written file can
 * name a vendor deep down (lowcoder's 225 KB locale file holds its Supademo embed URLs at line
 * 3,923); bundles are skipped by name and by line length, and files larger than this are generated.
 */
export const SOURCE_READ_LIMIT = 1024 * 1024;

type Language = 'js' | 'py' | 'rb' | 'go' | 'php' | 'jvm' | 'swift' | 'dart' | 'cs' | 'ex' | 'rs' | 'html' | 'config';

// Application configuration (ASP.NET appsettings, Spring application.yml/properties) names the API
// endpoints the code calls ("Endpoint: https://openrouter.ai/api/v1/..."): read for vendor API hosts
// and snippets only, never for imports.
const CONFIG_FILE = /^(appsettings|application)([.-][\w.-]+)?\.(json|ya?ml|properties)$/;

const LANGUAGE_BY_EXTENSION = new Map<string, Language>([
  ...(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts', '.vue', '.svelte', '.astro'] as const).map((e) => [e, 'js'] as const),
  ['.py', 'py'], ['.rb', 'rb'], ['.rake', 'rb'], ['.go', 'go'], ['.php', 'php'],
  ['.java', 'jvm'], ['.kt', 'jvm'], ['.scala', 'jvm'], ['.groovy', 'jvm'],
  ['.swift', 'swift'], ['.dart', 'dart'], ['.cs', 'cs'], ['.ex', 'ex'], ['.exs', 'ex'], ['.rs', 'rs'],
  // Pkl configuration (read("env:SENTRY_DSN")): read like application settings
  ['.pkl', 'config'],
  ...(['.html', '.htm', '.ejs', '.hbs', '.njk', '.liquid', '.erb', '.twig', '.mustache', '.eex', '.heex', '.leex'] as const).map((e) => [e, 'html'] as const),
]);

// Tests, generated code and bundles say nothing about what the product calls in production.
const SKIPPED_SOURCE_DIRS =
  /(^|\/)(tests?|Tests?|spec|specs|__tests__|e2e|cypress|playwright|examples?|samples?|docs?|stories|storybook-static|public\/build|static\/build|generated|gen|migrations?\/versions|DataFixtures|seeders?|seeds|database\/factories|[\w.]*\.Test|[\w.]*\.Tests|[\w.]*IntegrationTest)\//;
const SKIPPED_SOURCE_FILES =
  /\.(min|bundle|chunk|prod|umd)\.[cm]?js$|\.d\.[cm]?ts$|[._-](test|spec|stories|story)\.[a-z]+$|_test\.go$|^test_[^/]*\.py$|_spec\.rb$|Tests?\.(swift|kt|java|cs)$|\.(Designer|g|generated|pb|freezed|gr|mocks?)\.[a-z]+$|ModelSnapshot\.cs$|_pb2(_grpc)?\.py$|\.pb\.go$|_generated\.[a-z]+$|(^|\/)seeds\.rb$|Seeder\.php$|Fixtures?\.php$/;

/** Whether `file` sits in a test, example, docs or generated folder (SKIPPED_SOURCE_DIRS). */
export function inTestOrExampleDir(file: string): boolean {
  return SKIPPED_SOURCE_DIRS.test(file.slice(0, file.lastIndexOf('/') + 1));
}

/** The language of a source file the scan reads, or undefined when it is not one. */
export function sourceLanguage(file: string): Language | undefined {
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  // Cloudflare Pages' and Netlify's _headers file: its Content-Security-Policy lists the hosts the site calls
  if (dot <= slash + 1) return file.endsWith('_headers') && file.length - slash === 9 && !skippedDir(file.slice(0, slash + 1)) ? 'config' : undefined; // no extension, or a dot file such as .env
  const extension = file.slice(dot);
  const language = LANGUAGE_BY_EXTENSION.get(extension) ?? LANGUAGE_BY_EXTENSION.get(extension.toLowerCase()) ?? (CONFIG_FILE.test(file.slice(slash + 1)) ? 'config' : undefined);
  if (!language) return undefined;
  if (skippedDir(file.slice(0, slash + 1)) || SKIPPED_SOURCE_FILES.test(file.slice(slash + 1))) return undefined;
  return language;
}

/** Whether the folder `dir` ("a/b/") is a test, example, docs or generated one (cached: thousands of files share a few hundred folders). */
function skippedDir(dir: string): boolean {
  let skipped = skippedDirCache.get(dir);
  if (skipped === undefined) skippedDirCache.set(dir, (skipped = SKIPPED_SOURCE_DIRS.test(dir)));
  return skipped;
}

const RANK: Record<Confidence, number> = { manifest: 0, import: 1, env: 2, url: 3, name: 4 };

type Needle = { type: 'snippet'; service: ServiceEntry; snippet: string } | { type: 'anchor'; anchor: string } | { type: 'model' };

// Words that mark a general-purpose source file as a data model (Drizzle, TypeORM, Mongoose,
// Sequelize, JPA, Ecto, Django, SQLAlchemy); only such files are decoded and read for columns.
const MODEL_MARKS = ['table(', '@entity', '@column', 'schema(', 'sequelize.define', 'datatypes.', 'model.init(', '@table', 'models.model', 'mapped_column', 'column(', 'schema "', 'embedded_schema'];

/**
 * The providers of an OAuth connection string at the start of `text` ("OAuth": "GoogleId=1;GitHubId=2",
 * `OAuth: FacebookId=3;`), each looked up as its conventional client-id key (GOOGLE_CLIENT_ID), so
 * the catalog decides what each provider's client is (a Slack client id is a Slack app). Providers
 * left empty are not configured.
 */
function oauthClientKeys(text: string): (Pick<DeclaredName, 'kind' | 'name'> & { setting: string })[] {
  const value = /^oauth["']?[ \t]*[:=][ \t]*["']?([^"'\r\n]*)/i.exec(text)?.[1] ?? '';
  return value.split(';').flatMap((pair) => {
    const setting = /^\s*([A-Z][A-Za-z]+?)(?:Client|App)?Id\s*=\s*\S/.exec(pair);
    return setting ? [{ kind: 'env' as const, name: `${setting[1]!.toUpperCase()}_CLIENT_ID`, setting: `OAuth ${pair.trim().split('=')[0]!.trim()}` }] : [];
  });
}

/** Google Pay gateway identifiers that are not the vendor's catalog id or name. */
const GATEWAY_VENDOR: Record<string, string> = { checkoutltd: 'checkout-com', authorizenet: 'authorize-net', globalpayments: 'global-payments' };

/**
 * The gateway of a Google Pay tokenization specification in `text`: the "gateway" parameter's
 * string, or the string constant it names (`"gateway" to GATEWAY_NAME` with
 * `const val GATEWAY_NAME = "adyen"`), with the offset of that string.
 */
function googlePayGateway(text: string): { name: string; offset: number } | undefined {
  const parameter = /(?:["']gateway["']|(?<![\w$.])gateway)\s*(?::|to|,|=>|=)\s*(?:["']([a-z0-9]+)["']|([A-Za-z_][\w.]*))/.exec(text);
  if (!parameter) return undefined;
  if (parameter[1]) return { name: parameter[1], offset: parameter.index + parameter[0].lastIndexOf(parameter[1]) };
  const constant = parameter[2]!.split('.').at(-1)!;
  const value = new RegExp(`\\b${constant}\\s*(?::\\s*[\\w.]+\\s*)?=\\s*["']([a-z0-9]+)["']`).exec(text);
  return value ? { name: value[1]!, offset: value.index + value[0].lastIndexOf(value[1]!) } : undefined;
}

/** A key of an env schema: an UPPER_CASE property whose value on the same line is a zod type. */
const SCHEMA_KEY = /^[ \t]*["']?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["']?[ \t]*:[^\n]*?(?<![\w$.])z[ \t]*\./gm;

/** env.ts, env.mjs, src/env/server.ts, config/environment.ts: a module that declares the app's environment. */
export function isEnvModule(file: string): boolean {
  return /(^|[/._-])env(ironment)?(\/[\w.-]+)?\.[cm]?[jt]sx?$/.test(file);
}

/** django-allauth names each sign-in provider it turns on as an app ("allauth.socialaccount.providers.github"). */
const ALLAUTH_PROVIDERS = 'allauth.socialaccount.providers.';

// t3-env's createEnv({ server: { STRIPE_KEY: z.string() } }) and zod env schemas in an env module
// (env.ts: z.object({ ... }).parse(process.env)) declare the keys the code reads.
const ENV_SCHEMA = ['createenv(', 'z.object('];

// Google Pay's tokenizationSpecification of type PAYMENT_GATEWAY sends the card token to the
// gateway its "gateway" parameter names ("adyen", "stripe", "braintree").
const PAYMENT_GATEWAY = 'payment_gateway';

// An OAuth connection string in application settings ("OAuth: GoogleId=...;GitHubId=...") holds
// the client id of each sign-in provider the product registered.
const OAUTH_SETTING = 'oauth';

// boto3 reaches every AWS service through one package: the service is the name a client or
// resource is made for (boto3.client("s3"), session.resource("dynamodb")).
const BOTO3_CALLS = ['.client(', '.resource('];

// A Laravel log channel (config/logging.php) names its driver: Laravel's own (single, daily, slack,
// stack, ...) or one a vendor's package adds ('driver' => 'sentry' from sentry/sentry-laravel).
const LOG_DRIVER = "'driver'";
const LARAVEL_LOG_DRIVERS = new Set(['single', 'daily', 'slack', 'syslog', 'errorlog', 'monolog', 'custom', 'stack', 'null']);

// A DSN ("https://<key>@<host>/<project>") is the endpoint of Sentry's protocol, which other servers
// speak too (self-hosted Sentry, GlitchTip, Bugsink, Telebugs): the SDK sends where the DSN points.
const DSN_SETTING = 'dsn';
const DSN_PROTOCOL_VENDOR = 'sentry';

// OpenTelemetry's resource attribute cloud.provider says where the service runs, by one of the
// semantic conventions' well-known values (aws, azure, gcp, heroku, alibaba_cloud, ibm_cloud,
// tencent_cloud): "cloud.provider": "aws", cloud: %{provider: "azure"}, CLOUDPROVIDERVALUES_GCP.
const CLOUD_PROVIDER_ANCHORS = ['cloud.provider', 'cloud_provider', 'cloudprovidervalues', 'cloud:'];
const CLOUD_PROVIDER_VALUES: Record<string, string> = {
  aws: 'aws', azure: 'azure', gcp: 'google-cloud', heroku: 'heroku', alibaba_cloud: 'alibaba-cloud', ibm_cloud: 'ibm-cloud', tencent_cloud: 'tencent-cloud',
};

const ANCHORS = ['import', 'from', 'require', 'using', 'use', 'package:', 'env', '://', 'extern crate', ALLAUTH_PROVIDERS, ...ENV_SCHEMA, PAYMENT_GATEWAY, OAUTH_SETTING, ...BOTO3_CALLS, LOG_DRIVER, DSN_SETTING, ...CLOUD_PROVIDER_ANCHORS];

/** The anchors that can start an import in each language (what importsAt reads). */
const IMPORT_ANCHORS: Record<Language, readonly string[]> = {
  js: ['import', 'from', 'require'],
  html: ['import', 'from', 'require'],
  py: ['import', 'from'],
  rb: ['require'],
  go: ['import'],
  dart: ['package:'],
  swift: ['import'],
  cs: ['using'],
  rs: ['use', 'extern crate'],
  php: [],
  jvm: [],
  ex: [],
  config: [],
};

const matchers = new WeakMap<CatalogIndex, MultiMatcher<Needle>>();
/** The scan's matcher for `index` (exported for the build, which ships its tables: scripts/compile-data.ts). */
export function matcherFor(index: CatalogIndex): MultiMatcher<Needle> {
  let matcher = matchers.get(index);
  if (!matcher) {
    matcher = new MultiMatcher<Needle>([
      ...index.snippets.map((s) => ({ needle: s.needle, value: { type: 'snippet' as const, service: s.service, snippet: s.snippet } })),
      ...ANCHORS.map((anchor) => ({ needle: anchor, value: { type: 'anchor' as const, anchor } })),
      ...MODEL_MARKS.map((mark) => ({ needle: mark, value: { type: 'model' as const } })),
    ], index.matcherTables);
    matchers.set(index, matcher);
  }
  return matcher;
}

// Shared results of the common case (a file that proves nothing); callers only read them.
const NOTHING: SourceFindings = Object.freeze({ hits: Object.freeze([]) as unknown as SourceHit[], modelHint: false });
const MODEL_ONLY: SourceFindings = Object.freeze({ hits: NOTHING.hits, modelHint: true });

/** One service proven in a source file. */
export interface SourceHit {
  service: ServiceEntry;
  evidence: Evidence;
}

/** What a source file showed: services, and whether it may declare data models. */
export interface SourceFindings {
  hits: SourceHit[];
  modelHint: boolean;
}

// Dir-level part of sourceLanguage, cached: thousands of files share a few hundred folders.
const skippedDirCache = new Map<string, boolean>();

// One buffer for every read: allocating one per file was a measurable part of a large scan.
let shared = Buffer.allocUnsafe(SOURCE_READ_LIMIT);

/** The first SOURCE_READ_LIMIT bytes of `path` in the shared buffer, or undefined when unreadable. */
export function readSourceBytes(path: string): { bytes: Buffer; length: number } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (shared.length < SOURCE_READ_LIMIT) shared = Buffer.allocUnsafe(SOURCE_READ_LIMIT);
    const length = readSync(fd, shared, 0, SOURCE_READ_LIMIT, 0);
    return { bytes: shared, length };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file whose lines average over 300 bytes is minified or generated: nothing in it was written by hand. */
function looksMinified(bytes: Buffer, length: number): boolean {
  if (length < 4096) return false;
  let newlines = 0;
  for (let at = bytes.indexOf(10, 0); at !== -1 && at < length; at = bytes.indexOf(10, at + 1)) newlines++;
  return length / (newlines + 1) > 300;
}

/**
 * The services a source file proves: snippets (script tags, SDK URLs), SDK imports, environment
 * keys the code reads and vendor API URLs, each with its line; one piece of evidence per service
 * per file (the strongest, then the first) is enough proof.
 */
export function scanSource(file: string, language: Language, bytes: Buffer, length: number, index: CatalogIndex): SourceFindings {
  if (looksMinified(bytes, length)) return NOTHING;
  const matcher = matcherFor(index);
  const count = matcher.collect(bytes, length);
  if (count === 0) return NOTHING; // most files: nothing to look at more closely, nothing allocated
  let modelHint = false;
  const frameworkDefaults = language === 'php' && isLaravelDefaultConfig(file);
  const raw: { service: ServiceEntry; offset: number; kind: Evidence['kind']; match: string; confidence: Confidence; selfHosted?: true }[] = [];
  // One piece of evidence per service per file: the strongest, and the first of equals.
  const best = new Map<ServiceEntry, number>();
  const add = (service: ServiceEntry | undefined, offset: number, kind: Evidence['kind'], match: string, confidence: Confidence) => {
    if (!service || inLineComment(bytes, offset, language)) return;
    const at = best.get(service);
    if (at !== undefined && RANK[raw[at]!.confidence] <= RANK[confidence]) return;
    const hit = { service, offset, kind, match, confidence };
    if (at === undefined) {
      best.set(service, raw.length);
      raw.push(hit);
    } else raw[at] = hit;
  };
  const window = (start: number, size = 240) => bytes.toString('latin1', start, Math.min(length, start + size));
  let schemaRead = false;
  let gatewayRead = false;
  let usesBoto3: boolean | undefined;
  // URLs of a service's software on someone else's domain (sentry.ente.io), kept apart from the one-per-service evidence
  let instances: { service: ServiceEntry; offset: number; host: string }[] | undefined;
  // whether the file names the DSN's vendor (a Sentry SDK's setup) or a DSN at all: read once, only for a file that needs it
  let lowered: string | undefined;
  const text = () => (lowered ??= bytes.toString('latin1', 0, length).toLowerCase());
  const mentionsVendor = () => text().includes(DSN_PROTOCOL_VENDOR);
  const namesDsn = () => mentionsVendor() || text().includes(DSN_SETTING);
  // whether the file configures OpenTelemetry: only there is cloud.provider its resource attribute
  const configuresTelemetry = () => /opentelemetry|\botel|semconv|semanticresourceattributes/.test(text());
  const visit = (needle: Needle, start: number): void => {
    if (needle.type === 'model') {
      modelHint = true;
      return;
    }
    if (needle.type === 'snippet') {
      if (inFieldExample(bytes, start)) return;
      add(needle.service, start, 'html', needle.snippet, language === 'html' || language === 'js' || language === 'php' ? 'import' : 'url');
      return;
    }
    const anchor = needle.anchor;
    if (anchor === 'env') {
      const text = window(start, 120);
      const read = ENV_READ.exec(text);
      // Pkl reads a variable as the resource "env:NAME": read("env:SENTRY_DSN"), read?("env:X")
      const key = read?.[1] ?? read?.[2] ?? (language === 'config' && bytes[start - 1] === 34 ? PKL_ENV_READ.exec(text)?.[1] : undefined);
      // Laravel's config/*.php ship with env() reads for every driver the framework supports
      // (Mailgun, Postmark, SES, Algolia, Papertrail...): boilerplate, not use, so name-only.
      if (key) add(index.match({ kind: 'env', name: key }), start, 'env', key, frameworkDefaults ? 'name' : 'env');
      return;
    }
    if (anchor === 'createenv(' || anchor === 'z.object(') {
      if (schemaRead || language !== 'js' || (anchor === 'z.object(' && !isEnvModule(file))) return;
      schemaRead = true;
      // the schema's keys, each on its own line with a zod type: `R2_URL: z.string().min(1),`
      for (const key of bytes.toString('latin1', start, Math.min(length, start + 16 * 1024)).matchAll(SCHEMA_KEY)) {
        add(index.match({ kind: 'env', name: key[1]! }), start + key.index + key[0].indexOf(key[1]!), 'env', key[1]!, 'env');
      }
      return;
    }
    if (anchor === PAYMENT_GATEWAY) {
      if (gatewayRead || language === 'config' || language === 'html' || window(start, PAYMENT_GATEWAY.length) !== 'PAYMENT_GATEWAY') return;
      gatewayRead = true;
      const text = bytes.toString('latin1', 0, length);
      const gateway = text.includes('gatewayMerchantId') ? googlePayGateway(text) : undefined;
      if (gateway) add(index.matchVendor(GATEWAY_VENDOR[gateway.name] ?? gateway.name), gateway.offset, 'url', `gateway: ${gateway.name}`, 'url');
      return;
    }
    if (anchor === OAUTH_SETTING) {
      if (language !== 'config' || (start > 0 && isWordByte(bytes[start - 1]!))) return;
      for (const client of oauthClientKeys(window(start, 1024))) add(index.match(client), start, 'env', client.setting, 'env');
      return;
    }
    if (anchor === ALLAUTH_PROVIDERS) {
      if (language !== 'py') return;
      const provider = allauthProviderKey(window(start, 80));
      if (provider) add(index.match(provider), start, 'pypi', `${ALLAUTH_PROVIDERS}${provider.provider}`, 'import');
      return;
    }
    if (anchor === '.client(' || anchor === '.resource(') {
      if (language !== 'py' || !(usesBoto3 ??= bytes.indexOf('boto3') !== -1 && bytes.indexOf('boto3') < length)) return;
      const service = /^\.(?:client|resource)\(\s*(?:service_name\s*=\s*)?["']([a-z0-9-]+)["']/.exec(window(start, 80));
      if (service) add(awsService(service[1]!, index), start, 'pypi', `boto3 ${anchor.slice(1)}"${service[1]}")`, 'import');
      return;
    }
    if (anchor === LOG_DRIVER) {
      if (language !== 'php' || !/(^|\/)config\/logging\.php$/.test(file)) return;
      const driver = /^'driver'\s*=>\s*'([a-z][a-z0-9_-]*)'/.exec(window(start, 80))?.[1];
      if (driver && !LARAVEL_LOG_DRIVERS.has(driver)) add(index.matchVendor(driver), start, 'composer', `log channel driver '${driver}'`, 'env');
      return;
    }
    if (anchor === '://') {
      const host = quotedUrlHost(bytes, start, length, language === 'config');
      if (!host || inFieldExample(bytes, start)) return;
      let vendor = index.matchHost(host);
      // A DSN names where its SDK sends: the vendor's own domain (o1.ingest.sentry.io), or a server
      // of the product's own that speaks the protocol (https://<key>@observe.fluffy.chat/1).
      const dsn = !vendor && DSN_URL.test(window(start + 3, 200)) && namesDsn() ? index.matchVendor(DSN_PROTOCOL_VENDOR) : undefined;
      if (dsn && onOwnDomain(host, dsn)) vendor = dsn;
      add(vendor, start, 'url', host, 'url');
      const instance = selfHostedInstance(host, vendor, index) ?? (dsn !== vendor ? dsn : undefined);
      if (instance && !inLineComment(bytes, start, language)) (instances ??= []).push({ service: instance, offset: start, host });
      return;
    }
    if ((CLOUD_PROVIDER_ANCHORS as readonly string[]).includes(anchor)) {
      if (language === 'html' || (start > 0 && isIdentifierByte(bytes[start - 1]!) && bytes[start - 1] !== 95)) return; // icloud, but ATTR_CLOUD_PROVIDER
      const value = cloudProviderValue(window(start, 200));
      const id = value ? CLOUD_PROVIDER_VALUES[value] : undefined;
      if (id && configuresTelemetry()) add(index.matchVendor(id), start, 'url', `cloud.provider "${value}"`, 'url');
      return;
    }
    if (anchor === DSN_SETTING) {
      if (start > 0 && isIdentifierByte(bytes[start - 1]!)) return; // SENTRY_DSN, sentryDsn: a key's name, not the setting
      const setting = DSN_ASSIGNMENT.exec(window(start, 200));
      if (!setting || setting[1]!.includes('://')) return; // a URL's host is read where its "://" is
      const server = mentionsVendor() ? dsnServerName(setting[1]!) : undefined;
      const service = server ? index.matchVendor(DSN_PROTOCOL_VENDOR) : undefined;
      if (service && !inLineComment(bytes, start, language)) (instances ??= []).push({ service, offset: start, host: `dsn from ${server}` });
      return;
    }
    if (start > 0 && isWordByte(bytes[start - 1]!)) return;
    // Most anchor hits are words of another language ("use" in a TypeScript file): skip them
    // before cutting a window of text, which is the costly part.
    if (!IMPORT_ANCHORS[language].includes(anchor)) return;
    for (const declared of importsAt(language, anchor, window(start, anchor === 'import' && language === 'go' ? 4000 : 240), bytes, start)) {
      // boto3's own service modules (boto3.dynamodb.conditions, boto3.s3.transfer) name their service
      const boto3 = declared.kind === 'pypi' ? /^boto3-([a-z0-9]+)(?:-|$)/.exec(declared.name)?.[1] : undefined;
      // importing a types-only package (discord-api-types/v10) types the code and sends nothing
      const confidence = declared.kind === 'npm' && isTypesOnlyPackage(declared.name) ? 'name' : 'import';
      add((boto3 && awsService(boto3, index)) || index.match(declared.via ?? declared), start, declared.kind, declared.name, confidence);
    }
  };
  const found = matcher.hits;
  for (let k = 0; k < count; k++) visit(matcher.valueOf(found[2 * k]!), found[2 * k + 1]!);
  if (instances) for (const { service, offset, host } of instances) raw.push({ service, offset, kind: 'url', match: host, confidence: 'name', selfHosted: true });
  if (raw.length === 0) return modelHint ? MODEL_ONLY : NOTHING;
  raw.sort((a, b) => a.offset - b.offset);
  const hits: SourceHit[] = [];
  let line = 1;
  let counted = 0;
  for (const hit of raw) {
    for (let at = bytes.indexOf(10, counted); at !== -1 && at < hit.offset; at = bytes.indexOf(10, at + 1)) {
      line++;
      counted = at + 1;
    }
    const evidence: Evidence = { file, line, kind: hit.kind, match: hit.match, confidence: hit.confidence };
    if (hit.selfHosted) evidence.selfHosted = true;
    hits.push({ service: hit.service, evidence });
  }
  return { hits, modelHint };
}

// The config files Laravel and its first-party packages publish (config/services.php, mail.php,
// filesystems.php, ...): each ships env() reads for every driver the framework supports.
// A project's own config file (config/ninja.php, config/monica.php) reads the keys of the
// integrations it wrote, so its env() reads are use.
const LARAVEL_CONFIG_FILES = new Set([
  'app', 'auth', 'broadcasting', 'cache', 'cors', 'database', 'filesystems', 'hashing', 'logging', 'mail', 'queue',
  'services', 'session', 'view', 'sanctum', 'scout', 'horizon', 'telescope', 'octane', 'reverb', 'pulse', 'passport',
  'cashier', 'fortify', 'jetstream', 'concurrency',
]);
function isLaravelDefaultConfig(file: string): boolean {
  const match = /(?:^|\/)config\/([^/]+)\.php$/.exec(file);
  return match !== null && LARAVEL_CONFIG_FILES.has(match[1]!);
}

/**
 * The self-hostable service whose software a URL's host runs on someone else's domain: a subdomain
 * label that is the service's catalog id or name ("sentry" of sentry.ente.io, "posthog" of
 * posthog.acme.org), on a host that is not the service's own. Such a URL is the product's own
 * instance of it (a service that cannot be self-hosted, hcaptcha.wikimedia.org, is proxied there).
 */
function selfHostedInstance(host: string, vendor: ServiceEntry | undefined, index: CatalogIndex): ServiceEntry | undefined {
  const labels = host.toLowerCase().split('.');
  // the registrable domain: the last two labels, three under a two-letter country's second level (acme.co.uk)
  const domain = labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2;
  for (const label of labels.slice(0, -domain)) {
    if (label.length < 4) continue;
    const service = index.matchVendor(label);
    if (service?.selfHostable && service !== vendor) return service;
  }
  return undefined;
}

// "<key>[:<secret>]@<host>[:port]/[path/]<project id>" after a URL's "://": the shape of a DSN
const DSN_URL = /^[0-9a-f]{16,}(?::[0-9a-f]+)?@[a-z0-9.-]+(?::\d+)?\/(?:[\w.-]+\/)*\d+(?![\w/.-])/i;
// the DSN setting and its value: `config.dsn = X`, `dsn: X`, `dsn=X`, `'dsn' => X`
const DSN_ASSIGNMENT = /^dsn["']?[ \t]*(?::|=>|=(?!=))[ \t]*([^\n;,)}]+)/i;
// Words of a DSN setting's value that name no server: where it is kept, for which part of the app.
const DSN_GENERIC_WORDS = new Set([
  'dsn', 'config', 'configuration', 'settings', 'setting', 'options', 'option', 'opts', 'env', 'environ', 'environment', 'process',
  'credentials', 'secrets', 'secret', 'rails', 'application', 'app', 'public', 'private', 'next', 'vite', 'react', 'expo', 'nuxt',
  'error', 'errors', 'reporting', 'reporter', 'report', 'crash', 'crashes', 'tracking', 'tracker', 'monitoring', 'monitor',
  'telemetry', 'exception', 'exceptions', 'bug', 'bugs', 'server', 'client', 'backend', 'frontend', 'web', 'browser', 'mobile',
  'ios', 'android', 'desktop', 'api', 'default', 'prod', 'production', 'dev', 'development', 'staging', 'test', 'get', 'fetch',
  'dig', 'value', 'import', 'meta', 'window', 'self', 'this', 'my', 'os', 'system', 'getenv', 'string', 'str', 'url', 'key',
]);

/**
 * The server a DSN setting's value is named after, when it names one other than the protocol's
 * vendor: `Rails.application.credentials.telebugs.dsn`, `ENV["GLITCHTIP_DSN"]`, `bugsinkDsn`: the
 * word just before "dsn". Undefined for the vendor's own names (SENTRY_DSN, the old Raven SDK's
 * RAVEN_DSN) and for generic ones (ENV["DSN"], settings.dsn, NEXT_PUBLIC_ERROR_DSN).
 */
function dsnServerName(value: string): string | undefined {
  const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.includes(DSN_PROTOCOL_VENDOR) || words.includes('raven')) return undefined;
  const at = words.lastIndexOf('dsn');
  const qualifier = at > 0 ? words[at - 1]! : undefined;
  return qualifier && /^[a-z]{3,}$/.test(qualifier) && !DSN_GENERIC_WORDS.has(qualifier) ? qualifier : undefined;
}

/**
 * The well-known value of an OpenTelemetry cloud.provider attribute at the start of `text`:
 * `cloud.provider": "aws"`, `cloud.provider=gcp` (OTEL_RESOURCE_ATTRIBUTES), `cloud: %{provider: "azure"}`,
 * `CLOUD_PROVIDER]: CLOUDPROVIDERVALUES_AWS`, `CloudProviderValues.AZURE`. Lower-cased.
 */
function cloudProviderValue(text: string): string | undefined {
  const value = CLOUD_PROVIDER_ATTRIBUTE.exec(text) ?? CLOUD_PROVIDER_CONSTANT.exec(text) ?? CLOUD_MAP_PROVIDER.exec(text);
  return value?.slice(1).find(Boolean)?.toLowerCase();
}
const KNOWN_CLOUD = '(aws|azure|gcp|heroku|alibaba_cloud|ibm_cloud|tencent_cloud)';
const CLOUD_PROVIDER_ATTRIBUTE = new RegExp(`^cloud[._]provider["'\\]]?\\s*(?::|=>|=|,)\\s*(?:["']${KNOWN_CLOUD}["']|${KNOWN_CLOUD}(?![\\w.-])|[\\w.]*?(?:cloudprovidervalues|cloud_provider_value)[._]${KNOWN_CLOUD}\\b)`, 'i');
const CLOUD_PROVIDER_CONSTANT = new RegExp(`^cloudprovidervalues[._]${KNOWN_CLOUD}\\b`, 'i');
const CLOUD_MAP_PROVIDER = new RegExp(`^cloud["']?\\s*(?::|=>)\\s*%?\\{[^}]{0,160}?\\bprovider["']?\\s*(?::|=>|=)\\s*["']${KNOWN_CLOUD}["']`, 'i');

/** Whether `host` is on the domain of the service's own site (its privacy policy's: sentry.io for o1.ingest.sentry.io). */
function onOwnDomain(host: string, service: ServiceEntry): boolean {
  const domain = /^https:\/\/(?:www\.)?([^/]+)/.exec(service.privacyPolicy)?.[1]?.toLowerCase();
  const lower = host.toLowerCase();
  return !!domain && (lower === domain || lower.endsWith(`.${domain}`));
}

/** A letter, digit or underscore: a byte inside an identifier. */
function isIdentifierByte(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte === 95;
}

function isWordByte(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte === 95 || byte === 36 || byte === 46;
}

function atLineStart(bytes: Buffer, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const b = bytes[i]!;
    if (b === 10) return true;
    if (b !== 32 && b !== 9) return false;
  }
  return true;
}

// process.env.X, process.env["X"], import.meta.env.X, os.environ["X"], os.environ.get("X"),
// os.getenv("X"), os.Getenv("X"), ENV["X"], ENV.fetch("X"), System.getenv("X"), System.get_env("X"),
// env("X"), Deno.env.get("X"), std::env::var("X"), Environment.GetEnvironmentVariable("X"), $_ENV['X'].
const ENV_READ =
  /^[Ee][Nn][Vv](?:[a-z_][A-Za-z_]*)?[!?]?(?:\s*\??\.\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![\w$])|(?:\s*(?:\.|::|->)\s*[a-z_]\w*[!?]?)?\s*[([]\s*['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`])/;

const PKL_ENV_READ = /^env:([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"/;

/**
 * The host of a URL whose "://" is at `start`, when the URL opens a string literal (not a comment or
 * prose link); in a configuration file (`valueOk`), also when it is the unquoted value of a key on a
 * line that is not a comment ("Endpoint: https://...", "api.url=https://...").
 */
function quotedUrlHost(bytes: Buffer, start: number, length: number, valueOk = false): string | undefined {
  let i = start - 1;
  while (i >= 0 && bytes[i]! >= 97 && bytes[i]! <= 122) i--;
  if (start - i - 1 < 2) return undefined; // no scheme (http, https, wss)
  const before = i >= 0 ? bytes[i]! : 0;
  if (before !== 34 && before !== 39 && before !== 96 && before !== 61 && !(valueOk && isConfigValue(bytes, i)) && !inSourceList(bytes, i)) return undefined; // " ' ` =
  // past a DSN's or URL's user info ("https://<key>@o1.ingest.example.com/4")
  const host = /^(?:[\w.~%!$&'()*+,;=:-]*@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(bytes.toString('latin1', start + 3, Math.min(length, start + 3 + 128)))?.[1];
  return host && !/(^|\.)(localhost|example\.(com|org|net)|test|local|invalid)$/i.test(host) ? host : undefined;
}

// A source list: the space-separated hosts of a Content-Security-Policy ("default-src 'self';
// connect-src https://api.acme.com") or an Elixir word list (~w('self' https://api.acme.com)).
// Every word between the opening quote or sigil and the URL must be such a source (a URL or host,
// a scheme such as data:, a quoted keyword such as 'self', *, or a directive name), so a URL in
// prose ("see https://...", a comment listing links) is still not taken.
const CSP_SOURCE =
  /^(?:'[\w+/=-]+'|(?:data|blob|https?|wss?|mediastream|filesystem):|\*|[a-z][a-z0-9+.-]*:\/\/\S+|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+|:\*)?(?:\/\S*)?|(?:[a-z]+-)+(?:src|uri|ancestors|action|to)(?:-elem|-attr)?|upgrade-insecure-requests|block-all-mixed-content|sandbox)[;,]?$/i;
// What may open a source list: a quote, or an Elixir word or string sigil (~w( ~W[ ~s{ ...),
// after at most an attribute or key name ("content=", "csp:").
const LIST_OPENER = /^[\w-]*[=:]?(?:["'`]|~[wWsS][([{<|/"'])(.*)$/;

const SIGIL_DELIMITERS = [...'([{<|/'].map((c) => c.charCodeAt(0));
const SIGIL_LETTERS = [...'wWsS'].map((c) => c.charCodeAt(0));

/** Whether the space at `at` (before a URL) is inside a source list opened on the same line, on a line that is not a comment. */
function inSourceList(bytes: Buffer, at: number): boolean {
  // ~w(https://... : the URL right after the sigil's delimiter
  if (at >= 2 && SIGIL_DELIMITERS.includes(bytes[at]!) && bytes[at - 2] === 126 && SIGIL_LETTERS.includes(bytes[at - 1]!)) return notComment(bytes, at);
  if (bytes[at] !== 32 && bytes[at] !== 9) return false;
  let j = at;
  for (let words = 0; words < 40; words++) {
    while (j >= 0 && (bytes[j] === 32 || bytes[j] === 9)) j--;
    if (j < 0 || bytes[j] === 10 || bytes[j] === 13) return false;
    let k = j;
    while (k >= 0 && bytes[k] !== 32 && bytes[k] !== 9 && bytes[k] !== 10 && bytes[k] !== 13) k--;
    const word = bytes.toString('latin1', k + 1, j + 1);
    if (!CSP_SOURCE.test(word)) {
      const opened = LIST_OPENER.exec(word);
      return opened !== null && (opened[1] === '' || CSP_SOURCE.test(opened[1]!)) && notComment(bytes, k + 1);
    }
    j = k;
  }
  return false;
}

// The line-comment markers of each language; `/*` and `<!--` also count, unless closed before the hit.
const HASH_COMMENTS = new Set<Language>(['py', 'rb', 'ex', 'config', 'php']);
const SLASH_COMMENTS = new Set<Language>(['js', 'html', 'go', 'php', 'jvm', 'swift', 'dart', 'cs', 'rs']);

/**
 * Whether `at` sits on a line that is a comment in `language` (a commented-out import, a note
 * naming a vendor's host): a mention, not use. Only whole-line comments are recognised; a
 * block comment closed before `at` on the same line ("<!-- Analytics --> <script ...>") is not one.
 */
function inLineComment(bytes: Buffer, at: number, language: Language): boolean {
  let start = at;
  while (start > 0 && bytes[start - 1] !== 10) start--;
  while (start < at && (bytes[start] === 32 || bytes[start] === 9)) start++;
  const a = bytes[start];
  const b = bytes[start + 1];
  if (a === 35) return HASH_COMMENTS.has(language) && !(language === 'php' && b === 91); // # (PHP's #[Attribute] is code)
  if (!SLASH_COMMENTS.has(language)) return false;
  if (a === 47 && b === 47) return true; // //
  const closed = (marker: string) => bytes.toString('latin1', start, at).includes(marker);
  if (a === 42 && (b === 32 || b === 9 || b === 10 || b === 13 || b === 47)) return !closed('*/'); // " * " inside a block comment
  if (a === 47 && b === 42) return !closed('*/'); // /*
  if (a === 60 && b === 33 && bytes[start + 2] === 45) return !closed('-->'); // <!--
  return false;
}

// A form field's example text, open up to the hit: `placeholder="smtp.gmail.com"`, `placeholder: 'https://…'`,
// `'host_help' => 'ie. smtp.gmail.com'` (a translation file's hint), `emailHint: "e.g. …"`.
const FIELD_EXAMPLE = /(?:placeholder|help|hint)(?:_?text)?['"]?\s*(?:=>|=|:)\s*\{?\s*[`'"][^`'"]*$/i;

/**
 * Whether `at` sits inside the value of a placeholder or a help / hint text: an example a
 * user is shown of what to type (in every language of a translation file), not a host the
 * product calls.
 */
function inFieldExample(bytes: Buffer, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 400 && bytes[start - 1] !== 10) start--;
  return FIELD_EXAMPLE.test(bytes.toString('latin1', start, at));
}

/** Whether the line holding `at` does not start with a comment marker (# // ; * --). */
function notComment(bytes: Buffer, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && bytes[lineStart - 1] !== 10) lineStart--;
  while (bytes[lineStart] === 32 || bytes[lineStart] === 9) lineStart++;
  const first = bytes[lineStart];
  return first !== 35 && first !== 47 && first !== 59 && first !== 42 && !(first === 45 && bytes[lineStart + 1] === 45) && !(first === 60 && bytes[lineStart + 1] === 33); // <!--
}

/** Whether the text before `at` on its line is "key:" (spaces allowed) on a line that is not a comment. */
function isConfigValue(bytes: Buffer, at: number): boolean {
  let i = at;
  while (i >= 0 && (bytes[i] === 32 || bytes[i] === 9)) i--;
  if (i < 0 || bytes[i] !== 58) return false; // ':'
  let lineStart = i;
  while (lineStart > 0 && bytes[lineStart - 1] !== 10) lineStart--;
  while (bytes[lineStart] === 32 || bytes[lineStart] === 9) lineStart++;
  const first = bytes[lineStart];
  return first !== 35 && first !== 47 && first !== 59 && first !== 42; // # / ; *
}

/** A package an import names; `via` is the catalog lookup to use instead of the name itself. */
type Imported = Pick<DeclaredName, 'kind' | 'name'> & { via?: Pick<DeclaredName, 'kind' | 'name'> };

// Auth.js / NextAuth sign-in providers are sub-paths of one package ("next-auth/providers/google",
// "@auth/core/providers/github"); importing one is what turns that sign-in on. Auth.js reads each
// provider's keys as AUTH_<PROVIDER>_ID, which the catalog's sign-in entries list, so the import
// is looked up as that key: no second table of providers to keep in step with the catalog.
const AUTH_PROVIDER_IMPORT = /^(?:next-auth|@auth\/[a-z-]+)\/providers\/([a-z0-9-]+)$/;
function authProviderKey(spec: string): Pick<DeclaredName, 'kind' | 'name'> | undefined {
  const provider = AUTH_PROVIDER_IMPORT.exec(spec)?.[1];
  if (!provider || provider === 'credentials' || provider === 'email' || provider === 'nodemailer') return undefined;
  return { kind: 'env', name: `AUTH_${provider.toUpperCase().replace(/-/g, '_')}_ID` };
}

/** allauth providers whose Auth.js name differs. */
const ALLAUTH_AS_AUTHJS: Record<string, string> = { microsoft: 'microsoft_entra_id' };

// django-allauth's provider apps, listed in INSTALLED_APPS, are what turn each sign-in on; they are
// looked up as the provider's Auth.js key (AUTH_GITHUB_ID), as Auth.js provider imports are.
// "bitbucket_oauth2" and "linkedin_oauth2" are the OAuth 2 flavours of their provider.
function allauthProviderKey(text: string): (Pick<DeclaredName, 'kind' | 'name'> & { provider: string }) | undefined {
  const provider = /^allauth\.socialaccount\.providers\.([a-z0-9_]+)/.exec(text)?.[1];
  if (!provider || ['openid_connect', 'openid', 'saml', 'oauth', 'oauth2', 'dummy', 'base'].includes(provider)) return undefined;
  const name = ALLAUTH_AS_AUTHJS[provider] ?? provider.replace(/_oauth2?$/, '');
  return { kind: 'env', name: `AUTH_${name.toUpperCase()}_ID`, provider };
}

/** The package names an anchor at `start` imports, in the file's language. */
function importsAt(language: Language, anchor: string, text: string, bytes: Buffer, start: number): Imported[] {
  switch (language) {
    case 'js':
    case 'html': {
      const spec =
        anchor === 'from' ? /^from\s*['"]([^'"\n]+)['"]/.exec(text)?.[1]
        : anchor === 'import' ? /^import\s*(?:\(\s*)?['"]([^'"\n]+)['"]/.exec(text)?.[1]
        : anchor === 'require' ? /^require\s*\(\s*['"]([^'"\n]+)['"]/.exec(text)?.[1]
        : undefined;
      const name = spec ? npmName(spec) : undefined;
      if (!name) return [];
      const provider = spec ? authProviderKey(spec) : undefined;
      return provider ? [{ kind: 'npm', name: spec!, via: provider }, { kind: 'npm', name }] : [{ kind: 'npm', name }];
    }
    case 'py': {
      if (!atLineStart(bytes, start)) return [];
      const modules =
        anchor === 'from' ? [/^from\s+([\w.]+)\s+import\b/.exec(text)?.[1]]
        : anchor === 'import' ? (/^import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/.exec(text)?.[1] ?? '').split(',')
        : [];
      return modules.flatMap((m) => pythonCandidates(m?.trim() ?? ''));
    }
    case 'rb': {
      const path = anchor === 'require' ? /^require\s*\(?\s*['"]([\w./-]+)['"]/.exec(text)?.[1] : undefined;
      if (!path) return [];
      return [{ kind: 'rubygems', name: path.replace(/\//g, '-') }, { kind: 'rubygems', name: path.split('/')[0]! }];
    }
    case 'go': {
      if (anchor !== 'import' || !atLineStart(bytes, start)) return [];
      const single = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/.exec(text)?.[1];
      if (single) return [{ kind: 'go', name: single }];
      const block = /^import\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
      return [...block.matchAll(/"([^"]+)"/g)].map((m) => ({ kind: 'go' as const, name: m[1]! }));
    }
    case 'dart': {
      const name = anchor === 'package:' ? /^package:([a-z0-9_]+)\//.exec(text)?.[1] : undefined;
      return name ? [{ kind: 'pub', name }] : [];
    }
    case 'swift': {
      if (anchor !== 'import' || !atLineStart(bytes, start)) return [];
      const name = /^import\s+(?:(?:class|struct|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_]\w*)/.exec(text)?.[1];
      return name ? [{ kind: 'cocoapods', name }] : [];
    }
    // Java/Kotlin packages and PHP namespaces name a vendor's group or organisation, which also
    // publishes libraries that call no service (com.auth0:java-jwt, league/*, symfony/*); their
    // manifests (pom.xml, build.gradle, composer.json) say exactly which artifact is used.
    case 'cs': {
      if (anchor !== 'using' || !atLineStart(bytes, start)) return [];
      const namespace = /^using\s+(?:static\s+)?([\w.]+)\s*;/.exec(text)?.[1];
      if (!namespace) return [];
      const parts = namespace.split('.');
      return parts.flatMap((_, n) => {
        const name = parts.slice(0, parts.length - n).join('.');
        return [{ kind: 'nuget' as const, name }, { kind: 'nuget' as const, name: `${name}.net` }];
      });
    }
    case 'rs': {
      const crate =
        anchor === 'use' && atLineStart(bytes, start) ? /^use\s+(?:::)?([a-z_][a-z0-9_]*)::/.exec(text)?.[1]
        : anchor === 'extern crate' ? /^extern crate\s+([a-z_][a-z0-9_]*)/.exec(text)?.[1]
        : undefined;
      return crate && !['std', 'core', 'alloc', 'crate', 'self', 'super'].includes(crate) ? [{ kind: 'cargo', name: crate }] : [];
    }
    default:
      return [];
  }
}

/**
 * The catalog entry of an AWS service by its API name ("s3", "dynamodb", "sqs"): the service whose
 * JavaScript client (@aws-sdk/client-<name>), Ruby gem (aws-sdk-<name>) or Java module
 * (software.amazon.awssdk:<name>) the catalog lists, so the catalog keeps the one list of services.
 */
function awsService(name: string, index: CatalogIndex): ServiceEntry | undefined {
  return (
    index.match({ kind: 'npm', name: `@aws-sdk/client-${name}` }) ??
    index.match({ kind: 'rubygems', name: `aws-sdk-${name.replace(/-/g, '')}` }) ??
    index.match({ kind: 'maven', name: `software.amazon.awssdk:${name}` })
  );
}

/** "google.cloud.storage" -> google-cloud-storage, google-cloud, google: the distribution names a module may belong to. */
function pythonCandidates(module: string): Pick<DeclaredName, 'kind' | 'name'>[] {
  if (!module || module.startsWith('.')) return [];
  const parts = module.split('.');
  return parts.map((_, n) => ({ kind: 'pypi' as const, name: parts.slice(0, parts.length - n).join('-') }));
}

const npmNames = new Map<string, string | undefined>();
/** npmNameOfSpecifier, remembered: a codebase imports the same few hundred specifiers over and over. */
function npmName(spec: string): string | undefined {
  if (npmNames.has(spec)) return npmNames.get(spec);
  const name = npmNameOfSpecifier(spec);
  if (npmNames.size < 50_000) npmNames.set(spec, name);
  return name;
}
