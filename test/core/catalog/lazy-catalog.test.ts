// The bundle reads the built-in catalog's entries on first use (source/core/compiled/lazy-catalog.ts):
// what it hands out must be the catalog the YAML holds, whatever is read first and however.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { ServiceEntry } from '../../../source/core/catalog/types.js';
import { catalogLayout, lazyCatalog } from '../../../source/core/compiled/lazy-catalog.js';

let folder: string;
let file: string;
let services: ServiceEntry[];
const fresh = () => lazyCatalog(catalogLayout(services).layout, file);

beforeAll(() => {
  services = loadCatalog(undefined, { cache: false }).services;
  folder = mkdtempSync(join(tmpdir(), 'pw-lazy-catalog-'));
  file = join(folder, 'catalog.json');
  writeFileSync(file, catalogLayout(services).json);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the catalog file the build writes', () => {
  it('is the JSON of the entries, each at the bytes its layout names (non-ASCII names included)', () => {
    const { json, layout } = catalogLayout(services);
    expect(json).toBe(JSON.stringify(services));
    const bytes = Buffer.from(json);
    expect(layout.ids).toEqual(services.map((s) => s.id));
    services.forEach((service, i) => expect(JSON.parse(bytes.toString('utf8', layout.offsets[2 * i], layout.offsets[2 * i + 1]))).toEqual(service));
    expect(services.some((s) => /[^\x00-\x7f]/.test(JSON.stringify(s)))).toBe(true);
  });
});

describe('the entries read on first use', () => {
  it('equal the catalog, fields and their order, read one by one and then all at once', () => {
    const lazy = fresh();
    expect(lazy).toHaveLength(services.length);
    // the first ones are read from the file one at a time, the rest from the whole file
    for (const i of [5, 0, services.length - 1]) expect(lazy[i]!.name).toBe(services[i]!.name);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(services));
    expect(lazy).toEqual(services);
    lazy.forEach((entry, i) => expect(Object.keys(entry)).toEqual(Object.keys(services[i]!)));
  });

  it('give their id without reading the file, and read it when anything else is asked', () => {
    const missing = lazyCatalog(catalogLayout(services).layout, join(folder, 'absent.json'));
    expect(missing.map((s) => s.id)).toEqual(services.map((s) => s.id));
    expect(() => missing[0]!.name).toThrow(/ENOENT/);
  });

  it('cannot be told from a parsed entry by listing, testing, spreading or changing it', () => {
    const i = services.findIndex((s) => s.dpa === undefined);
    const j = services.findIndex((s) => s.dpa !== undefined);
    const lazy = fresh();
    expect('dpa' in lazy[i]!).toBe(false);
    expect('dpa' in lazy[j]!).toBe(true);
    expect(Object.hasOwn(fresh()[j]!, 'identifiers')).toBe(true);
    expect({ ...fresh()[j]! }).toEqual(services[j]);
    expect(Object.entries(fresh()[i]!)).toEqual(Object.entries(services[i]!));
    const changed = fresh()[j]!;
    changed.name = 'Renamed';
    expect(changed).toEqual({ ...services[j]!, name: 'Renamed' });
    const deleted = fresh()[j]! as Partial<ServiceEntry>;
    delete deleted.dpa;
    expect(Object.keys(deleted)).toEqual(Object.keys(services[j]!).filter((k) => k !== 'dpa'));
    const frozen = Object.freeze(fresh()[j]!);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(frozen.identifiers).toEqual(services[j]!.identifiers);
  });

  it('are the same objects every time they are read', () => {
    const lazy = fresh();
    const first = lazy[3]!;
    expect(first.identifiers).toBe(lazy[3]!.identifiers);
    expect(lazy[3]).toBe(first);
  });
});

describe('a read that fails', () => {
  it('reaches the caller, and the next use of the entry reads it again instead of leaving only its id', () => {
    const later = join(folder, 'later.json');
    const entries = lazyCatalog(catalogLayout(services).layout, later);
    expect(entries[0]!.id).toBe(services[0]!.id);
    expect(() => entries[0]!.name).toThrow();
    writeFileSync(later, catalogLayout(services).json);
    expect(entries[0]!.name).toBe(services[0]!.name);
    expect({ ...entries[0] }).toEqual(services[0]);
  });
});
