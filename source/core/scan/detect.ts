import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Catalog, ServiceEntry } from '../catalog/types.js';
import { indexCatalog, type CatalogIndex } from './catalog-index.js';
import type { DeclaredName } from './declared-name.js';
import { isTemplate, manifestParser } from './manifests.js';
import { withParseProblems } from './parse-problems.js';
import { MANIFEST_SIZE_LIMIT, TEMPLATE_READ_LIMIT, readTextOrReason } from './read-file.js';
import { sdkReason } from './sdk-heuristic.js';
import { findSnippets } from './snippets.js';
import type { Detection, Evidence, ScanResult, Unrecognised } from './types.js';
import { groupUnrecognised } from './unrecognised.js';
import { walkProject, type SkippedFile } from './walk.js';
import { compareNames } from '../compare-names.js';

/** What one file proved: evidence per service and dependencies that look like unknown SDKs. */
interface FileFindings {
  file: string;
  evidence: { service: ServiceEntry; evidence: Evidence }[];
  unrecognised: Unrecognised[];
}

/**
 * Finds the catalog's services in the project at `root`: reads every manifest (and, when the
 * catalog has snippets, every page template) outside ignored and dependency folders.
 */
export async function detectServices(root: string, catalog: Catalog): Promise<ScanResult> {
  await assertFolder(root);
  const index = indexCatalog(catalog);
  const searchTemplates = index.snippets.length > 0;
  const skipped: SkippedFile[] = [];
  const files = walkProject(root, (file) => !!manifestParser(file) || (searchTemplates && isTemplate(file)), skipped);
  const findings = files.map((file) => readFindings(root, file, index, skipped));
  return { ...assemble(findings.filter((f): f is FileFindings => f !== undefined)), skipped: skipped.sort((a, b) => compareText(a.file, b.file)) };
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

function readFindings(root: string, file: string, index: CatalogIndex, skipped: SkippedFile[]): FileFindings | undefined {
  const parser = manifestParser(file);
  const read = parser
    ? readTextOrReason(join(root, file), MANIFEST_SIZE_LIMIT, 'skip')
    : readTextOrReason(join(root, file), TEMPLATE_READ_LIMIT, 'truncate');
  if ('reason' in read) {
    skipped.push({ file, reason: read.reason });
    return undefined;
  }
  const { text } = read;
  const findings: FileFindings = { file, evidence: [], unrecognised: [] };
  if (parser) {
    const { result, problems } = withParseProblems(() => parser(text, file));
    if (problems.length > 0) skipped.push({ file, reason: problems[0]! });
    for (const declared of result) addDeclared(findings, declared, index);
  } else {
    for (const { snippet, line } of findSnippets(text, index.snippets)) {
      findings.evidence.push({ service: snippet.service, evidence: { file, line, kind: 'html', match: snippet.snippet } });
    }
  }
  return findings;
}

function addDeclared(findings: FileFindings, declared: DeclaredName, index: CatalogIndex): void {
  const { file } = findings;
  const { kind, name, line, dev } = declared;
  const service = index.match(declared);
  if (service) {
    findings.evidence.push({ service, evidence: { file, line, kind, match: name, ...(dev ? { dev } : {}) } });
    return;
  }
  if (kind === 'env') return; // an unknown env key says nothing about an SDK
  const reason = sdkReason(name);
  if (reason) findings.unrecognised.push({ name, file, line, kind, reason, ...(dev ? { dev } : {}) });
}

/** Groups evidence by service (sorted by name) and unrecognised packages by name and vendor scope. */
function assemble(findings: FileFindings[]): ScanResult {
  const byService = new Map<ServiceEntry, Evidence[]>();
  for (const finding of findings) {
    for (const { service, evidence } of finding.evidence) {
      const list = byService.get(service) ?? [];
      list.push(evidence);
      byService.set(service, list);
    }
  }
  const services: Detection[] = [...byService].map(([service, evidence]) => ({
    serviceId: service.id,
    name: service.name,
    category: service.category,
    devOnly: evidence.every((e) => e.dev === true),
    evidence: evidence.sort((a, b) => compareText(a.file, b.file) || a.line - b.line),
  }));
  services.sort((a, b) => compareNames(a.name, b.name) || a.serviceId.localeCompare(b.serviceId));
  return {
    services,
    unrecognised: groupUnrecognised(findings.flatMap((f) => f.unrecognised)),
    filesRead: findings.map((f) => f.file),
  };
}

/** Code-unit order, the same order the walker lists files in. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
