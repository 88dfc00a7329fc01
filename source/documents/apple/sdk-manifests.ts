// Which of the product's services ship an iOS SDK (a CocoaPods or Swift package in the catalog), so
// the developer can check each one bundles its own privacy manifest; Apple's report merges them.
import type { Catalog } from '../../core/catalog/types.js';
import type { PolicyFacts } from '../../core/facts/types.js';
import { APPLE_LISTED_SDKS } from './common-sdks.js';

export interface IosSdk {
  id: string;
  name: string;
  pods: string[];
  /** on Apple's list of commonly used SDKs: a manifest and, for binaries, a signature are required */
  listed: boolean;
}

export function iosSdks(facts: PolicyFacts, catalog: Catalog): IosSdk[] {
  return facts.services.flatMap((s) => {
    const entry = catalog.byId.get(s.id);
    const pods = [...(entry?.identifiers.cocoapods ?? []), ...(entry?.identifiers.swiftpm ?? [])];
    if (!entry || pods.length === 0) return [];
    return [{ id: s.id, name: s.name, pods, listed: pods.some((p) => APPLE_LISTED_SDKS.has(p)) }];
  });
}

/** Tracking domains of the SDKs that receive data used for tracking, from their own manifests. */
export function trackingDomains(facts: PolicyFacts, catalog: Catalog): string[] {
  const domains = facts.services
    .filter((s) => s.sellingOrSharing === true || s.category === 'advertising')
    .flatMap((s) => catalog.byId.get(s.id)?.appleTracking?.domains ?? []);
  return [...new Set(domains)];
}
