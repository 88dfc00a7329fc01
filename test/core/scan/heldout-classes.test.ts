import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from './helpers.js';

// Classes of miss and false positive found by the first scan of the held-out set
// (test/fixtures/real-world-heldout, FIRST-SEEN.md), checked against the shipped catalog.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const proofs = async (files: Record<string, string>) =>
  Object.fromEntries((await detectServices(tempProject(files), shipped())).services.map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.confidence} ${e.match}`)]));

describe('classes from the held-out set', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it("takes the vendor's SDK published under the scope named after the app's own package for the project itself", async () => {
    // Exceptionless's web app is the package `exceptionless` and reports to Exceptionless with @exceptionless/browser.
    const app = (name: string) => `${JSON.stringify({ name, dependencies: { '@exceptionless/browser': '^3.0.0' } }, null, 2)}\n`;
    expect(await proofs({ 'web/package.json': app('exceptionless') })).toEqual({});
    // Any other product that loads the same SDK sends its errors to a third party.
    expect(Object.keys(await proofs({ 'web/package.json': app('shop') }))).toEqual(['exceptionless']);
  });

  it('reads Phoenix templates (.eex, .heex, .leex) for script tags and embeds, as other templates', async () => {
    // changelog.com loads Plausible and Google Fonts from its layout templates (held-out set)
    const head = '<head>\n  <script defer data-domain="example.com" src="https://plausible.io/js/script.js"></script>\n</head>\n';
    for (const file of ['lib/app_web/templates/layout/root.html.heex', 'lib/app_web/templates/layout/app.html.eex', 'lib/app_web/live/page.html.leex']) {
      expect(Object.keys(await proofs({ [file]: head })), file).toEqual(['plausible']);
    }
  });

  it("reads env() in a Laravel project's own config file as use, and in the framework's published config files as a name only", async () => {
    const config = "<?php\nreturn [\n    'paypal' => [\n        'client_id' => env('PAYPAL_CLIENT_ID', null),\n    ],\n];\n";
    expect(await proofs({ 'config/ninja.php': config })).toEqual({ paypal: ['config/ninja.php:4 env PAYPAL_CLIENT_ID'] });
    expect(await proofs({ 'config/services.php': config })).toEqual({ paypal: ['config/services.php:4 name PAYPAL_CLIENT_ID'] });
  });

  it('reads the libraries of a version catalog declared in settings.gradle, in both notations', async () => {
    const settings = [
      'dependencyResolutionManagement {',
      '    versionCatalogs {',
      '        libs {',
      "            library('mailjet', \"com.mailjet:mailjet-client:5.2.5\")",
      "            library('stripe', 'com.stripe', 'stripe-java').version('22.11.0')",
      "            // library('sentry', 'io.sentry:sentry:8.0.0')",
      '        }',
      '    }',
      '}',
    ].join('\n');
    expect(await proofs({ 'settings.gradle': settings })).toEqual({
      mailjet: ['settings.gradle:4 manifest com.mailjet:mailjet-client'],
      stripe: ['settings.gradle:5 manifest com.stripe:stripe-java'],
    });
  });

  it('proves a sign-in provider by the django-allauth provider app a settings file installs', async () => {
    const settings = [
      'INSTALLED_APPS = [',
      '    "allauth.socialaccount",',
      '    "allauth.socialaccount.providers.github",',
      '    "allauth.socialaccount.providers.gitlab",',
      '    "allauth.socialaccount.providers.openid_connect",',
      ']',
    ].join('\n');
    expect(await proofs({ 'app/settings.py': settings })).toEqual({
      'sign-in-with-github': ['app/settings.py:3 import allauth.socialaccount.providers.github'],
      'sign-in-with-gitlab': ['app/settings.py:4 import allauth.socialaccount.providers.gitlab'],
    });
  });

  it('finds a vendor API configured in appsettings or application config, but not one named in a comment', async () => {
    const found = await proofs({
      'src/Web/appsettings.yml': 'Assistant:\n  # Read more: https://openrouter.ai/docs\n  Endpoint: https://openrouter.ai/api/v1/chat/completions\n  ApiKey:\n',
      'src/main/resources/application.properties': '# https://api.mistral.ai is the default\nmodel.url=https://api.example.com\n',
    });
    expect(found).toEqual({ openrouter: ['src/Web/appsettings.yml:3 url openrouter.ai'] });
  });
});
