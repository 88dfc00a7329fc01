import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';

// The real-world test set (scripts/real-world-recall.mjs prints its figures): each project's
// expected services must be found, and nothing else may be, except the acceptable ones (used only
// when an operator or customer turns them on) and parts of either (Azure Cosmos DB of Azure).
const here = dirname(fileURLToPath(import.meta.url));
const SET = join(here, '..', '..', 'fixtures', 'real-world');
interface Expected { expected: string[]; acceptable?: string[]; gaps?: { service: string }[] }
const projects = readdirSync(SET).filter((name) => existsSync(join(SET, name, 'expected.json'))).sort();

let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));

describe('the real-world test set', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('holds at least 12 projects', () => {
    expect(projects.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of projects) {
    it(`${name}: finds every expected service and no other`, async () => {
      const meta = JSON.parse(readFileSync(join(SET, name, 'expected.json'), 'utf8')) as Expected;
      const result = await detectServices(join(SET, name, 'files'), shipped());
      const proven = result.services.filter((s) => s.confidence !== 'name');
      const listed = new Set([...meta.expected, ...(meta.acceptable ?? [])]);
      expect(meta.expected.filter((id) => !proven.some((s) => s.serviceId === id)), 'missed').toEqual([]);
      const unexpected = proven.filter((s) => !listed.has(s.serviceId) && !(s.ancestors ?? []).some((id) => listed.has(id)));
      expect(unexpected.map((s) => `${s.serviceId} (${s.evidence[0]?.file}:${s.evidence[0]?.line})`), 'false positives').toEqual([]);
      // A gap the catalog has filled since belongs in `expected`.
      const filled = (meta.gaps ?? []).filter((g) => proven.some((s) => s.name.toLowerCase() === g.service.toLowerCase()));
      expect(filled, 'gaps now detected').toEqual([]);
    });
  }
});
