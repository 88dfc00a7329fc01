import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { evidenceByService, scanFixture, tempProject, testCatalog, unrecognisedList } from './helpers.js';

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

  it('reports SDK-looking packages outside the catalog, but not type stubs, lint plugins, mocks or workspace:* packages', async () => {
    const result = await scanFixture('npm-workspaces');
    // @acme/analytics-client is "workspace:*" in packages/web: the project's own package, not a third party.
    expect(unrecognisedList(result)).toEqual(['react-native-ad-tracker apps/mobile/native/package.json:5']);
    expect(result.unrecognised[0]?.reason).toBe('name contains "tracker"');
  });

  it('does not report a package that another workspace of the project publishes, whatever version it asks for', async () => {
    const root = tempProject({
      'packages/analytics/package.json': JSON.stringify({ name: '@acme/analytics-sdk' }),
      'apps/web/package.json': JSON.stringify({ dependencies: { '@acme/analytics-sdk': '^1.0.0', 'other-analytics': '1' } }),
    });
    const result = await detectServices(root, testCatalog());
    expect(result.unrecognised.map((u) => u.name)).toEqual(['other-analytics']);
  });

  it('resolves npm: aliases to the package they install', async () => {
    const root = tempProject({ 'package.json': JSON.stringify({ dependencies: { 'my-stripe': 'npm:stripe@^17.0.0', 'old-sentry': 'npm:@sentry/node@7' } }) });
    const result = await detectServices(root, testCatalog());
    expect(result.services.map((s) => `${s.serviceId} ${s.evidence[0]?.match}`)).toEqual(['sentry @sentry/node', 'stripe stripe']);
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
