// The scan's catalog index and snippet matcher tables, made at build time for the built-in catalog.
// From source there are none (the scan builds them at run time); the bundle replaces this module
// with one that reads the tables the build computed (scripts/compiled-data-plugin.mjs), for the
// catalog it shipped only. test/scan-prebuilt.test.ts checks the two give the same tables.
import type { ServiceEntry } from '../catalog/types.js';
import type { CatalogIndexTables } from './catalog-index.js';
import type { MatcherTables } from './multi-matcher.js';

export interface ScanTables {
  index: CatalogIndexTables;
  matcher: MatcherTables;
}

/** The tables the build made for `services`, when they are the built-in catalog the bundle ships. */
export function prebuiltScanTables(services: readonly ServiceEntry[]): ScanTables | undefined {
  void services;
  return undefined;
}
