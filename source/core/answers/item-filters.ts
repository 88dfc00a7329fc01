// Fields of a per-item form asked only for some items, by what the catalog knows of the item
// (Field.forItems): "What are its cookies for?" only for a service whose vendor does not say.
import type { ServiceEntry } from '../catalog/types.js';
import type { Field } from '../questions/types.js';

/** The item filters a field may name in `forItems` (schema/question-section.schema.json lists the same). */
export type ItemFilter = NonNullable<Field['forItems']>;

/** A catalog service that sets cookies but whose entry leaves their kind open (its vendor does not state it). */
export const setsCookiesOfUnstatedKind = (entry: ServiceEntry | undefined): boolean => entry?.cookies?.sets === true && entry.cookies.kind === undefined;

/** The kinds of cookie an answer may give a service (services.details.<id>.cookieKind); "Not sure yet" leaves it open. */
export const COOKIE_KINDS = ['essential', 'preferences', 'analytics', 'advertising'] as const;
export type CookieKind = (typeof COOKIE_KINDS)[number];

/**
 * The kind of a service's cookies: the catalog's where the vendor states it, else the user's answer to
 * "What are its cookies for?" (`row` is the service's row of services.details), else undefined (open).
 */
export function cookieKindOf(entry: ServiceEntry | undefined, row: Record<string, unknown> | undefined): CookieKind | undefined {
  if (entry?.cookies?.kind) return entry.cookies.kind;
  const answered = row?.cookieKind;
  return setsCookiesOfUnstatedKind(entry) && COOKIE_KINDS.includes(answered as CookieKind) ? (answered as CookieKind) : undefined;
}

const MATCHES: Record<ItemFilter, (entry: ServiceEntry | undefined) => boolean> = {
  cookiesOfUnstatedKind: setsCookiesOfUnstatedKind,
};

/** Whether a field is asked for this item at all; `service` looks the item up in the catalog (undefined for a custom item). */
export function fieldForItem(field: Field, item: string, service: (id: string) => ServiceEntry | undefined): boolean {
  return field.forItems === undefined || MATCHES[field.forItems](service(item));
}

/** The ids of the fields not asked for this item (empty when every field is). */
export function skippedFields(fields: Field[] | undefined, item: string, service: (id: string) => ServiceEntry | undefined): string[] {
  return (fields ?? []).filter((f) => !fieldForItem(f, item, service)).map((f) => f.id);
}
