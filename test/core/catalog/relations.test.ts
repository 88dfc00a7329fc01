import { describe, expect, it } from 'vitest';
import { declaredCover, descendants, lineage } from '../../../source/core/catalog/relations.js';
import type { Catalog, ServiceEntry } from '../../../source/core/catalog/types.js';

function catalogOf(links: Record<string, string | undefined>): Catalog {
  const services = Object.entries(links).map(
    ([id, parent]): ServiceEntry => ({
      id,
      name: id,
      category: 'hosting',
      data: [],
      purposes: [],
      privacyPolicy: 'https://example.com/privacy',
      identifiers: { npm: [id] },
      verification: { checked: '2026-12-01', method: 'test', sources: ['test'] },
      ...(parent ? { parent } : {}),
    }),
  );
  return { services, byId: new Map(services.map((s) => [s.id, s])) };
}

const cloud = catalogOf({ aws: undefined, 'aws-s3': 'aws', 'amazon-ses': 'aws', 's3-express': 'aws-s3', stripe: undefined });

describe('catalog parent/child relations', () => {
  it('walks from a service up to its root', () => {
    expect(lineage(cloud, 's3-express')).toEqual(['s3-express', 'aws-s3', 'aws']);
    expect(lineage(cloud, 'stripe')).toEqual(['stripe']);
  });

  it('a declared parent or grandparent covers a detected child; a sibling or child does not cover it', () => {
    expect(declaredCover(cloud, 'aws-s3', new Set(['aws']))).toBe('aws');
    expect(declaredCover(cloud, 's3-express', new Set(['aws']))).toBe('aws');
    expect(declaredCover(cloud, 's3-express', new Set(['aws-s3', 'aws']))).toBe('aws-s3');
    expect(declaredCover(cloud, 'aws-s3', new Set(['amazon-ses']))).toBeUndefined();
    // Declaring S3 says nothing about the rest of AWS.
    expect(declaredCover(cloud, 'aws', new Set(['aws-s3']))).toBeUndefined();
    expect(declaredCover(cloud, 'stripe', new Set(['aws']))).toBeUndefined();
  });

  it('lists what a declared service stands for', () => {
    expect(descendants(cloud, 'aws').sort()).toEqual(['amazon-ses', 'aws', 'aws-s3', 's3-express']);
    expect(descendants(cloud, 'aws-s3').sort()).toEqual(['aws-s3', 's3-express']);
  });

  it('covers a detection exactly when the declared set holds an id on its line to the root (every subset)', () => {
    const ids = [...cloud.byId.keys()];
    for (let mask = 0; mask < 1 << ids.length; mask++) {
      const declared = ids.filter((_, i) => mask & (1 << i));
      for (const detected of ids) {
        const cover = declaredCover(cloud, detected, new Set(declared));
        const up = lineage(cloud, detected);
        const nearest = up.find((id) => declared.includes(id));
        expect(cover, `${detected} with [${declared.join(', ')}] declared`).toBe(nearest);
      }
    }
  });

  it('stops on a loop in a hand-built catalog instead of spinning', () => {
    expect(lineage(catalogOf({ a: 'b', b: 'a' }), 'a')).toEqual(['a', 'b']);
  });
});
