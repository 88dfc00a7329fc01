// One version a day: a second change the same day joins that day's entry.
import { describe, expect, test } from 'vitest';
import { recordVersion, seedVersions } from '../../../source/core/render/versions.js';

describe('recordVersion', () => {
  test('a new day adds a version', () => {
    expect(recordVersion([{ date: '2026-11-01', summary: 'First version.' }], '2026-12-01', 'Updated: Who we are.')).toEqual([
      { date: '2026-11-01', summary: 'First version.' },
      { date: '2026-12-01', summary: 'Updated: Who we are.' },
    ]);
  });

  test('the same day merges what changed, and keeps a summary the user wrote', () => {
    expect(recordVersion([{ date: '2026-12-01', summary: 'Updated: Who we are.' }], '2026-12-01', 'Added: Your rights in Canada.')).toEqual([
      { date: '2026-12-01', summary: 'Updated: Who we are. Added: Your rights in Canada.' },
    ]);
    expect(recordVersion([{ date: '2026-12-01', summary: 'New name after our merger.' }], '2026-12-01', 'Updated: Contact us.')).toEqual([
      { date: '2026-12-01', summary: 'New name after our merger.' },
    ]);
  });

  test('a change on the day of a seeded record says what changed, not "earlier version"', () => {
    const seeded = seedVersions('2026-12-01');
    expect(recordVersion(seeded, '2026-12-01', 'Updated: Who we are.')).toEqual([{ date: '2026-12-01', summary: 'Updated: Who we are.' }]);
  });
});
