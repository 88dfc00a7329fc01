import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('pom.xml', () => {
  it('reads project and profile dependencies, not dependencyManagement pins or comments', async () => {
    const result = await scanFixture('java');
    expect(evidenceByService(result)).toEqual({
      sentry: ['pom.xml:22 (dev)'],
      stripe: ['pom.xml:17'],
      twilio: ['pom.xml:36'],
    });
  });

  it('names unknown SDKs as group:artifact', async () => {
    expect(unrecognisedList(await scanFixture('java'))).toEqual(['com.example:example-tracking-client pom.xml:27']);
  });
});
