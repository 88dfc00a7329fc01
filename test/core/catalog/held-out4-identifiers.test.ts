import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from '../scan/helpers.js';

// What the fourth held-out batch (test/fixtures/real-world-heldout, branch heldout4: lobsters, firezone,
// fluffychat, files-community, langfuse, miniflux, pretalx, pixelfed; then inbox-zero and midday) showed the shipped catalog missing or mistaking,
// as the services a scan reports for small projects written like the lines it read.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const found = async (files: Record<string, string>) =>
  (await detectServices(tempProject(files), shipped())).services.filter((s) => s.confidence !== 'name').map((s) => s.serviceId).sort();
const manifest = (dependencies: Record<string, string>) => `${JSON.stringify({ name: 'site', dependencies }, null, 2)}\n`;

describe('catalog identifiers from the fourth held-out batch', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('sees HubSpot forms through next-hubspot, and Tag Manager and GA4 through the components of @next/third-parties', async () => {
    // firezone/firezone website/package.json, website/src/app/layout.tsx and components/Analytics/GoogleAds.tsx at 94abb789
    const services = await found({
      'website/package.json': manifest({ next: '^16.2.6', 'next-hubspot': '^2.0.1', '@next/third-parties': '^16.2.6' }),
      'website/src/app/layout.tsx':
        'import { GoogleTagManager } from "@next/third-parties/google";\n\nconst gtmId = "GTM-NBZ4CD98";\n\nexport default function RootLayout({ children }) {\n  return (\n    <html>\n      <body>{children}</body>\n      {gtmId && <GoogleTagManager gtmId={gtmId} />}\n    </html>\n  );\n}\n',
      'website/src/components/Stats.tsx':
        'import { GoogleAnalytics } from "@next/third-parties/google";\n\nexport const Stats = () => <GoogleAnalytics gaId="G-XYZ" />;\n',
    });
    expect(services).toEqual(['google-analytics', 'google-tag-manager', 'hubspot']);
  });

  it('does not take @next/third-parties itself as any one Google service: it bundles several', async () => {
    const services = await found({ 'package.json': manifest({ next: '^16.2.6', '@next/third-parties': '^16.2.6' }) });
    expect(services).toEqual([]);
  });

  it("sees Plain's chat widget by its app id, script and API host, and an ECS deploy by its GitHub Actions", async () => {
    // langfuse/langfuse web/src/env.mjs, web/next.config.mjs and .github/workflows/_deploy_ecs_service.yml at 62751446
    const services = await found({
      'web/src/support-chat.ts': 'export const appId = process.env.NEXT_PUBLIC_PLAIN_APP_ID;\n',
      'web/src/chat-script.ts': 'export const src = "https://chat.cdn-plain.com/index.js";\n',
      'web/next.config.mjs': 'export const connect = "connect-src \'self\' https://chat.uk.plain.com";\n',
      '.github/workflows/deploy.yml':
        'name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/amazon-ecs-render-task-definition@v1\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n',
    });
    expect(services).toEqual(['aws-ecs', 'plain']);
  });

  it('names Bing Maps behind the Windows Maps API and the Microsoft Store behind Windows.Services.Store in C#', async () => {
    // files-community/Files src/Files.App/Helpers/LocationHelpers.cs and Services/App/AppUpdateStoreService.cs at 3c23ca92
    const services = await found({
      'src/App/Helpers/LocationHelpers.cs':
        'using Windows.Devices.Geolocation;\nusing Windows.Services.Maps;\n\nnamespace App.Helpers\n{\n\tpublic static class LocationHelpers\n\t{\n\t\tpublic static async Task<string?> AddressAsync(Geopoint point)\n\t\t{\n\t\t\tMapService.ServiceToken = Keys.BingMaps;\n\t\t\tvar result = await MapLocationFinder.FindLocationsAtAsync(point);\n\t\t\treturn result?.Locations?.FirstOrDefault()?.DisplayName;\n\t\t}\n\t}\n}\n',
      'src/App/Services/AppUpdateStoreService.cs':
        'using Windows.Services.Store;\n\nnamespace App.Services\n{\n\tinternal sealed class AppUpdateStoreService\n\t{\n\t\tprivate StoreContext? _storeContext;\n\t\tpublic void Init() => _storeContext ??= StoreContext.GetDefault();\n\t}\n}\n',
    });
    expect(services).toEqual(['bing-maps', 'microsoft-store']);
  });

  it("takes famedly's fcm_shared_isolate in a Flutter pubspec as Firebase Cloud Messaging", async () => {
    // krille-chan/fluffychat: the Play Store build adds it with `flutter pub add fcm_shared_isolate`
    const services = await found({
      'pubspec.yaml': 'name: chat\nenvironment:\n  sdk: ">=3.0.0 <4.0.0"\ndependencies:\n  flutter:\n    sdk: flutter\n  fcm_shared_isolate: ^0.2.0\n',
    });
    expect(services).toEqual(['firebase-cloud-messaging']);
  });

  it('takes a GoCardless secret id and key as Bank Account Data credentials, not the payments API', async () => {
    // midday-ai/midday packages/banking/src/env.ts at 47d252aa
    const services = await found({
      'packages/banking/src/env.ts':
        'import { createEnv } from "@t3-oss/env-core";\nimport { z } from "zod";\n\nexport const env = createEnv({\n  server: {\n    GOCARDLESS_SECRET_ID: z.string(),\n    GOCARDLESS_SECRET_KEY: z.string(),\n  },\n  runtimeEnv: process.env,\n});\n',
    });
    expect(services).toEqual(['gocardless-bank-data']);
  });
});
