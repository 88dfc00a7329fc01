// People who are not users (the numbers a user calls) are not parties to the users' contract
// (GDPR Art. 6(1)(b)): the uses table must not put their data under "Contract" while their own
// section says "legitimate interests" (found reading the calling-app example).
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { factsWith } from '../../helpers/facts.js';
import { sectionOf } from '../truth/glance.js';

describe('non-users in the uses table', () => {
  it('a contract row names their data with a pointer to their own basis', () => {
    const text = renderPolicy(factsWith({}, 'calling-app'), { lastUpdated: '2026-11-23' });
    expect(sectionOf(text, 'Data about people who are not our users')).toContain('**Legal basis:** legitimate interests');
    const row = (sectionOf(text, 'How we use your data') ?? '').split('\n').find((l) => l.includes('data about people who are not users'))!;
    expect(row).toMatch(/\| Contract \|$/);
    expect(row).toContain('data about people who are not users (on the legal basis given in the section about them)');
  });
});
