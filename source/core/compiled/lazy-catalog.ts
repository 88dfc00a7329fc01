// The built-in catalog as the bundle reads it: the build writes the entries as one JSON array
// (dist/chunks/data/catalog.json) and, into the bundle, each entry's id and the byte range of its
// JSON in that file (catalogLayout). A command reads the ids at once and the rest of an entry the
// first time anything but its id is looked at: `check` on a project with a handful of services
// touches the other fields of a handful of the ~1,100 entries, and parsing all of them (1.1 MB of
// JSON, ~15 ms, and several MiB of heap) was a tenth of its time.
//
// Each entry is a Proxy over an object that holds only its id until first use, then every field of
// the entry, in the order of the file (the id first, as in the file). Every operation but reading
// `id` fills it first, so a filled and an unfilled entry cannot be told apart by reading, listing,
// testing, spreading, serialising or changing its properties; the array and the entries' identities
// are the same for the life of the process, as with a catalog parsed at once.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ServiceEntry } from '../catalog/types.js';

/** The build's description of catalog.json: ids in file order and, per entry, [start, end) byte offsets. */
export interface CatalogLayout {
  ids: string[];
  /** start and end of entry i at 2i and 2i + 1 */
  offsets: number[];
}

/** The layout of JSON.stringify(services), as the build writes it (one array, entries joined by commas). */
export function catalogLayout(services: readonly ServiceEntry[]): { json: string; layout: CatalogLayout } {
  const parts = services.map((service) => JSON.stringify(service));
  const offsets: number[] = [];
  let at = 1; // after "["
  for (const part of parts) {
    const bytes = Buffer.byteLength(part);
    offsets.push(at, at + bytes);
    at += bytes + 1; // and the comma (or the closing "]")
  }
  return { json: `[${parts.join(',')}]`, layout: { ids: services.map((service) => service.id), offsets } };
}

/** How many entries are read from the file one by one before it is read whole (the wizard lists them all). */
const ONE_BY_ONE = 32;

/**
 * The entries of the JSON file at `path`, described by `layout`. The first entries filled are read
 * from the file one by one (a command that needs a few does not hold the whole file); after that,
 * the whole file is read once and kept until every entry is filled.
 */
export function lazyCatalog(layout: CatalogLayout, path: string | URL): ServiceEntry[] {
  const { ids, offsets } = layout;
  let whole: Buffer | undefined;
  let filled = 0;
  const position = new WeakMap<object, number>();
  const bytesOf = (start: number, end: number): Buffer => {
    if (whole) return whole.subarray(start, end);
    if (filled > ONE_BY_ONE) return (whole = readFileSync(path)).subarray(start, end);
    const bytes = Buffer.allocUnsafe(end - start);
    const fd = openSync(path, 'r');
    try {
      for (let at = 0; at < bytes.length; ) {
        const read = readSync(fd, bytes, at, bytes.length - at, start + at);
        if (read === 0) throw new Error(`privacy-wizard: the catalog file ${String(path)} is shorter than the bundle expects; reinstall privacy-wizard`);
        at += read;
      }
    } finally {
      closeSync(fd);
    }
    return bytes;
  };
  const fill = (target: object): void => {
    const i = position.get(target);
    if (i === undefined) return;
    // parsed before the entry counts as filled: if reading fails, the error reaches the caller and the next
    // use tries again, instead of leaving an entry that holds only its id for the life of the process
    const fields = JSON.parse(bytesOf(offsets[2 * i]!, offsets[2 * i + 1]!).toString('utf8')) as object;
    position.delete(target);
    filled++;
    Object.assign(target, fields);
    if (filled === ids.length) whole = undefined; // every entry is filled: the file is not needed any more
  };
  const handler: ProxyHandler<object> = {
    get: (target, key, receiver) => {
      if (key !== 'id') fill(target);
      return Reflect.get(target, key, receiver);
    },
    set: (target, key, value, receiver) => (fill(target), Reflect.set(target, key, value, receiver)),
    has: (target, key) => (fill(target), Reflect.has(target, key)),
    ownKeys: (target) => (fill(target), Reflect.ownKeys(target)),
    getOwnPropertyDescriptor: (target, key) => (fill(target), Reflect.getOwnPropertyDescriptor(target, key)),
    defineProperty: (target, key, descriptor) => (fill(target), Reflect.defineProperty(target, key, descriptor)),
    deleteProperty: (target, key) => (fill(target), Reflect.deleteProperty(target, key)),
    preventExtensions: (target) => (fill(target), Reflect.preventExtensions(target)),
    isExtensible: (target) => (fill(target), Reflect.isExtensible(target)),
    setPrototypeOf: (target, prototype) => (fill(target), Reflect.setPrototypeOf(target, prototype)),
  };
  return ids.map((id, i) => {
    const target = { id };
    position.set(target, i);
    return new Proxy(target, handler) as ServiceEntry;
  });
}
