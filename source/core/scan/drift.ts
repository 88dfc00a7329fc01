// Drift between the answers and the code, both ways: what the code uses that the answers do not
// declare (undeclared services; personal data kinds found in schemas), and what the answers
// declare that the code shows no sign of (a service removed from the code but still in the policy).
import type { Catalog, ServiceEntry } from '../catalog/types.js';
import type { DataKindFinding, Detection, ScanResult } from './types.js';

/** One piece of drift, with the file:line that proves it where there is one. */
export interface Drift {
  kind: 'undeclared-service' | 'possible-service' | 'service-without-evidence' | 'undeclared-data';
  /** a catalog service id or a dataCategories id */
  subject: string;
  /** its name or label, for messages */
  label: string;
  /** undeclared-data: the fields found, e.g. ["date of birth"] */
  kinds?: string[];
  file?: string;
  line?: number;
  /** undeclared-service fails `check`; the others are warnings unless --strict */
  severity: 'error' | 'warning';
}

/** The parts of the answers drift is measured against. */
export interface DeclaredFacts {
  /** services.used */
  services: string[];
  /** detections dismissed with a reason */
  dismissed: string[];
  /** data.categories, or undefined when the question is not answered yet */
  dataCategories?: string[];
  /** where each declared service is written (answers.json and its line), for drift that has no code to point at */
  declaredAt?: (id: string) => { file: string; line: number } | undefined;
}

/**
 * Every drift between the declared facts and the scan. A service proven only by a name (a
 * commented-out key, a Procfile) is a possible service, a warning; a declared catalog service is
 * evidenced by its own detection or by a detection of a service it covers (its child, e.g.
 * "aws" by "aws-s3").
 */
export function findDrift(declared: DeclaredFacts, scan: ScanResult, catalog: Catalog, labelOfCategory: (id: string) => string = (id) => id): Drift[] {
  const drift: Drift[] = [];
  const used = new Set(declared.services);
  const dismissed = new Set(declared.dismissed);
  for (const detection of scan.services) {
    if (used.has(detection.serviceId) || dismissed.has(detection.serviceId) || coveredByDeclared(detection, used, catalog)) continue;
    const proof = detection.evidence[0];
    const weak = detection.optional === true || detection.confidence === 'name';
    drift.push({
      kind: weak ? 'possible-service' : 'undeclared-service',
      subject: detection.serviceId,
      label: detection.name,
      file: proof?.file,
      line: proof?.line,
      severity: weak ? 'warning' : 'error',
    });
  }
  const evidenced = new Set<string>();
  for (const detection of scan.services) {
    evidenced.add(detection.serviceId);
    for (const ancestor of ancestorsOf(catalog.byId.get(detection.serviceId), catalog)) evidenced.add(ancestor);
  }
  for (const id of declared.services) {
    const entry = catalog.byId.get(id);
    if (!entry || evidenced.has(id)) continue; // a custom service cannot be looked for in code
    const at = declared.declaredAt?.(id);
    drift.push({ kind: 'service-without-evidence', subject: id, label: entry.name, ...(at ? { file: at.file, line: at.line } : {}), severity: 'warning' });
  }
  if (declared.dataCategories) {
    const answered = new Set(declared.dataCategories);
    for (const finding of scan.dataKinds ?? []) {
      if (answered.has(finding.category)) continue;
      const proof = finding.evidence[0];
      drift.push({
        kind: 'undeclared-data',
        subject: finding.category,
        label: labelOfCategory(finding.category),
        kinds: finding.kinds,
        file: proof?.file,
        line: proof?.line,
        severity: 'warning',
      });
    }
  }
  return drift;
}

/** The parent ids of a catalog entry (parent: "aws" or parents: [...]), nearest first, without cycles. */
export function ancestorsOf(entry: ServiceEntry | undefined, catalog: Catalog): string[] {
  const found: string[] = [];
  let queue = parentIds(entry);
  while (queue.length > 0) {
    const next: string[] = [];
    for (const id of queue) {
      if (found.includes(id)) continue;
      found.push(id);
      next.push(...parentIds(catalog.byId.get(id)));
    }
    queue = next;
  }
  return found;
}

function parentIds(entry: ServiceEntry | undefined): string[] {
  if (!entry) return [];
  const loose = entry as ServiceEntry & { parent?: unknown; parents?: unknown };
  const list = [loose.parent, ...(Array.isArray(loose.parents) ? loose.parents : [])];
  return list.filter((v): v is string => typeof v === 'string');
}

function coveredByDeclared(detection: Detection, used: Set<string>, catalog: Catalog): boolean {
  return ancestorsOf(catalog.byId.get(detection.serviceId), catalog).some((id) => used.has(id));
}

/** Data categories found in schemas, as "contact: email address (prisma/schema.prisma:12)" lines. */
export function dataKindSummary(finding: DataKindFinding): string {
  const proof = finding.evidence[0];
  return `${finding.category}: ${finding.kinds.join(', ')}${proof ? ` (${proof.file}:${proof.line})` : ''}`;
}
