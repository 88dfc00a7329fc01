// What the app declares to Apple (App Privacy, privacy manifest) and Google (Data safety), derived
// once from the same facts as the policy so the three files can never disagree. Pure.
//
// Definitions used:
// - Apple, "App privacy details on the App Store": data is "collected" when it leaves the device and
//   is kept longer than needed to serve the request; "linked" unless de-identified before collection;
//   "tracking" = linking it with other companies' data for targeted ads or ad measurement, or sharing
//   it with data brokers.
// - Google, Play Console Help "Data safety section": "collected" = sent off the device by the app or
//   its SDKs; "shared" = transferred to a third party, except to a service provider processing it on
//   the developer's behalf, for legal reasons, or at the user's own initiative.
import type { DataCategoryFacts, PolicyFacts, ServiceFacts, Tri } from '../facts/types.js';
import type { ApplePurposeKey } from './apple-types.js';
import { DATA_CATEGORY_MAP, PURPOSE_MAP, SENSITIVE_CATEGORY_MAP, SERVICE_CATEGORY_MAP, type CategoryRow, type StoreType } from './category-map.js';
import type { PlayPurposeId } from './google-form.js';

/** true / false, or 'unsure' when the answers cannot decide (the files then use the conservative value). */
export type Decision = boolean | 'unsure';

/** One thing the answers say is collected, and how each store should hear about it. */
export interface Declaration {
  kind: 'data' | 'sensitive' | 'service';
  /** vocabulary id (data/sensitive) or catalog service id */
  id: string;
  appleTypes: string[];
  googleTypes: string[];
  /** the category spans several store types and the answers do not say which: all are declared */
  broad: boolean;
  applePurposes: ApplePurposeKey[];
  googlePurposes: PlayPurposeId[];
  /** our purposes that Google's form has no purpose for */
  unmappedGoogle: string[];
  linked: Decision;
  tracking: Decision;
  /** Google "shared": sent to a third party that is not our service provider */
  shared: Decision;
  sharePurposes: PlayPurposeId[];
  /** Google "user control": required (true) or optional (false) */
  required: Decision;
  /** services receiving it, by role */
  thirdParties: string[];
  unknownRole: string[];
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
const purposeRow = (id: string) => PURPOSE_MAP.find((p) => p.id === id);
const applePurposesOf = (ids: string[]) => uniq(ids.map((id) => purposeRow(id)?.apple).filter((x): x is ApplePurposeKey => !!x));
const googlePurposesOf = (ids: string[]) => uniq(ids.map((id) => purposeRow(id)?.google).filter((x): x is PlayPurposeId => !!x));

/** The store types a category row declares: narrowed by the user's own list of items when it says which. */
function typesOf(row: CategoryRow, items: string | undefined): { types: StoreType[]; broad: boolean } {
  const narrowable = row.types.filter((t) => t.narrow);
  if (narrowable.length === 0) return { types: row.types, broad: false };
  const picked = items ? row.types.filter((t) => !t.narrow || t.narrow.test(items)) : [];
  return picked.length > 0 ? { types: picked, broad: false } : { types: row.types, broad: row.types.length > 1 };
}

/** Ad-tech SDKs use what they receive for their own advertising: that is tracking in Apple's sense. */
const tracksWith = (s: ServiceFacts) => s.sellingOrSharing === true || s.category === 'advertising';

function base(kind: Declaration['kind'], id: string, row: CategoryRow, items: string | undefined, purposes: string[], receivers: ServiceFacts[], facts: PolicyFacts) {
  const { types, broad } = typesOf(row, items);
  const third = receivers.filter((s) => s.role === 'third-party' || tracksWith(s));
  const unknown = receivers.filter((s) => s.role === undefined && !tracksWith(s));
  const shared: Decision = third.length > 0 ? true : unknown.length > 0 ? 'unsure' : false;
  const tracking: Decision = receivers.some(tracksWith) || (facts.shares === true && purposes.includes('advertising')) ? true : purposes.includes('advertising') ? 'unsure' : false;
  return {
    kind,
    id,
    appleTypes: uniq(types.map((t) => t.apple)),
    googleTypes: uniq(types.map((t) => t.google)),
    broad,
    applePurposes: applePurposesOf(purposes),
    googlePurposes: googlePurposesOf(purposes),
    unmappedGoogle: purposes.filter((p) => purposeRow(p) && !purposeRow(p)!.google),
    tracking,
    shared,
    sharePurposes: googlePurposesOf(uniq(third.flatMap((s) => s.purposes))),
    thirdParties: third.map((s) => s.name),
    unknownRole: unknown.map((s) => s.name),
  };
}

/**
 * Linked to the user: data typed into an account is linked; automatically collected data is
 * linked unless it is de-identified first, which the answers do not say (Apple treats it as linked).
 */
const IDENTIFYING = new Set(['identity', 'contact', 'account', 'payment', 'commercial', 'communications', 'content', 'professional', 'demographic', 'audio-visual', 'non-users']);
function linkedOf(id: string, facts: PolicyFacts): Decision {
  return IDENTIFYING.has(id) && facts.product.accounts === true ? true : 'unsure';
}

function requiredOf(d: DataCategoryFacts | undefined): Decision {
  if (!d?.required) return 'unsure';
  return d.required !== 'optional';
}

const receiversOf = (facts: PolicyFacts, id: string) => facts.services.filter((s) => s.data.includes(id));

const OUTSIDE_THE_APP = new Set(['partners', 'public']);
/**
 * Categories that, as answered, only ever come from partners or public sources: they are never sent
 * from the app, so neither store counts them as collected by it (Apple: "transmitting data off the
 * device"; Google: data "collected from your app"). Unanswered sources are declared, to be safe.
 */
export const notFromTheApp = (facts: PolicyFacts): DataCategoryFacts[] =>
  facts.data.filter((d) => d.sources.length > 0 && d.sources.every((s) => OUTSIDE_THE_APP.has(s)));

/** Every declaration the answers imply, in a stable order: data categories, sensitive data, SDK diagnostics. */
export function storeDeclarations(facts: PolicyFacts): Declaration[] {
  const out: Declaration[] = [];
  const outside = new Set(notFromTheApp(facts).map((d) => d.id));
  for (const d of facts.data) {
    if (outside.has(d.id)) continue;
    const row = DATA_CATEGORY_MAP.find((r) => r.id === d.id);
    if (!row) continue;
    const purposes = d.purposes.length > 0 ? d.purposes : ['provide-service'];
    out.push({ ...base('data', d.id, row, d.items, purposes, receiversOf(facts, d.id), facts), linked: linkedOf(d.id, facts), required: requiredOf(d) });
  }
  for (const s of facts.sensitive) {
    const row = SENSITIVE_CATEGORY_MAP.find((r) => r.id === s.id);
    if (!row) continue;
    // The sensitive-data answers name a purpose in words only; the store purpose is asked of the user.
    out.push({ ...base('sensitive', s.id, row, undefined, ['provide-service'], receiversOf(facts, s.id), facts), linked: facts.product.accounts === true ? true : 'unsure', required: 'unsure' });
  }
  for (const s of facts.services) {
    const row = SERVICE_CATEGORY_MAP.find((r) => r.id === s.category);
    if (!row) continue;
    const purposes = s.purposes.length > 0 ? s.purposes : ['debugging'];
    // Sent by the SDK itself, not typed by the user: users cannot turn it off unless the app offers a switch.
    out.push({ ...base('service', s.id, row, undefined, purposes, [s], facts), linked: 'unsure', required: true });
  }
  return out;
}

/** What one store type adds up to across every declaration that names it. */
export interface TypeSummary {
  key: string;
  sources: Declaration[];
  purposes: string[];
  linked: Decision;
  tracking: Decision;
  shared: Decision;
  sharePurposes: string[];
  required: Decision;
}

/** true wins over 'unsure', which wins over false: the files never understate. */
export const anyOf = (ds: Decision[]): Decision => (ds.includes(true) ? true : ds.includes('unsure') ? 'unsure' : false);
/** Required if any source is required; optional only if every source is optional. */
const requiredOfAll = (ds: Decision[]): Decision => (ds.includes(true) ? true : ds.every((d) => d === false) ? false : 'unsure');

function summarise(decls: Declaration[], keysOf: (d: Declaration) => string[], purposesOf: (d: Declaration) => string[]): TypeSummary[] {
  const keys = uniq(decls.flatMap(keysOf));
  return keys.map((key) => {
    const sources = decls.filter((d) => keysOf(d).includes(key));
    return {
      key,
      sources,
      purposes: uniq(sources.flatMap(purposesOf)),
      linked: anyOf(sources.map((s) => s.linked)),
      tracking: anyOf(sources.map((s) => s.tracking)),
      shared: anyOf(sources.map((s) => s.shared)),
      sharePurposes: uniq(sources.flatMap((s) => s.sharePurposes)),
      required: requiredOfAll(sources.map((s) => s.required)),
    };
  });
}

export const appleSummary = (decls: Declaration[]): TypeSummary[] => summarise(decls, (d) => d.appleTypes, (d) => d.applePurposes);
export const googleSummary = (decls: Declaration[]): TypeSummary[] => summarise(decls, (d) => d.googleTypes, (d) => d.googlePurposes);

/** Whether the app tracks in Apple's sense (NSPrivacyTracking). */
export const appTracks = (decls: Declaration[]): Decision => anyOf(decls.map((d) => d.tracking));

/** Encryption in transit, from the security answers (Google's "encrypted in transit"). */
export const encryptedInTransit = (facts: PolicyFacts): Tri => (facts.security.measures.includes('tls') ? true : undefined);

/** Whether users can ask for deletion: an account deletion path or any way to send a rights request. */
export const deletionOffered = (facts: PolicyFacts): boolean => facts.product.deletion.length > 0 || facts.rights.methods.length > 0;

/** The web page where users ask to delete their account (Google Play), when answered with a web address. */
export { deletionUrl } from '../facts/deletion-url.js';
