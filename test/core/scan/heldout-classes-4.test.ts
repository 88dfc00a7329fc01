import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from './helpers.js';

// The scanner classes the fourth held-out batch (test/fixtures/real-world-heldout, FIRST-SEEN.md
// "Fourth batch") left to the scanner, each on a small hand-made project against the shipped catalog.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const scan = async (files: Record<string, string>) => (await detectServices(tempProject(files), shipped())).services;
/** service id -> its confidence, for the services a project shows */
const confidences = async (files: Record<string, string>) => Object.fromEntries((await scan(files)).map((s) => [s.serviceId, s.confidence]));
const proofs = async (files: Record<string, string>) =>
  Object.fromEntries((await scan(files)).map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.confidence} ${e.match}`)]));

describe('scanner classes from the fourth held-out batch', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it("takes a Sentry SDK whose DSN points at another server (GlitchTip, Telebugs, self-hosted) as that server's, not Sentry's", async () => {
    const flutter = { 'pubspec.yaml': 'name: chat\ndependencies:\n  sentry: ^8.0.0\n', 'lib/report.dart': "import 'package:sentry/sentry.dart';\n" };
    // a DSN literal on the product's own server
    const own = { ...flutter, 'lib/config.dart': "const sentryDsn = 'https://001fc83b53bd409c82a505d74d56f001@observe.acmechat.net/1';\n" };
    expect(await confidences(own)).toEqual({ sentry: 'name' });
    expect((await proofs(own)).sentry).toContain('lib/config.dart:1 name observe.acmechat.net');
    // the same DSN on Sentry's own domain proves Sentry, by its URL
    const vendor = { ...flutter, 'lib/config.dart': "const sentryDsn = 'https://001fc83b53bd409c82a505d74d56f001@o1047380.ingest.sentry.io/4504254983634944';\n" };
    expect(await confidences(vendor)).toEqual({ sentry: 'manifest' });
    expect((await proofs(vendor)).sentry).toContain('lib/config.dart:1 url o1047380.ingest.sentry.io');
    // a URL with user info that is not a DSN, in a file that names no DSN, is not a server of Sentry's protocol
    expect(await confidences({ ...flutter, 'lib/git.dart': "const remote = 'https://0123456789abcdef0123@git.acmechat.net/12';\n" })).toEqual({ sentry: 'manifest' });

    // the DSN kept in a setting named after another server (Rails credentials of Telebugs)
    const rails = (dsn: string) => ({
      Gemfile: "source 'https://rubygems.org'\ngem 'sentry-rails'\n",
      'config/initializers/errors.rb': `Sentry.init do |config|\n  config.dsn = ${dsn}\nend\n`,
    });
    expect(await confidences(rails('Rails.application.credentials.telebugs.dsn'))).toEqual({ sentry: 'name' });
    expect(await confidences(rails('ENV["GLITCHTIP_DSN"]'))).toEqual({ sentry: 'name' });
    expect((await proofs(rails('Rails.application.credentials.telebugs.dsn'))).sentry).toContain('config/initializers/errors.rb:2 name dsn from telebugs');
    // Sentry's own names for the setting, and generic ones, say nothing of another server
    for (const dsn of ['Rails.application.credentials.sentry.dsn', 'ENV.fetch("RAVEN_DSN")', 'ENV["DSN"]', 'Rails.application.credentials.dig(:error_reporting, :dsn)', 'dsn']) {
      expect(await confidences(rails(dsn)), dsn).toEqual({ sentry: 'manifest' });
    }
    // a key the code reads whose value it does not show may point at Sentry: unchanged
    expect(await confidences({ ...rails('Rails.application.credentials.telebugs.dsn'), '.env.example': 'SENTRY_DSN=\n' })).toEqual({ sentry: 'manifest' });
  });
});
