import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from '../scan/helpers.js';

// What the fifth held-out batch (test/fixtures/real-world-heldout, branch heldout5: icecubesapp, ha-android,
// lowcoder, squidex, feedbin, plunk, openpanel, hanko, wger, kimai) showed the shipped catalog missing, as the
// services a scan reports for small projects written like the lines it read.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const found = async (files: Record<string, string>) =>
  (await detectServices(tempProject(files), shipped())).services.filter((s) => s.confidence !== 'name').map((s) => s.serviceId).sort();

describe('catalog identifiers from the fifth held-out batch', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('sees HubSpot forms loaded from the EU script host and created with hbspt.forms.create', async () => {
    // lowcoder-org/lowcoder client/packages/lowcoder/src/pages/setting/hubspotModal.tsx at db7aae37
    expect(
      await found({
        'src/hubspotModal.tsx':
          'export function loadForm() {\n  const script = document.createElement("script");\n  script.src = "https://js-eu1.hsforms.net/forms/embed/v2.js";\n  document.body.appendChild(script);\n}\n',
      }),
    ).toEqual(['hubspot']);
    expect(
      await found({
        'src/contactForm.tsx': 'export function createForm() {\n  window.hbspt.forms.create({ portalId: "1", formId: "f", target: "#form" });\n}\n',
      }),
    ).toEqual(['hubspot']);
  });

  it('sees OpenStreetMap tiles under the short domain tile.osm.org', async () => {
    // Squidex/squidex frontend/src/app/shared/components/forms/geolocation-editor.component.ts at 0ecfe2fc
    const services = await found({
      'src/geolocation-editor.component.ts':
        "import * as L from 'leaflet';\n\nexport function tiles(map: L.Map) {\n  L.tileLayer('https://{s}.tile.osm.org/{z}/{x}/{y}.png', { attribution: 'OSM' }).addTo(map);\n}\n",
    });
    expect(services).toEqual(['openstreetmap-tiles']);
  });

  it("sees APNs through Ruby's apnotic gem and through an iOS app registering for remote notifications", async () => {
    // feedbin/feedbin Gemfile at 9bfc9f68; Dimillian/IceCubesApp Packages/Env/Sources/Env/PushNotificationsService.swift at 0fc41d2c
    expect(await found({ Gemfile: 'source "https://rubygems.org"\n\ngem "rails"\ngem "apnotic"\n' })).toEqual(['apns']);
    expect(
      await found({
        'Sources/Env/PushNotificationsService.swift':
          'import UIKit\n\npublic final class PushNotificationsService {\n  public func requestPushNotifications() {\n    UIApplication.shared.registerForRemoteNotifications()\n  }\n}\n',
      }),
    ).toEqual(['apns']);
  });

  it('sees App Store in-app purchases by the receipt-validation endpoint, and not by a link to the App Store', async () => {
    // feedbin/feedbin config/initializers/iap.rb at 9bfc9f68
    expect(
      await found({
        'config/initializers/iap.rb':
          'Rails.application.config.iap_endpoint = {\n  production: "https://buy.itunes.apple.com/verifyReceipt",\n  development: "https://sandbox.itunes.apple.com/verifyReceipt",\n}\n',
      }),
    ).toEqual(['apple-app-store-iap']);
    expect(await found({ 'app/views/apps.html': '<a href="https://itunes.apple.com/app/id123456789">Download on the App Store</a>\n' })).toEqual([]);
  });

  it('sees TelemetryDeck by its Swift package and its npm SDK', async () => {
    // Dimillian/IceCubesApp Packages/Env/Package.swift at 0fc41d2c
    const packageSwift =
      '// swift-tools-version:5.9\nimport PackageDescription\n\nlet package = Package(\n  name: "Env",\n  dependencies: [\n    .package(url: "https://github.com/TelemetryDeck/SwiftSDK", from: "2.3.0"),\n  ],\n  targets: [.target(name: "Env", dependencies: [.product(name: "TelemetryDeck", package: "SwiftSDK")])]\n)\n';
    expect(await found({ 'Packages/Env/Package.swift': packageSwift })).toEqual(['telemetrydeck']);
    expect(await found({ 'package.json': `${JSON.stringify({ name: 'site', dependencies: { '@telemetrydeck/sdk': '^2.0.0' } }, null, 2)}\n` })).toEqual([
      'telemetrydeck',
    ]);
  });

  it('sees a Supademo demo embedded in an iframe', async () => {
    // lowcoder-org/lowcoder client/packages/lowcoder/src/i18n/locales/en.ts and comps/utils/supademoDisplay.tsx at db7aae37
    const services = await found({
      'src/demos.ts': 'export const demos = {\n  transformer: "https://app.supademo.com/embed/clyohuj2r0sluy805bs0e8mru?embed_v=2",\n};\n',
      'src/SupaDemoDisplay.tsx': 'export const SupaDemoDisplay = ({ url }: { url: string }) => <iframe src={url} allowFullScreen />;\n',
    });
    expect(services).toEqual(['supademo']);
  });
  it("does not take Meta's Graph API host for WhatsApp: an Instagram oEmbed call is not the WhatsApp Cloud API", async () => {
    // feedbin/feedbin app/models/iframe_embed/instagram.rb at 9bfc9f68
    const services = await found({
      'app/models/iframe_embed/instagram.rb':
        'class IframeEmbed::Instagram\n  OEMBED_URL = "https://graph.facebook.com/v9.0/instagram_oembed"\n\n  def oembed_url(url)\n    "#{OEMBED_URL}?url=#{url}"\n  end\nend\n',
    });
    expect(services).not.toContain('whatsapp-business');
    expect(await found({ '.env.example': 'WHATSAPP_ACCESS_TOKEN=\nWHATSAPP_PHONE_NUMBER_ID=\n' })).toEqual(['whatsapp-business']);
  });
});
