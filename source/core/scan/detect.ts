import { stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Catalog, ServiceEntry } from '../catalog/types.js';
import { FRAMEWORK_ENV_PREFIX, hostedEditionWords, indexCatalog, type CatalogIndex } from './catalog-index.js';
import { findDataColumns, isSchemaFile, schemaRule, type DataColumn } from './data-kinds.js';
import type { DeclaredName } from './declared-name.js';
import { DEPLOY_KINDS } from './identifier-key.js';
import { isEnvTemplate, manifestParser } from './manifests.js';
import { programOf } from './parsers/command-words.js';
import { packageJsonName } from './parsers/package-json.js';
import { withParseProblems } from './parse-problems.js';
import { MANIFEST_SIZE_LIMIT, readTextOrReason } from './read-file.js';
import { sdkReason } from './sdk-heuristic.js';
import { inTestOrExampleDir, isEnvModule, readSourceBytes, scanSource, sourceLanguage } from './source-scan.js';
import { CONFIDENCE, type Confidence, type DataKindFinding, type Detection, type Evidence, type ScanResult, type Unrecognised } from './types.js';
import { groupUnrecognised } from './unrecognised.js';
import { walkProject, type SkippedFile } from './walk.js';
import { compareNames } from '../compare-names.js';
import { ancestorsOf } from './drift.js';

/** What one file proved: evidence per service, dependencies that look like unknown SDKs, personal-data columns. */
interface FileFindings {
  file: string;
  evidence: { service: ServiceEntry; evidence: Evidence }[];
  unrecognised: Unrecognised[];
  columns: DataColumn[];
  /** the package's own name (package.json), so other workspaces depending on it are not unknown SDKs */
  packageName?: string;
  /** OAuth app keys an env template shows to configure a sign-in (AZURE_CLIENT_ID: Microsoft Entra), by key */
  signInKeys?: Map<string, ServiceEntry>;
}

/** Code-level evidence kept per service beyond the manifests: enough to find it, short enough to read. */
const CODE_EVIDENCE_PER_SERVICE = 5;

/**
 * Finds the catalog's services in the project at `root`: reads every manifest and deploy file,
 * and every source file and template (SDK imports, env reads, API URLs, script tags), outside
 * ignored, dependency, build and test folders; and the kinds of personal data its schemas store.
 */
export async function detectServices(root: string, catalog: Catalog): Promise<ScanResult> {
  await assertFolder(root);
  const index = indexCatalog(catalog);
  // Each path is classified once, while walking: the walk sees every file of the project.
  // A few kinds are shared by all files (one object per parser and language pair), so that tens of
  // thousands of files do not each keep an object alive until the walk ends.
  const kinds = new Map<string, FileKind>();
  const shared = new Map<unknown, Map<unknown, FileKind>>();
  const kindOf = (parser: FileKind['parser'], language: FileKind['language']): FileKind => {
    let byLanguage = shared.get(parser);
    if (!byLanguage) shared.set(parser, (byLanguage = new Map()));
    let kind = byLanguage.get(language);
    if (!kind) byLanguage.set(language, (kind = { parser, language }));
    return kind;
  };
  const skipped: SkippedFile[] = [];
  const files = walkProject(root, (file) => {
    const parser = manifestParser(file, index.deployFiles);
    const language = sourceLanguage(file);
    if (!parser && !language && !isSchemaFile(file)) return false;
    kinds.set(file, kindOf(parser, language));
    return true;
  }, skipped);
  const findings: FileFindings[] = [];
  const filesRead: string[] = [];
  // Paths are joined by hand: path.join on every one of thousands of files was a visible cost.
  const base = root.endsWith('/') || root.endsWith(sep) ? root : `${root}/`;
  for (const file of files) {
    const found = readFindings(base, file, index, kinds.get(file) ?? kindOf(undefined, undefined), skipped);
    if (!found) continue;
    filesRead.push(file);
    // Most source files prove nothing: only those with something to say are kept for assembling.
    if (found.evidence.length > 0 || found.unrecognised.length > 0 || found.columns.length > 0 || found.packageName || found.signInKeys) findings.push(found);
  }
  const packageRoots = new Set(files.filter(isPackageManifest).map((file) => file.slice(0, file.lastIndexOf('/') + 1)));
  return { ...assemble(findings, catalog, packageRoots), filesRead, skipped: skipped.sort((a, b) => compareText(a.file, b.file)) };
}

async function assertFolder(root: string): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(`the project folder "${root}" ${info ? 'is not a folder' : 'does not exist'}`, {
      file: root,
      field: '--cwd',
      fix: 'pass the root folder of your project with --cwd, or run the command there',
    });
  }
}

/** How a file is read: by a manifest parser, as source in a language, or (neither) as a schema only. */
interface FileKind {
  parser: ReturnType<typeof manifestParser>;
  language: ReturnType<typeof sourceLanguage>;
}

function readFindings(base: string, file: string, index: CatalogIndex, { parser, language }: FileKind, skipped: SkippedFile[]): FileFindings | undefined {
  if (parser) {
    const read = readTextOrReason(base + file, MANIFEST_SIZE_LIMIT, 'skip');
    if ('reason' in read) {
      skipped.push({ file, reason: read.reason });
      return undefined;
    }
    const { text } = read;
    const findings: FileFindings = { file, evidence: [], unrecognised: [], columns: [] };
    const { result, problems } = withParseProblems(() => parser(text, file));
    if (problems.length > 0) skipped.push({ file, reason: problems[0]! });
    for (const declared of result) addDeclared(findings, declared, index);
    if (file === 'package.json' || file.endsWith('/package.json')) findings.packageName = packageJsonName(text);
    // A manifest that is also source (config/*.exs reads System.get_env) is scanned as source too.
    if (language) {
      const bytes = readSourceBytes(base + file);
      if (bytes) {
        const proven = new Set(findings.evidence.map((e) => e.service));
        findings.evidence.push(...scanSource(file, language, bytes.bytes, bytes.length, index).hits.filter((hit) => !proven.has(hit.service)));
      }
    }
    return findings;
  }
  const read = readSourceBytes(base + file);
  if (!read) return undefined;
  let modelHint = isSchemaFile(file);
  let hits: FileFindings['evidence'] = NOTHING_FOUND.evidence;
  if (language) {
    const source = scanSource(file, language, read.bytes, read.length, index);
    hits = source.hits;
    modelHint ||= source.modelHint || (file.includes('migrat') && /(^|\/)(db\/migrate|database\/migrations|priv\/repo\/migrations)\//.test(file));
  }
  // Most source files prove nothing: one shared empty result instead of an object per file.
  if (!modelHint && hits.length === 0) return NOTHING_FOUND;
  const findings: FileFindings = { file, evidence: [...hits], unrecognised: [], columns: [] };
  if (!modelHint) return findings;
  let text: string | undefined;
  const textOf = () => (text ??= read.bytes.toString('utf8', 0, read.length));
  const rule = schemaRule(file, textOf);
  if (rule) findings.columns = findDataColumns(textOf(), rule);
  return findings;
}

/** What a file that proves nothing yields (read-only: detectServices keeps only findings with something in them). */
const NOTHING_FOUND: FileFindings = Object.freeze({
  file: '',
  evidence: Object.freeze([]) as unknown as FileFindings['evidence'],
  unrecognised: Object.freeze([]) as unknown as Unrecognised[],
  columns: Object.freeze([]) as unknown as DataColumn[],
});

/** The confidence a declared name carries by default: deploy signals and dependencies are manifests, keys are env. */
function confidenceOf(declared: DeclaredName): Confidence {
  if (declared.confidence) return declared.confidence;
  return declared.kind === 'env' ? 'env' : 'manifest';
}

function addDeclared(findings: FileFindings, declared: DeclaredName, index: CatalogIndex): void {
  const { file } = findings;
  const { kind, name, line, dev, optional } = declared;
  const signIn = declared.signIn ? index.matchSignIn(declared.signIn) : undefined;
  if (signIn) (findings.signInKeys ??= new Map()).set(name.toUpperCase(), signIn);
  const direct = signIn ?? index.match(declared) ?? (declared.registry ? registryHost(declared.name, index) : undefined);
  const named = direct ? undefined : declared.vendor ? index.matchVendor(declared.vendor) : undefined;
  const service = direct ?? named;
  if (service) {
    // "vercel deploy" is cited as "vercel" unless the catalog names the subcommand ("wrangler pages")
    const cited = kind === 'cli' && name.includes(' ') && index.match({ kind, name: programOf(name) }) === service ? programOf(name) : name;
    const match = named ? `${name}=${declared.vendorEvidence ?? declared.vendor}` : cited;
    const evidence: Evidence = { file, line, kind, match, confidence: confidenceOf(declared), ...(dev ? { dev } : {}), ...(optional ? { optional } : {}) };
    findings.evidence.push({ service, evidence });
    return;
  }
  // An unknown env key or deploy signal says nothing about an SDK; the project's own packages are not third parties.
  if (kind === 'env' || (DEPLOY_KINDS as readonly string[]).includes(kind) || declared.internal) return;
  const reason = sdkReason(name);
  if (reason) findings.unrecognised.push({ name, file, line, kind: kind as Unrecognised['kind'], reason, ...(dev ? { dev } : {}) });
}

/** The vendor whose host serves the registry of a pushed image ("rg.fr-par.scw.cloud/acme/api"). */
function registryHost(image: string, index: CatalogIndex): ServiceEntry | undefined {
  const host = image.split('/')[0]!.replace(/:\d+$/, '');
  return host.includes('.') ? index.matchHost(host) : undefined;
}

const rank = (e: Evidence) => CONFIDENCE.indexOf(e.confidence ?? 'manifest');

// Manifests that make their folder a package: the scope within which an S3 client and its storage's keys belong together.
const PACKAGE_MANIFESTS = new Set([
  'package.json', 'pyproject.toml', 'setup.py', 'Pipfile', 'Gemfile', 'go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'Podfile',
  'Package.swift', 'pubspec.yaml', 'composer.json', 'mix.exs', 'Cargo.toml', 'deno.json',
]);
function isPackageManifest(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return PACKAGE_MANIFESTS.has(name) || /\.(cs|fs|vb)proj$/.test(name);
}

/** The folder ("apps/api/", or "" for the root) of the package `file` belongs to: its nearest folder with a package manifest. */
function packageOf(file: string, roots: ReadonlySet<string>): string {
  for (let at = file.lastIndexOf('/'); at !== -1; at = file.lastIndexOf('/', at - 1)) {
    const dir = file.slice(0, at + 1);
    if (roots.has(dir)) return dir;
  }
  return '';
}

// Storage services that speak the S3 API: their documented client is an S3 SDK pointed at their endpoint.
const S3_COMPATIBLE = new Set(['cloudflare-r2', 'backblaze-b2', 'wasabi', 'digitalocean-spaces', 'storj', 'tigris', 'supabase-storage']);
const PACKAGE_KINDS = new Set<Evidence['kind']>(['npm', 'pypi', 'rubygems', 'go', 'maven', 'nuget', 'composer', 'hex', 'cargo', 'cocoapods', 'swiftpm', 'pub']);

/**
 * Drops the Amazon S3 SDK evidence (a dependency or import of an S3 client) of each package that
 * also configures an S3-compatible storage service (Cloudflare R2's keys or endpoint) and shows
 * nothing of AWS itself (no AWS key, host or other AWS service): there the S3 client is that
 * storage's client, and Amazon receives nothing.
 */
function withoutS3ClientsOfOtherStorage(byService: Map<ServiceEntry, Evidence[]>, catalog: Catalog, roots: ReadonlySet<string>): void {
  const s3 = [...byService.keys()].find((service) => service.id === 'aws-s3');
  if (!s3) return;
  const isSdk = (e: Evidence) => PACKAGE_KINDS.has(e.kind) && e.confidence !== 'name';
  const others = new Set<string>();
  const amazon = new Set<string>();
  for (const [service, list] of byService) {
    const aws = service.id === 'aws' || ancestorsOf(service, catalog).includes('aws');
    for (const e of list) {
      if (e.confidence === 'name') continue;
      if (S3_COMPATIBLE.has(service.id)) others.add(packageOf(e.file, roots));
      else if (aws && !(service === s3 && isSdk(e))) amazon.add(packageOf(e.file, roots));
    }
  }
  const kept = byService.get(s3)!.filter((e) => {
    const scope = packageOf(e.file, roots);
    return !(isSdk(e) && others.has(scope) && !amazon.has(scope));
  });
  if (kept.length > 0) byService.set(s3, kept);
  else byService.delete(s3);
}

/** Whether `e` proves the hosted edition of a self-runnable engine: its hosts or snippets, a deploy signal, a key only it has or one naming it. */
function provesHosted(e: Evidence, hostedEnv: readonly string[], edition: string | undefined): boolean {
  if (e.confidence === 'name') return false;
  if (e.kind === 'url' || e.kind === 'html' || (DEPLOY_KINDS as readonly string[]).includes(e.kind)) return true;
  if (e.kind !== 'env') return false;
  const key = e.match.split('=')[0]!.toUpperCase().replace(FRAMEWORK_ENV_PREFIX, '');
  if (edition && `_${key}_`.includes(`_${edition}_`)) return true;
  return hostedEnv.some((hosted) => (hosted.endsWith('_') ? key.startsWith(hosted) : key === hosted));
}

/**
 * The client of an engine anyone can run (pymongo, mongoose, @clickhouse/client, meilisearch) and
 * the engine's connection settings reach any server of it: self-run, or the vendor's hosted
 * edition. Without evidence of the hosted service itself (its hosts, a key only it has), such a
 * detection only names the hosted service as a possibility.
 */
function engineClientsOnly(byService: Map<ServiceEntry, Evidence[]>): void {
  for (const [service, list] of byService) {
    const engine = service.selfRunnable;
    if (!engine || list.some((e) => provesHosted(e, engine.hostedEnv ?? [], hostedEditionWords(service)))) continue;
    byService.set(service, list.map((e) => (e.confidence === 'name' ? e : { ...e, confidence: 'name' as const })));
  }
}

/**
 * A service whose software the product runs itself: its SDK sends to the product's own instance
 * (the DSN https://<key>@sentry.ente.io/4), so unless the vendor's own URL, or a key whose value
 * the code does not show, says otherwise, nothing reaches the vendor, and the detection only
 * names it as a possibility.
 */
function selfHostedOnly(byService: Map<ServiceEntry, Evidence[]>): void {
  for (const [service, list] of byService) {
    if (!list.some((e) => e.selfHosted)) continue;
    // a URL of the vendor itself, or an env key whose value (where the SDK sends) the code does not show
    if (list.some((e) => !e.selfHosted && (e.kind === 'url' || e.kind === 'html' || e.kind === 'env') && e.confidence !== 'name')) continue;
    byService.set(service, list.map((e) => (e.confidence === 'name' ? e : { ...e, confidence: 'name' as const })));
  }
}

/**
 * An embed of a vendor's content (react-tweet, react-youtube) sends nothing until a page renders
 * it: a dependency that no source file imports, with nothing else of the service (a script, a
 * snippet, a key), only names it as a possibility.
 */
function embedsOnlyWhenRendered(byService: Map<ServiceEntry, Evidence[]>): void {
  for (const [service, list] of byService) {
    if (!service.embed || list.some((e) => e.confidence !== 'name' && e.confidence !== 'manifest')) continue;
    byService.set(service, list.map((e) => (e.confidence === 'name' ? e : { ...e, confidence: 'name' as const })));
  }
}

/**
 * A hosting platform sets variables in the processes it runs (VERCEL_URL, VERCEL_ENV), and an app's
 * env module (env.ts, env.mjs: the schema of every variable the app accepts) may declare them so
 * the app fits in when it happens to run there (Langfuse takes VERCEL_URL as its base URL when set,
 * as NextAuth does). When the project's deploy files or steps name another host (an ECS deploy, a
 * fly.toml), a hosting platform shown only by its variables in env modules (no env template asks
 * an operator to set them; no read in the app's own code, no deploy file, package or CLI) only
 * names that platform as a possibility. A read in the app's code stays evidence (openstatus's
 * checker picks its region from RAILWAY_REPLICA_REGION when it runs on Railway), and so does any
 * read when no deploy signal names another host: a product deployed from Git needs no deploy file.
 */
function platformVariablesOfAnotherHost(byService: Map<ServiceEntry, Evidence[]>, catalog: Catalog): void {
  const hosting = (service: ServiceEntry) => service.category === 'hosting';
  const family = (service: ServiceEntry) => [service.id, ...ancestorsOf(service, catalog)];
  const deployedOn = new Set<string>();
  for (const [service, list] of byService) {
    if (hosting(service) && list.some((e) => e.confidence !== 'name' && (DEPLOY_KINDS as readonly string[]).includes(e.kind))) for (const id of family(service)) deployedOn.add(id);
  }
  if (deployedOn.size === 0) return;
  for (const [service, list] of byService) {
    if (!hosting(service) || family(service).some((id) => deployedOn.has(id))) continue;
    if (!list.some((e) => e.confidence !== 'name') || !list.every((e) => e.kind === 'env' && !isEnvTemplate(e.file) && isEnvModule(e.file))) continue;
    byService.set(service, list.map((e) => (e.confidence === 'name' ? e : { ...e, confidence: 'name' as const })));
  }
}

/** Groups evidence by service (sorted by name, strongest evidence first), unrecognised packages by name and vendor scope, columns by data category. */
function assemble(findings: FileFindings[], catalog: Catalog, packageRoots: ReadonlySet<string>): Omit<ScanResult, 'filesRead'> {
  const ownPackages = new Set(findings.map((f) => f.packageName).filter((n): n is string => !!n));
  // Only the product's own packages name the product: an example or test app inside the repository
  // ("examples/with-stripe", named "@stripe/example") does not make the vendor first-party.
  const own = ownService(new Set(findings.filter((f) => f.packageName && !inTestOrExampleDir(f.file)).map((f) => f.packageName!)));
  // An OAuth app key the env template places under a sign-in provider (AZURE_CLIENT_ID under
  // "Microsoft Entra / Azure AD sign-in provider") configures that sign-in wherever the code reads it.
  const signInKeys = new Map<string, ServiceEntry>();
  for (const finding of findings) for (const [key, service] of finding.signInKeys ?? []) signInKeys.set(key, service);
  const byService = new Map<ServiceEntry, Evidence[]>();
  for (const finding of findings) {
    for (const found of finding.evidence) {
      const { evidence } = found;
      const service = (evidence.kind === 'env' && signInKeys.get(evidence.match.split('=')[0]!.toUpperCase())) || found.service;
      if (own(service)) continue;
      const list = byService.get(service) ?? [];
      list.push(evidence);
      byService.set(service, list);
    }
  }
  withoutS3ClientsOfOtherStorage(byService, catalog, packageRoots);
  engineClientsOnly(byService);
  selfHostedOnly(byService);
  embedsOnlyWhenRendered(byService);
  platformVariablesOfAnotherHost(byService, catalog);
  const services: Detection[] = [...byService].map(([service, all]) => {
    const sorted = all.sort((a, b) => rank(a) - rank(b) || compareText(a.file, b.file) || a.line - b.line);
    let code = 0;
    const evidence = sorted.filter((e) => e.confidence === 'manifest' || ++code <= CODE_EVIDENCE_PER_SERVICE);
    const detection: Detection = {
      serviceId: service.id,
      name: service.name,
      category: service.category,
      confidence: evidence[0]!.confidence,
      devOnly: evidence.every((e) => e.dev === true),
      evidence,
    };
    if (evidence.every((e) => e.optional === true)) detection.optional = true;
    const ancestors = ancestorsOf(service, catalog);
    if (ancestors.length > 0) detection.ancestors = ancestors;
    return detection;
  });
  services.sort((a, b) => compareNames(a.name, b.name) || a.serviceId.localeCompare(b.serviceId));
  return {
    services,
    unrecognised: groupUnrecognised(findings.flatMap((f) => f.unrecognised).filter((u) => !(u.kind === 'npm' && ownPackages.has(u.name)))),
    dataKinds: groupColumns(findings),
  };
}

/**
 * Whether a catalog service is the project itself: one of its npm packages is a package of this
 * repository, or is published under the npm scope of one (dub's own `dub` SDK and `@dub/analytics`
 * in a repository of `@dub/*` workspaces; `@formbricks/js` among `@formbricks/*`), or under the scope
 * named after one (`@exceptionless/browser` in the repository whose web app is `exceptionless`). A product that
 * calls its own API or loads its own script sends nothing to a third party.
 */
function ownService(ownPackages: Set<string>): (service: ServiceEntry) => boolean {
  // A scoped package's scope, and the scope named after an unscoped package: a repository whose
  // app is the package `exceptionless` publishes `@exceptionless/browser`, as `dub` does `@dub/analytics`.
  const scopes = new Set([...ownPackages].map((n) => (n.startsWith('@') && n.includes('/') ? n.slice(0, n.indexOf('/') + 1) : `@${n}/`)));
  const memo = new Map<ServiceEntry, boolean>();
  return (service) => {
    let mine = memo.get(service);
    if (mine === undefined) {
      const names = service.identifiers.npm ?? [];
      mine = names.some((name) => ownPackages.has(name) || (name.startsWith('@') && scopes.has(name.slice(0, name.indexOf('/') + 1))));
      memo.set(service, mine);
    }
    return mine;
  };
}

/** Columns grouped by data category, in the order the categories were first seen; evidence in file order. */
function groupColumns(findings: FileFindings[]): DataKindFinding[] {
  const byCategory = new Map<string, DataKindFinding>();
  for (const { file, columns } of findings) {
    for (const column of columns) {
      let entry = byCategory.get(column.category);
      if (!entry) byCategory.set(column.category, (entry = { category: column.category, kinds: [], evidence: [] }));
      if (!entry.kinds.includes(column.kind)) entry.kinds.push(column.kind);
      entry.evidence.push({ file, line: column.line, match: column.match, kind: column.kind });
    }
  }
  return [...byCategory.values()];
}

/** Code-unit order, the same order the walker lists files in. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
