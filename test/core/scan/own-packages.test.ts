import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject, testCatalog } from './helpers.js';

const pkg = (body: object) => `${JSON.stringify(body, null, 2)}\n`;
const ids = async (files: Record<string, string>) => (await detectServices(tempProject(files), testCatalog())).services.map((s) => s.serviceId);

// A product's own SDK and script (dub's `dub` and `@dub/analytics` in a repository of @dub/*
// workspaces) are the product calling itself: no personal data reaches a third party.
describe("the project's own packages", () => {
  it('are not reported as a third-party service when the catalog lists a package of the same npm scope', async () => {
    expect(
      await ids({
        'packages/browser/package.json': pkg({ name: '@sentry/browser' }),
        'apps/site/package.json': pkg({ name: 'site', dependencies: { '@sentry/node': '^8.0.0', stripe: '^17.0.0' } }),
        '.env.example': 'SENTRY_DSN=\n',
      }),
    ).toEqual(['stripe']);
  });

  it('are not reported when a workspace publishes a package the catalog names', async () => {
    expect(
      await ids({
        'sdk/package.json': pkg({ name: 'posthog-js' }),
        'web/package.json': pkg({ name: 'web', dependencies: { 'posthog-js': 'workspace:*', openai: '^4.0.0' } }),
      }),
    ).toEqual(['openai']);
  });

  it('do not include an example app that carries a vendor\'s scope', async () => {
    expect(
      await ids({
        'examples/with-sentry/package.json': pkg({ name: '@sentry/example-app', dependencies: { '@sentry/node': '^8.0.0' } }),
        'app/package.json': pkg({ name: 'app', dependencies: { '@sentry/node': '^8.0.0' } }),
      }),
    ).toEqual(['sentry']);
  });

  it('leave every vendor alone in a project of another scope', async () => {
    expect(
      await ids({
        'packages/ui/package.json': pkg({ name: '@acme/ui' }),
        'apps/web/package.json': pkg({ name: '@acme/web', dependencies: { '@sentry/node': '^8.0.0', 'posthog-js': '^1.0.0' } }),
      }),
    ).toEqual(['posthog', 'sentry']);
  });
});
