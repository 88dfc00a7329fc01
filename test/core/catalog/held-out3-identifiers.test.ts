import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from '../scan/helpers.js';

// What the third held-out batch (test/fixtures/real-world-heldout, branch heldout3: solidtime, maybe,
// plane, ente, hatchet, umami, outline, flagsmith) showed the shipped catalog missing or mistaking, as the services a
// scan reports for small projects written like the lines it read.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const found = async (files: Record<string, string>) =>
  (await detectServices(tempProject(files), shipped())).services.filter((s) => s.confidence !== 'name').map((s) => s.serviceId).sort();

describe('catalog identifiers from the third held-out batch', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('names the app stores a Go server verifies purchases with, and the Zoho Campaigns list it subscribes users to', async () => {
    // ente-io/ente server/pkg/api/billing.go and server/pkg/controller/mailing_lists.go at a621d733.
    const services = await found({
      'server/pkg/api/billing.go':
        'package api\n\nimport (\n\t"github.com/awa/go-iap/appstore"\n\t"github.com/awa/go-iap/playstore"\n)\n\nvar _ appstore.SubscriptionNotification\nvar _ playstore.DeveloperNotification\n',
      'server/pkg/controller/mailing_lists.go':
        'package controller\n\nimport "fmt"\n\nfunc url(list string) string {\n\treturn fmt.Sprintf("https://campaigns.zoho.com/api/v1.1/json/%s?resfmt=JSON", list)\n}\n',
    });
    expect(services).toEqual(['apple-app-store-iap', 'google-play-billing', 'zoho']);
  });

  it('sees the image and map services a browser is sent to: UI Avatars, Stadia Maps, DuckDuckGo favicons, the Pylon and Headway widgets', async () => {
    const services = await found({
      // solidtime-io/solidtime app/Models/User.php: the default profile photo
      'app/Models/User.php': "<?php\n\nfunction photo(string $name): string\n{\n    return 'https://ui-avatars.com/api/?name='.urlencode($name);\n}\n",
      // ente-io/ente web/apps/albums TripMap.tsx
      'src/TripMap.tsx': 'export const tiles = "https://tiles.stadiamaps.com/tiles/alidade_satellite/{z}/{x}/{y}.jpg";\n',
      // umami-software/umami src/lib/constants.ts
      'src/lib/constants.ts': "export const FAVICON_URL = 'https://icons.duckduckgo.com/ip3/{{domain}}.ico';\n",
      // hatchet-dev/hatchet frontend/app/src/components/support-chat.tsx
      'src/support-chat.tsx': 'const src = `https://widget.usepylon.com/widget/${appId}`;\nexport default src;\n',
      // Flagsmith/flagsmith frontend/web/components/Headway.js
      'web/components/Headway.js': "export const load = () => Utils.loadScriptPromise('https://cdn.headwayapp.co/widget.js');\n",
    });
    expect(services).toEqual(['duckduckgo-favicons', 'headway', 'pylon', 'stadia-maps', 'ui-avatars']);
  });

  it('takes the S3 bucket key and Google\'s OAuth endpoint as evidence, and a Hocuspocus client as no hosted service', async () => {
    const services = await found({
      // makeplane/plane apps/api/plane/settings/common.py
      'settings/common.py': 'import os\n\nAWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_S3_BUCKET_NAME", "uploads")\n',
      // hatchet-dev/hatchet pkg/auth/oauth/configs.go
      'pkg/auth/oauth/configs.go': 'package oauth\n\nconst GoogleAuthURL string = "https://accounts.google.com/o/oauth2/v2/auth"\n',
      // makeplane/plane packages/editor/package.json: the client of its own Hocuspocus server (apps/live)
      'packages/editor/package.json': `${JSON.stringify({ name: 'editor', dependencies: { '@hocuspocus/provider': '2.15.2' } })}\n`,
    });
    expect(services).toEqual(['aws-s3', 'sign-in-with-google']);
  });

  it('reads Outline\'s fork of the Azure AD passport strategy as Microsoft Entra, and its link previews as Iframely', async () => {
    // outline/outline package.json and plugins/iframely/server/env.ts at d77dcdf8.
    const services = await found({
      'package.json': `${JSON.stringify({ name: 'app', dependencies: { '@outlinewiki/passport-azure-ad-oauth2': '^0.1.0' } })}\n`,
      'plugins/iframely/server/env.ts': 'export class IframelyEnv {\n  public IFRAMELY_URL = process.env.IFRAMELY_URL || "https://iframe.ly";\n}\n',
    });
    expect(services).toEqual(['iframely', 'microsoft-entra']);
  });
});
