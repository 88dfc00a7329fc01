import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('Gemfile', () => {
  it('finds gems at their lines; development/test groups (past nested if/end) and group: options are dev', async () => {
    const result = await scanFixture('ruby');
    expect(evidenceByService(result)).toEqual({
      mixpanel: ['Gemfile:6'],
      posthog: ['Gemfile:23 (dev)'],
      sentry: ['Gemfile:17 (dev)'],
      stripe: ['Gemfile:4'],
      twilio: ['Gemfile:9 (dev)'],
    });
  });

  it('treats gems in a production group as production and reports unknown analytics gems', async () => {
    const result = await scanFixture('ruby');
    expect(unrecognisedList(result)).toEqual(['ahoy_matey-analytics Gemfile:14']);
    expect(result.unrecognised[0]?.dev).toBeUndefined();
  });
});
