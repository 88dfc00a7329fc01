import { beforeAll, describe, expect, it } from 'vitest';
import { confidences, proofs, scanShipped as scan, shipped } from './helpers.js';

// The scanner classes the fourth held-out batch (test/fixtures/real-world-heldout, FIRST-SEEN.md
// "Fourth batch") left to the scanner, each on a small hand-made project against the shipped catalog.
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

  it("names a hosting platform only as a possibility when its variables are only declared in the app's env module and deploy files name another host", async () => {
    const envModule = {
      'package.json': JSON.stringify({ name: 'web', dependencies: { next: '15', '@t3-oss/env-nextjs': '0.12' } }),
      'src/env.mjs': 'export const env = createEnv({\n  server: {\n    NEXTAUTH_URL: z.string().optional(),\n    VERCEL_URL: z.string().optional(),\n  },\n});\n',
    };
    const ecsDeploy = {
      '.github/workflows/deploy.yml': 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2\n',
    };
    expect((await confidences({ ...envModule, ...ecsDeploy })).vercel).toBe('name');
    expect((await confidences({ ...envModule, 'fly.toml': 'app = "web"\n' })).vercel).toBe('name');
    // no deploy signal of another host: a product deployed from Git needs no deploy file, so the read is evidence
    expect((await confidences(envModule)).vercel).toBe('env');
    // read in the app's own code, or asked of the operator by an env template: evidence
    expect((await confidences({ ...envModule, ...ecsDeploy, 'src/lib/url.ts': 'export const base = `https://${process.env.VERCEL_URL}`;\n' })).vercel).toBe('env');
    expect((await confidences({ ...envModule, ...ecsDeploy, '.env.example': 'VERCEL_URL=\n' })).vercel).toBe('env');
    // the platform's own deploy file
    expect((await confidences({ ...envModule, ...ecsDeploy, 'vercel.json': '{}\n' })).vercel).toBe('manifest');
  });

  it("proves a self-runnable engine's hosted edition by a key that names it (AUTH_CLICKHOUSE_CLOUD_CLIENT_ID), not by the engine's own keys", async () => {
    const client = { 'package.json': JSON.stringify({ name: 'app', dependencies: { '@clickhouse/client': '^1' } }) };
    const reads = (keys: string[]) => ({ ...client, 'src/server/db.ts': keys.map((key) => `export const ${key.toLowerCase()} = process.env.${key};\n`).join('') });
    // the engine's settings reach any ClickHouse server
    expect(await confidences(reads(['CLICKHOUSE_URL', 'CLICKHOUSE_PASSWORD', 'CLICKHOUSE_CLOUDINESS']))).toEqual({ 'clickhouse-cloud': 'name' });
    // "Sign in with ClickHouse Cloud": a key that holds the hosted service's name
    const named = await proofs(reads(['CLICKHOUSE_URL', 'AUTH_CLICKHOUSE_CLOUD_CLIENT_ID']));
    expect(named['clickhouse-cloud']).toEqual(['package.json:1 manifest @clickhouse/client', 'src/server/db.ts:2 env AUTH_CLICKHOUSE_CLOUD_CLIENT_ID']);
  });

  it("takes OpenTelemetry's cloud.provider resource attribute as the host it names, and nothing else named cloud_provider", async () => {
    const elixir = 'config :opentelemetry,\n  resource: %{\n    service: %{name: "portal"},\n    cloud: %{\n      provider: "azure",\n      region: System.get_env("REGION")\n    }\n  }\n';
    expect((await proofs({ 'config/runtime.exs': elixir })).azure).toEqual(['config/runtime.exs:4 url cloud.provider "azure"']);
    const node = "import { ATTR_CLOUD_PROVIDER, CLOUD_PROVIDER_VALUE_GCP } from '@opentelemetry/semantic-conventions/incubating';\nexport const resource = { [ATTR_CLOUD_PROVIDER]: CLOUD_PROVIDER_VALUE_GCP };\n";
    expect(await confidences({ 'src/otel.ts': node })).toEqual({ 'google-cloud': 'url' });
    expect(await confidences({ 'src/otel.py': 'from opentelemetry.sdk.resources import Resource\nresource = Resource.create({"cloud.provider": "aws", "cloud.region": "eu-west-1"})\n' })).toEqual({ aws: 'url' });
    // a setting of the product's own called cloud_provider, in code that does not configure OpenTelemetry
    expect(await confidences({ 'app/settings.py': 'CLOUD_PROVIDER = "aws"\ndefaults = {"cloud_provider": "azure"}\n' })).toEqual({});
  });

  it('takes a package a build script adds with its package manager (flutter pub add, npm install, cargo add) as a dependency, not a global tool install', async () => {
    const app = { 'pubspec.yaml': 'name: chat\ndependencies:\n  flutter:\n    sdk: flutter\n' };
    const script = '#!/usr/bin/env bash\n# flutter pub add sentry (a comment)\nflutter pub add fcm_shared_isolate\nflutter pub get\n';
    expect(await proofs({ ...app, 'scripts/add-firebase-messaging.sh': script })).toEqual({
      'firebase-cloud-messaging': ['scripts/add-firebase-messaging.sh:3 manifest fcm_shared_isolate'],
    });
    const npm = await scan({ 'scripts/setup.sh': 'set -e\nnpm install --save-dev @sentry/cli && npm install stripe@17\nnpm install -g vercel\nyarn global add netlify-cli\n' });
    expect(npm.map((s) => [s.serviceId, s.confidence, s.devOnly])).toEqual([
      ['sentry', 'manifest', true],
      ['stripe', 'manifest', false],
    ]);
    // a test's or an example's script sets up that test or example
    expect(await scan({ 'examples/stripe/setup.sh': 'npm install stripe\n', 'test/setup.sh': 'npm install stripe\n' })).toEqual([]);
  });
  it('reads no seed or fixture data as use (Doctrine DataFixtures, Laravel seeders and factories, Rails db/seeds.rb)', async () => {
    const url = "'https://www.gravatar.com/avatar/' . md5($email)";
    const seeded = {
      'composer.json': '{ "name": "acme/timesheets", "require": { "php": ">=8.2" } }',
      'src/DataFixtures/UserFixtures.php': `<?php\n$avatar = ${url};\n`,
      'src/Fixture/DemoFixtures.php': `<?php\n$avatar = ${url};\n`,
      'database/seeders/UserSeeder.php': `<?php\n$avatar = ${url};\n`,
      'database/factories/UserFactory.php': `<?php\n$avatar = ${url};\n`,
      'db/seeds.rb': 'User.create!(avatar: "https://www.gravatar.com/avatar/#{Digest::MD5.hexdigest(email)}")\n',
    };
    expect(await confidences(seeded)).toEqual({});
    // the same URL built where the application shows a user's avatar is use
    const shown = { ...seeded, 'src/Twig/AvatarExtension.php': `<?php\nreturn ${url};\n` };
    expect((await proofs(shown)).gravatar).toEqual([expect.stringMatching(/^src\/Twig\/AvatarExtension\.php:2 /)]);
  });
});

