import { beforeAll, describe, expect, it } from 'vitest';
import { confidences, proofs, scanShipped as scan, shipped } from './helpers.js';

// The scanner classes the third held-out batch (test/fixtures/real-world-heldout, FIRST-SEEN.md
// "Third batch") left to the scanner, each on a small hand-made project against the shipped catalog.
describe('scanner classes from the third held-out batch', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it("names a self-runnable engine's hosted service only as a possibility from the engine's client, and proves it by a hosted host or key", async () => {
    // the drivers of MongoDB, ClickHouse, Meilisearch and Typesense reach any server of the engine
    const clients = {
      'requirements.txt': 'pymongo==4.6\nclickhouse-connect==0.7\n',
      'package.json': JSON.stringify({ dependencies: { mongoose: '^8', meilisearch: '^0.40', typesense: '^1' } }),
      'app/db.py': 'from pymongo import MongoClient\nclient = MongoClient(os.environ["MONGO_URL"])\n',
      '.env.example': 'MEILI_MASTER_KEY=\nTYPESENSE_API_KEY=\n',
    };
    expect(await confidences(clients)).toEqual({
      'clickhouse-cloud': 'name',
      'meilisearch-cloud': 'name',
      'mongodb-atlas': 'name',
      'typesense-cloud': 'name',
    });
    // the hosted service's own host, or a key only it has, proves it
    const hosted = await confidences({
      ...clients,
      'app/analytics.py': 'HOST = "https://abc123.eu-central-1.aws.clickhouse.cloud:8443"\n',
      '.env.example': 'MEILI_MASTER_KEY=\nTYPESENSE_API_KEY=\nMONGODB_ATLAS_PUBLIC_KEY=\n',
    });
    expect(hosted['clickhouse-cloud']).toBe('manifest');
    expect(hosted['mongodb-atlas']).toBe('manifest');
    expect(hosted['meilisearch-cloud']).toBe('name');
    // an SDK of a hosted-only service is unchanged
    expect(await confidences({ 'package.json': JSON.stringify({ dependencies: { stripe: '^17' } }) })).toEqual({ stripe: 'manifest' });
  });

  it('takes OAuth app keys under a sign-in note of an env template as that sign-in, wherever the code reads them', async () => {
    const template = [
      '# Microsoft Entra / Azure AD sign-in provider',
      'AZURE_CLIENT_ID=',
      'AZURE_CLIENT_SECRET=',
      '',
      '# Discord sign-in provider',
      '# DOCS: https://example.org/discord',
      'DISCORD_CLIENT_ID=',
      'DISCORD_CLIENT_SECRET=',
      '',
      '# Notifications to a Discord channel',
      'DISCORD_BOT_TOKEN=',
      '',
    ].join('\n');
    const read = 'export const id = process.env.AZURE_CLIENT_ID;\nexport const discord = process.env.DISCORD_CLIENT_ID;\n';
    expect(await proofs({ '.env.example': template, 'server/auth/env.ts': read })).toEqual({
      discord: ['.env.example:11 env DISCORD_BOT_TOKEN'],
      'microsoft-entra': ['.env.example:2 env AZURE_CLIENT_ID', '.env.example:3 env AZURE_CLIENT_SECRET', 'server/auth/env.ts:1 env AZURE_CLIENT_ID'],
      'sign-in-with-discord': ['.env.example:7 env DISCORD_CLIENT_ID', '.env.example:8 env DISCORD_CLIENT_SECRET', 'server/auth/env.ts:2 env DISCORD_CLIENT_ID'],
    });
    // without the note the same keys are the vendor's: Azure's credentials, the Discord app
    const plain = template.replace(/^# .*(sign-in|DOCS).*\n/gm, '');
    expect(Object.keys(await proofs({ '.env.example': plain, 'server/auth/env.ts': read })).sort()).toEqual(['azure', 'discord']);
  });

  it('names a service only as a possibility from a types-only dev dependency', async () => {
    const manifest = (section: string) => JSON.stringify({ [section]: { 'discord-api-types': '^0.37', '@cloudflare/workers-types': '^4' } });
    expect(await confidences({ 'package.json': manifest('devDependencies') })).toEqual({ discord: 'name', 'cloudflare-workers': 'name' });
    // importing its types sends nothing either
    const typed = { 'package.json': manifest('devDependencies'), 'src/bot.ts': "import type { APIUser } from 'discord-api-types/v10';\n" };
    expect((await confidences(typed)).discord).toBe('name');
    // a dependency the product installs to run is still use
    expect(await confidences({ 'package.json': manifest('dependencies') })).toEqual({ discord: 'manifest', 'cloudflare-workers': 'manifest' });
  });

  it("takes a self-hostable vendor's SDK that is configured only with the product's own instance as a possibility", async () => {
    const app = {
      'pubspec.yaml': 'name: photos\ndependencies:\n  sentry_flutter: ^8.0.0\n',
      'lib/core/constants.dart': 'const String sentryDSN =\n    "https://2235e5c99219488ea93da34b9ac1cb68@sentry.acmephotos.io/4";\n',
    };
    expect(await proofs(app)).toEqual({
      sentry: ['lib/core/constants.dart:2 name sentry.acmephotos.io', 'pubspec.yaml:3 name sentry_flutter'],
    });
    // a DSN of the vendor itself, or a key whose value the code does not show, still proves the vendor
    const vendorDsn = { ...app, 'lib/core/more.dart': 'const String other = "https://k@o1.ingest.sentry.io/5";\n' };
    expect((await confidences({ ...vendorDsn, 'lib/core/constants.dart': 'final dsn = Platform.environment["SENTRY_DSN"];\nconst String x = "https://k@sentry.acmephotos.io/4";\n' })).sentry).toBe('manifest');
    expect((await confidences({ 'pubspec.yaml': app['pubspec.yaml'] })).sentry).toBe('manifest');
    // a vendor that cannot be self-hosted is proxied under the product's domain, not replaced
    const captcha = {
      'gradle/libs.versions.toml': '[libraries]\nhcaptcha = { module = "com.github.hCaptcha.hcaptcha-android-sdk:sdk", version = "4.0" }\n',
      'app/src/main/java/org/acme/Captcha.kt': 'val endpoint = "https://hcaptcha.acme.org"\n',
    };
    expect((await confidences(captcha)).hcaptcha).toBe('manifest');
  });

  it('reads the environment variables a Pkl configuration reads', async () => {
    const pkl = ['// Analytics', 'sentryDSN: String? = read?("env:SENTRY_DSN")', 'postHogKey: String? = read("env:POSTHOG_API_KEY")', ''].join('\n');
    expect(await proofs({ 'Secrets/Secrets.pkl': pkl })).toEqual({
      posthog: ['Secrets/Secrets.pkl:3 env POSTHOG_API_KEY'],
      sentry: ['Secrets/Secrets.pkl:2 env SENTRY_DSN'],
    });
  });

  it("takes boto3's service modules and the service a client or resource is made for as that AWS service", async () => {
    const files = {
      'app/tables.py': ['import boto3', 'import boto3.dynamodb.types', '', 'table = boto3.resource("dynamodb").Table("identities")', ''].join('\n'),
      'app/export.py': ['import boto3', '', 'def client():', "    return boto3.client('s3', region_name='eu-west-2')", ''].join('\n'),
      'app/queue.py': ['from boto3.session import Session', 'sqs = Session().client(service_name="sqs")', ''].join('\n'),
    };
    expect(await proofs(files)).toEqual({
      aws: ['app/export.py:1 import boto3', 'app/queue.py:1 import boto3', 'app/tables.py:1 import boto3'],
      'amazon-sqs': ['app/queue.py:2 import boto3 client("sqs")'],
      'aws-dynamodb': ['app/tables.py:2 import boto3-dynamodb-types'],
      'aws-s3': ['app/export.py:4 import boto3 client("s3")'],
    });
    // the same calls without boto3 (another library's client) and in other languages are not AWS
    expect(await proofs({ 'app/cache.py': 'redis = pool.client("s3")\n', 'src/s3.ts': 'const c = factory.client("s3");\n' })).toEqual({});
  });

  it("reads a repository's composite actions as workflows, and a <program>-action's command input as that program's arguments", async () => {
    const action = [
      'name: "Deploy web app"',
      'runs:',
      '    using: "composite"',
      '    steps:',
      '        - name: Publish',
      '          uses: cloudflare/wrangler-action@v3',
      '          with:',
      '              apiToken: ${{ inputs.api-token }}',
      '              command: pages deploy --project-name=photos web/out',
      '',
    ].join('\n');
    const found = await proofs({ '.github/actions/deploy-web-app/action.yml': action });
    expect(found['cloudflare-pages']).toEqual(['.github/actions/deploy-web-app/action.yml:9 manifest wrangler pages']);
    // the same file elsewhere is a published action's definition, not this product's pipeline
    expect(await proofs({ 'action.yml': action })).toEqual({});
    // `wrangler pages deploy` in a script is Pages; `wrangler deploy` stays Workers
    const scripts = await proofs({ 'package.json': JSON.stringify({ scripts: { site: 'wrangler pages deploy dist', api: 'wrangler deploy' } }) });
    expect(scripts['cloudflare-pages']).toEqual(['package.json:1 manifest wrangler pages']);
    expect(scripts['cloudflare-workers']).toEqual(['package.json:1 manifest wrangler']);
  });

  it("takes the hosts of a Pages/Netlify _headers file's Content-Security-Policy", async () => {
    const headers = [
      '/*',
      '    X-Frame-Options: deny',
      "    Content-Security-Policy: default-src 'self'; connect-src 'self' https://*.s3.eu-central-003.backblazeb2.com https://*.s3.eu-central-2.wasabisys.com",
      '',
    ].join('\n');
    expect(await confidences({ 'web/public/_headers': headers })).toEqual({ 'backblaze-b2': 'url', wasabi: 'url' });
    expect(await confidences({ 'web/public/my_headers': headers, 'docs/public/_headers': headers })).toEqual({});
  });

  it("takes the registry a workflow pushes the product's image to as that vendor, and a workflow's env keys only as names", async () => {
    const workflow = [
      'name: Build',
      'jobs:',
      '  build:',
      '    steps:',
      '      - name: Build',
      '        run: npm run build',
      '        env:',
      '          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}',
      '      - name: Login',
      '        uses: docker/login-action@v3',
      '        with:',
      '          registry: rg.fr-par.scw.cloud/acme',
      '',
    ].join('\n');
    expect(await proofs({ '.github/workflows/build.yml': workflow })).toEqual({
      scaleway: ['.github/workflows/build.yml:12 manifest rg.fr-par.scw.cloud/acme'],
      sentry: ['.github/workflows/build.yml:8 name SENTRY_AUTH_TOKEN'],
    });
    const pushed = 'jobs:\n  release:\n    steps:\n      - run: docker login rg.nl-ams.scw.cloud -u nologin --password-stdin && docker push rg.nl-ams.scw.cloud/acme/api:1\n';
    expect(Object.keys(await proofs({ '.github/workflows/release.yml': pushed }))).toEqual(['scaleway']);
    // an image the product only runs (a service container) names no vendor by its registry host
    expect(await proofs({ '.github/workflows/test.yml': 'jobs:\n  test:\n    services:\n      db:\n        image: rg.fr-par.scw.cloud/other/postgres:16\n' })).toEqual({});
  });

  it("takes a Laravel log channel's driver that a vendor's package adds as that vendor, and not Laravel's own drivers", async () => {
    const logging = [
      '<?php',
      'return [',
      "    'channels' => [",
      "        'stack' => ['driver' => 'stack', 'channels' => ['stderr', 'sentry']],",
      "        'slack' => ['driver' => 'slack', 'url' => env('LOG_SLACK_WEBHOOK_URL')],",
      "        'sentry' => [",
      "            'driver' => 'sentry',",
      "            'level' => env('LOG_LEVEL_SENTRY', 'error'),",
      '        ],',
      '    ],',
      '];',
      '',
    ].join('\n');
    // (Laravel's default env reads stay names only, as before)
    expect(await proofs({ 'config/logging.php': logging })).toEqual({
      sentry: ["config/logging.php:7 env log channel driver 'sentry'"],
      slack: ['config/logging.php:5 name LOG_SLACK_WEBHOOK_URL'],
    });
    // another config file's drivers are the framework's options (a queue on SQS, a cache on DynamoDB), not this class
    expect(Object.keys(await proofs({ 'config/queue.php': logging.replace("'sentry',", "'sqs',") }))).toEqual(['slack']);
  });

  it('names an embed of a vendor\'s content only as a possibility while no page imports its component', async () => {
    const site = { 'site/package.json': JSON.stringify({ dependencies: { 'react-tweet': '^3', 'react-youtube': '^10' } }) };
    expect(await confidences(site)).toEqual({ 'x-embeds': 'name', 'youtube-embed': 'name' });
    // a page that renders the component proves it
    const page = { ...site, 'site/app/page.tsx': "import { Tweet } from 'react-tweet';\nexport default () => <Tweet id=\"1\" />;\n" };
    expect(await confidences(page)).toEqual({ 'x-embeds': 'manifest', 'youtube-embed': 'name' });
    // a library that is not an embed is proven by its dependency, as before
    expect(await confidences({ 'site/package.json': JSON.stringify({ dependencies: { 'posthog-js': '^1' } }) })).toEqual({ posthog: 'manifest' });
  });
});
