// Fields of a per-item form asked only for some items, by what the catalog knows of the item
// (Field.forItems): "What are its cookies for?" only for a service whose vendor does not say, and
// "Does it set cookies…?" only for a service the user added (the catalog knows nothing of it).
// The kind of a service's cookies is decided here alone, for the facts, the suggestions and the UI.
import type { ServiceEntry } from '../catalog/types.js';
import type { Field } from '../questions/types.js';

/** The item filters a field may name in `forItems` (schema/question-section.schema.json lists the same). */
export type ItemFilter = NonNullable<Field['forItems']>;

/** A catalog service that sets cookies but whose entry leaves their kind open (its vendor does not state it). */
export const setsCookiesOfUnstatedKind = (entry: ServiceEntry | undefined): boolean => entry?.cookies?.sets === true && entry.cookies.kind === undefined;

/** The kinds of cookie an answer may give a service (services.details.<id>.cookieKind); "Not sure yet" leaves it open. */
export const COOKIE_KINDS = ['essential', 'preferences', 'analytics', 'advertising'] as const;
export type CookieKind = (typeof COOKIE_KINDS)[number];

const isKind = (v: unknown): v is CookieKind => COOKIE_KINDS.includes(v as CookieKind);

/**
 * The kind of a service's cookies: the catalog's where the vendor states it, else the user's answer
 * (`row` is the service's row of services.details): "What are its cookies for?" for a catalog service
 * whose vendor does not say, "Does it set cookies…?" (`cookies`) for a service the user added; else
 * undefined (open, or no cookies).
 */
export function cookieKindOf(entry: ServiceEntry | undefined, row: Record<string, unknown> | undefined): CookieKind | undefined {
  if (entry === undefined) return isKind(row?.cookies) ? row.cookies : undefined;
  if (entry.cookies?.kind) return entry.cookies.kind;
  const answered = row?.cookieKind;
  return setsCookiesOfUnstatedKind(entry) && isKind(answered) ? answered : undefined;
}

/**
 * Whether a service sets cookies or similar on people's devices: the catalog's word for a catalog
 * service; for a service the user added, their answer to "Does it set cookies…?": `false` for "No",
 * `true` for a kind, `'not-sure'` for "Not sure yet" or no answer (nothing is guessed for it).
 */
export function setsCookiesOf(entry: ServiceEntry | undefined, row: Record<string, unknown> | undefined): boolean | 'not-sure' | undefined {
  if (entry !== undefined) return entry.cookies?.sets;
  if (row?.cookies === 'no') return false;
  return isKind(row?.cookies) ? true : 'not-sure';
}

const MATCHES: Record<ItemFilter, (entry: ServiceEntry | undefined) => boolean> = {
  cookiesOfUnstatedKind: setsCookiesOfUnstatedKind,
  customServices: (entry) => entry === undefined,
};

/** Whether a field is asked for this item at all; `service` looks the item up in the catalog (undefined for a custom item). */
export function fieldForItem(field: Field, item: string, service: (id: string) => ServiceEntry | undefined): boolean {
  return field.forItems === undefined || MATCHES[field.forItems](service(item));
}

/** The ids of the fields not asked for this item (empty when every field is). */
export function skippedFields(fields: Field[] | undefined, item: string, service: (id: string) => ServiceEntry | undefined): string[] {
  return (fields ?? []).filter((f) => !fieldForItem(f, item, service)).map((f) => f.id);
}
