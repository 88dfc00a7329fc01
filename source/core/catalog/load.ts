import { dataPath } from '../paths.js';
import { readCatalog } from './read-catalog.js';
import type { Catalog } from './types.js';

const memory = new Map<string, Catalog>();

/**
 * Reads and validates every questions/catalog/*.yaml (and *.yml). Throws a UsageError naming the
 * file, entry and field of the first problem.
 *
 * Cached in memory per folder (the wizard and `check` ask more than once). The bundled CLI ships
 * the catalog the build validated (read-catalog.ts is replaced); from source, parsing the YAML is
 * most of the cost of a scan (about 2 ms of CPU per entry), so an unchanged catalog is read from
 * the JSON it was validated into last time (disk-cache.ts). `cache: false` reads and validates the
 * YAML whatever is cached (tests of the data use it).
 */
export function loadCatalog(dir = dataPath('questions', 'catalog'), options: { cache?: boolean } = {}): Catalog {
  const useCache = options.cache !== false;
  const hit = useCache ? memory.get(dir) : undefined;
  if (hit) return hit;
  const services = readCatalog(dir, useCache);
  const catalog: Catalog = { services, byId: new Map(services.map((s) => [s.id, s])) };
  if (useCache) memory.set(dir, catalog);
  return catalog;
}
