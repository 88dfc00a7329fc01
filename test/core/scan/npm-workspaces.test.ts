import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('package.json in a workspace monorepo', () => {
  it('finds every workspace package and the line of each dependency', async () => {
    const result = await scanFixture('npm-workspaces');
    expect(evidenceByService(result)).toEqual({
      'google-analytics': ['packages/web/package.json:6'],
      openai: ['packages/api/package.json:5'],
      posthog: ['apps/mobile/native/package.json:4'],
      sentry: ['package.json:6 (dev)', 'packages/web/package.json:10'],
      stripe: ['packages/api/package.json:4', 'packages/api/package.json:11 (dev)', 'packages/web/package.json:4'],
      twilio: ['packages/api/package.json:8'],
    });
  });

  it('marks a service dev-only only when no production dependency proves it', async () => {
    const result = await scanFixture('npm-workspaces');
    const sentry = result.services.find((s) => s.serviceId === 'sentry');
    expect(sentry?.devOnly).toBe(false);
    expect(sentry?.category).toBe('error-monitoring');
    expect(result.services.map((s) => s.name)).toEqual([
      'Google Analytics', 'OpenAI', 'PostHog', 'Sentry', 'Stripe', 'Twilio',
    ]);
  });

  it('reports SDK-looking packages outside the catalog, but not type stubs, lint plugins or mocks', async () => {
    const result = await scanFixture('npm-workspaces');
    expect(unrecognisedList(result)).toEqual([
      '@acme/analytics-client packages/web/package.json:7',
      'react-native-ad-tracker apps/mobile/native/package.json:5',
    ]);
    expect(result.unrecognised[0]?.reason).toBe('name contains "analytics"');
  });

  it('lists the manifests it read', async () => {
    const result = await scanFixture('npm-workspaces');
    expect(result.filesRead).toEqual([
      'apps/mobile/native/package.json',
      'package.json',
      'packages/api/package.json',
      'packages/web/package.json',
    ]);
  });
});
