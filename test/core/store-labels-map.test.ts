// The reviewed mapping covers every id of the vocabulary and names only real store types, so a new
// data category or purpose can never silently drop out of the store labels.
import { describe, expect, test } from 'vitest';
import { loadVocabulary } from '../../source/core/vocabulary/load.js';
import { APPLE_DATA_TYPES, APPLE_PURPOSES } from '../../source/core/store-labels/apple-types.js';
import { DATA_CATEGORY_MAP, PURPOSE_MAP, SENSITIVE_CATEGORY_MAP, SERVICE_CATEGORY_MAP } from '../../source/core/store-labels/category-map.js';
import { PLAY_DATA_TYPES, PLAY_PURPOSES } from '../../source/core/store-labels/google-form.js';

const v = loadVocabulary();
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

describe('store label mapping', () => {
  test('one row for every data category, sensitive category and purpose of the vocabulary', () => {
    expect(ids(DATA_CATEGORY_MAP)).toEqual(ids(v.dataCategories));
    expect(ids(SENSITIVE_CATEGORY_MAP)).toEqual(ids(v.sensitiveCategories));
    expect(ids(PURPOSE_MAP)).toEqual(ids(v.purposes));
    for (const row of SERVICE_CATEGORY_MAP) expect(ids(v.serviceCategories)).toContain(row.id);
  });

  test('every row names only Apple and Google types that exist, and gives its source', () => {
    const apple = new Set(APPLE_DATA_TYPES.map((t) => t.key));
    const google = new Set(PLAY_DATA_TYPES.map((t) => t.id));
    for (const row of [...DATA_CATEGORY_MAP, ...SENSITIVE_CATEGORY_MAP, ...SERVICE_CATEGORY_MAP]) {
      expect(row.types.length).toBeGreaterThan(0);
      for (const t of row.types) {
        expect(apple.has(t.apple), `${row.id}: ${t.apple}`).toBe(true);
        expect(google.has(t.google), `${row.id}: ${t.google}`).toBe(true);
      }
      expect(row.citation).toMatch(/APD|PDS|Apple|Google|form/);
    }
    const applePurposes = new Set<string>(APPLE_PURPOSES.map((p) => p.key));
    const googlePurposes = new Set<string>(PLAY_PURPOSES.map((p) => p.id));
    for (const row of PURPOSE_MAP) {
      expect(applePurposes.has(row.apple), row.id).toBe(true);
      if (row.google) expect(googlePurposes.has(row.google), row.id).toBe(true);
      expect(row.citation.length).toBeGreaterThan(10);
    }
  });

  test("Apple's lists: 35 data types and 6 purposes, each constant once", () => {
    expect(new Set(APPLE_DATA_TYPES.map((t) => t.key)).size).toBe(35);
    expect(APPLE_DATA_TYPES.find((t) => t.label === 'Photos or Videos')?.key).toBe('NSPrivacyCollectedDataTypePhotosorVideos');
    expect(APPLE_PURPOSES).toHaveLength(6);
  });
});
