import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('go.mod', () => {
  it('matches module paths by whole-segment prefix, in single requires and require blocks', async () => {
    const result = await scanFixture('go');
    // mixpanel-go-extras shares a string prefix with the catalog's mixpanel-go but is another module.
    expect(evidenceByService(result)).toEqual({
      openai: ['go.mod:11'],
      sentry: ['go.mod:8'],
      stripe: ['go.mod:5'],
    });
    expect(result.services.find((s) => s.serviceId === 'stripe')?.evidence[0]?.match).toBe(
      'github.com/stripe/stripe-go/v79',
    );
  });

  it('reports an unknown telemetry SDK', async () => {
    expect(unrecognisedList(await scanFixture('go'))).toEqual(['go.opentelemetry.io/otel/sdk go.mod:10']);
  });
});
