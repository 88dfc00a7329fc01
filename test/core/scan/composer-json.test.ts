import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('composer.json', () => {
  it('reads require and require-dev and skips platform packages', async () => {
    const result = await scanFixture('php');
    expect(evidenceByService(result)).toEqual({
      mixpanel: ['composer.json:10 (dev)'],
      stripe: ['composer.json:6'],
    });
    expect(unrecognisedList(result)).toEqual(['acme/pixel-bridge composer.json:7']);
  });
});
