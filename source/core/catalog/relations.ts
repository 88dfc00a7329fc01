import type { Catalog } from './types.js';

/** The service's own id followed by its parent's, its grandparent's, … (Amazon S3 -> ["aws-s3", "aws"]). */
export function lineage(catalog: Catalog, id: string): string[] {
  const ids: string[] = [];
  // The loader rejects loops; stopping at a repeated id keeps a hand-built catalog from spinning.
  for (let at: string | undefined = id; at !== undefined && !ids.includes(at); at = catalog.byId.get(at)?.parent) {
    ids.push(at);
  }
  return ids;
}

/**
 * The declared id that covers a detected service: the service itself or one of its ancestors
 * ("aws" covers a detected "aws-s3"). Undefined when neither it nor any ancestor is declared.
 */
export function declaredCover(catalog: Catalog, detectedId: string, declared: ReadonlySet<string>): string | undefined {
  return lineage(catalog, detectedId).find((id) => declared.has(id));
}

/** The ids a declared service stands for: itself and every service below it (children, grandchildren, …). */
export function descendants(catalog: Catalog, id: string): string[] {
  return catalog.services.filter((s) => lineage(catalog, s.id).includes(id)).map((s) => s.id);
}
