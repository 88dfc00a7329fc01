// Fields of a per-item form asked only for some items, by what the catalog knows of the item
// (Field.forItems): "What are its cookies for?" only for a service whose vendor does not say.
import type { ServiceEntry } from '../catalog/types.js';
import type { Field } from '../questions/types.js';

/** The item filters a field may name in `forItems` (schema/question-section.schema.json lists the same). */
export type ItemFilter = NonNullable<Field['forItems']>;

/** A catalog service that sets cookies but whose entry leaves their kind open (its vendor does not state it). */
export const setsCookiesOfUnstatedKind = (entry: ServiceEntry | undefined): boolean => entry?.cookies?.sets === true && entry.cookies.kind === undefined;

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
