import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from './helpers.js';

// The scanner classes the held-out set still missed or over-reported after its catalog fixes
// (test/fixtures/real-world-heldout, FIRST-SEEN.md), each checked on a small hand-made project
// against the shipped catalog.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const scan = async (files: Record<string, string>) => (await detectServices(tempProject(files), shipped())).services;
const proofs = async (files: Record<string, string>) =>
  Object.fromEntries((await scan(files)).map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.confidence} ${e.match}`)]));

describe('scanner classes from the held-out set', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('reads 1Password env templates (env.op, *.env.op) as env templates, and a generic key by the item its reference names', async () => {
    const template = [
      'export DB_HOST="op://shop/neon/server"',
      'export DB_PASS="op://shop/neon/password"',
      'export HONEYCOMB_API_KEY="op://shop/honeycomb/credential"',
      // a key that names its item says no more than the key: no service called "pipedream" is proven
      'export PIPEDREAM_PURGE_TOKEN="op://shop/pipedream/purge_token"',
      // an item that is no vendor proves nothing
      'export SECRET_KEY_BASE="op://shop/phoenix/secret_key_base"',
      '',
    ].join('\n');
    const expected = (file: string) => ({
      neon: [`${file}:1 env DB_HOST=op://shop/neon`, `${file}:2 env DB_PASS=op://shop/neon`],
      honeycomb: [`${file}:3 env HONEYCOMB_API_KEY`],
    });
    for (const file of ['env.op', '.env.op', 'deploy/prod.env.op']) expect(await proofs({ [file]: template }), file).toEqual(expected(file));
    // the same references in a real .env are still never read
    expect(await proofs({ '.env': template, 'env.op.bak': template })).toEqual({});
  });

  it('takes the hosts of an Elixir word list and of a Content-Security-Policy string, and still no URL in prose or comments', async () => {
    const router = [
      'defmodule ShopWeb.Router do',
      '  @csp [',
      "    img_src: ~w('self' data: https://www.gravatar.com https://q.stripe.com),",
      "    connect_src: ~w(https://api.stripe.com 'self'),",
      "    # frame_src: ~w('self' https://js.stripe.com),",
      '  ]',
      'end',
      '',
    ].join('\n');
    expect(await proofs({ 'lib/shop_web/router.ex': router })).toEqual({
      gravatar: ['lib/shop_web/router.ex:3 url www.gravatar.com'],
      stripe: ['lib/shop_web/router.ex:4 url api.stripe.com'],
    });
    const csp = "export const csp = \"default-src 'self'; connect-src 'self' https://api.stripe.com; img-src *\";\n";
    expect(await proofs({ 'src/csp.ts': csp })).toEqual({ stripe: ['src/csp.ts:1 url api.stripe.com'] });
    const meta = `<meta http-equiv="Content-Security-Policy" content="connect-src 'self' https://api.stripe.com">\n`;
    expect(Object.keys(await proofs({ 'index.html': meta }))).toEqual(['stripe']);
    const prose = [
      'const help = "Pay with https://api.stripe.com today";',
      'const docs = "Docs: https://api.stripe.com";',
      '// connect-src https://api.stripe.com',
      '# img_src: ~w(https://api.stripe.com)',
      '/* see https://api.stripe.com https://q.stripe.com */',
      '',
    ].join('\n');
    expect(await proofs({ 'src/help.ts': prose, 'lib/help.ex': prose })).toEqual({});
  });

  it('reads the keys a t3-env or zod env schema declares as env keys', async () => {
    const t3 = [
      'import { createEnv } from "@t3-oss/env-core";',
      'import { z } from "zod";',
      'export const env = createEnv({',
      '  server: {',
      '    RESEND_API_KEY: z.string().min(1),',
      '    STRIPE_SECRET_KEY: isSelfHost ? z.string().optional() : z.string(),',
      '    NOT_A_SCHEMA_KEY_SENTRY_DSN: "x",',
      '  },',
      '  runtimeEnv: process.env,',
      '});',
      '',
    ].join('\n');
    expect(await proofs({ 'src/env.mjs': t3 })).toEqual({ resend: ['src/env.mjs:5 env RESEND_API_KEY'], stripe: ['src/env.mjs:6 env STRIPE_SECRET_KEY'] });
    const zod = 'import { z } from "zod";\nconst schema = z.object({\n  RESEND_API_KEY: z.string(),\n});\nexport const env = schema.parse(process.env);\n';
    expect(await proofs({ 'src/env/server.ts': zod })).toEqual({ resend: ['src/env/server.ts:3 env RESEND_API_KEY'] });
    // a zod object elsewhere is a form or an API body, not the environment
    expect(await proofs({ 'src/forms/signup.ts': zod })).toEqual({});
  });

  it("takes an S3 client in a package configured for Cloudflare R2 for R2's client, not Amazon S3, unless the package also shows AWS", async () => {
    const pkg = (name: string) => `${JSON.stringify({ name, dependencies: { '@aws-sdk/client-s3': '^3.0.0' } }, null, 2)}\n`;
    const r2 = 'import { createEnv } from "@t3-oss/env-core";\nexport const env = createEnv({\n  server: {\n    R2_URL: z.string(),\n  },\n});\n';
    const files = {
      'apps/shots/package.json': pkg('shots'),
      'apps/shots/src/env.ts': r2,
      'apps/uploads/package.json': pkg('uploads'),
      'apps/both/package.json': pkg('both'),
      'apps/both/.env.example': 'R2_ACCOUNT_ID=\nAWS_ACCESS_KEY_ID=\n',
    };
    const found = await proofs(files);
    expect(found['aws-s3']).toEqual(['apps/both/package.json:4 manifest @aws-sdk/client-s3', 'apps/uploads/package.json:4 manifest @aws-sdk/client-s3']);
    expect(found['cloudflare-r2']).toEqual(['apps/both/.env.example:1 env R2_ACCOUNT_ID', 'apps/shots/src/env.ts:4 env R2_URL']);
  });

  it('takes a bucket upload of build artefacts in a CI step for tooling (a name only), and a deploy step or another cloud command for use', async () => {
    const workflow = (job: string, step: string, run: string) =>
      `on: push\njobs:\n  ${job}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: ${step}\n        run: |\n          ${run}\n`;
    const confidence = async (file: string, text: string) => (await scan({ [file]: text })).map((s) => `${s.serviceId} ${s.confidence} ${s.evidence[0]!.line}`);
    // DuckDuckGo's iOS release uploads its debug symbols to its own bucket: no user's data
    expect(await confidence('.github/workflows/release.yml', workflow('release', 'Upload debug symbols to S3', 'aws s3 cp "$DSYMS" s3://symbols/ios/'))).toEqual(['aws name 9']);
    // a static site synced to its bucket in a deploy step, the workflow or the job: hosting
    expect(await confidence('.github/workflows/release.yml', workflow('release', 'Deploy site', 'aws s3 sync ./dist s3://www.shop.example'))).toEqual(['aws manifest 9']);
    expect(await confidence('.github/workflows/deploy-site.yml', workflow('site', 'Sync', 'aws s3 sync ./dist s3://www.shop.example'))).toEqual(['aws manifest 9']);
    expect(await confidence('.github/workflows/ci.yml', workflow('deploy-prod', 'Sync', 'aws s3 sync ./dist s3://www.shop.example'))).toEqual(['aws manifest 9']);
    // any other cloud command runs the product's infrastructure
    expect(await confidence('.github/workflows/release.yml', workflow('release', 'Roll out', 'aws ecs update-service --cluster shop --service api'))).toEqual(['aws manifest 9']);
  });

  it('proves the gateway a Google Pay tokenization specification names, directly or through a constant', async () => {
    const kotlin = [
      'object GooglePay {',
      '    private const val GATEWAY_NAME = "adyen"',
      '    fun tokenization(merchant: String) = JSONObject().apply {',
      '        put("type", "PAYMENT_GATEWAY")',
      '        put("parameters", JSONObject(mapOf("gateway" to GATEWAY_NAME, "gatewayMerchantId" to merchant)))',
      '    }',
      '}',
      '',
    ].join('\n');
    expect(await proofs({ 'app/src/main/java/org/shop/GooglePay.kt': kotlin })).toEqual({ adyen: ['app/src/main/java/org/shop/GooglePay.kt:2 url gateway: adyen'] });
    const js = "const tokenizationSpecification = {\n  type: 'PAYMENT_GATEWAY',\n  parameters: { gateway: 'stripe', gatewayMerchantId: 'shop' },\n};\n";
    expect(await proofs({ 'src/pay.js': js })).toEqual({ stripe: ['src/pay.js:3 url gateway: stripe'] });
    // a payment-gateway setting that is no Google Pay specification names no vendor
    expect(await proofs({ 'src/settings.js': "export const PAYMENT_GATEWAY = 'stripe';\nconst config = { 'gateway': 'stripe' };\n" })).toEqual({});
  });

  it('proves each sign-in provider an OAuth connection string in application settings registers', async () => {
    const yml = 'Logging:\n  Level: Warning\nAppOptions:\n  OAuth: FacebookId=395;GitHubId=7ef;GoogleId=809-x.apps.googleusercontent.com;MicrosoftId=0000;SlackId=345.177;\n';
    expect(await proofs({ 'src/Shop.Web/appsettings.Production.yml': yml })).toEqual({
      'microsoft-entra': ['src/Shop.Web/appsettings.Production.yml:4 env OAuth MicrosoftId'],
      'sign-in-with-facebook': ['src/Shop.Web/appsettings.Production.yml:4 env OAuth FacebookId'],
      'sign-in-with-github': ['src/Shop.Web/appsettings.Production.yml:4 env OAuth GitHubId'],
      'sign-in-with-google': ['src/Shop.Web/appsettings.Production.yml:4 env OAuth GoogleId'],
      // a Slack client id is the Slack app the product installs, not a sign-in
      slack: ['src/Shop.Web/appsettings.Production.yml:4 env OAuth SlackId'],
    });
    // the JSON form; a provider left empty is not configured; outside application settings it is not read
    const json = '{\n  "OAuth": "GoogleId=809;GitHubId=;"\n}\n';
    expect(await proofs({ 'appsettings.json': json })).toEqual({ 'sign-in-with-google': ['appsettings.json:2 env OAuth GoogleId'] });
    expect(await proofs({ 'src/settings.json': json })).toEqual({});
  });

  it("proves Intercom by the Messenger's global in code, as a wrapper package the catalog cannot list does", async () => {
    // exceptionless's svelte-intercom (not on the npm registry) is a wrapper around window.Intercom
    const svelte = "<script lang=\"ts\">\n  import { useIntercom } from 'svelte-intercom';\n  if (typeof window.Intercom !== 'function') boot();\n</script>\n";
    expect(await proofs({ 'src/lib/intercom.svelte': svelte })).toEqual({ intercom: ['src/lib/intercom.svelte:3 import window.Intercom'] });
  });

  it("matches a vendor's key behind the app's own prefix (HEXPM_SENDGRID_API_KEY), and not a one-word rest", async () => {
    const config = 'import Config\nconfig :hexpm, Hexpm.Mailer, api_key: System.get_env("HEXPM_SENDGRID_API_KEY")\nconfig :hexpm, host: System.get_env("HEXPM_HOST")\n';
    expect(await proofs({ 'config/runtime.exs': config })).toEqual({ sendgrid: ['config/runtime.exs:2 env HEXPM_SENDGRID_API_KEY'] });
    // "SHOP_STRIPE" leaves the single word STRIPE, which is no key
    expect(await proofs({ '.env.example': 'SHOP_STRIPE=\nSHOP_SENTRY_DSN=\n' })).toEqual({ sentry: ['.env.example:2 env SHOP_SENTRY_DSN'] });
  });

  it("reads the Swift packages of an XcodeGen project.yml, by url or github, and not its local packages", async () => {
    const project = [
      'name: Shop',
      'packages:',
      '  # analytics',
      '  PostHog:',
      '    url: https://github.com/PostHog/posthog-ios',
      '    minorVersion: 3.0.0',
      '  Sentry:',
      '    github: getsentry/sentry-cocoa',
      '    from: 8.0.0',
      '  ShopKit:',
      '    path: Packages/ShopKit',
      'targets:',
      '  Shop:',
      '    dependencies:',
      '      - package: PostHog',
      '',
    ].join('\n');
    expect(await proofs({ 'project.yml': project })).toEqual({
      posthog: ['project.yml:5 manifest https://github.com/PostHog/posthog-ios'],
      sentry: ['project.yml:8 manifest github.com/getsentry/sentry-cocoa'],
    });
  });

  it('does not count a vendor named on a comment line as use, in each comment syntax', async () => {
    const commented = {
      'src/pay.ts': "// import Stripe from 'stripe';\n/* const key = process.env.STRIPE_SECRET_KEY */\n/**\n * calls https://api.stripe.com through the proxy\n */\n",
      'app/pay.py': '# requests.post("https://api.stripe.com/v1/charges")\n',
      'pkg/pay/pay.go': '// rebased onto the hardcoded "https://api.stripe.com" host\n',
      'lib/pay.ex': '# System.get_env("STRIPE_SECRET_KEY")\n',
      'templates/base.html': '<!-- <script src="https://plausible.io/js/script.js"></script> -->\n',
    };
    expect(await proofs(commented)).toEqual({});
    // code after a closed comment, and a private field (#) in JavaScript, are code
    const code = {
      'templates/base.html': '<!-- Analytics --> <script defer src="https://plausible.io/js/script.js"></script>\n',
      'src/pay.ts': 'class Pay {\n  #key = process.env.STRIPE_SECRET_KEY;\n}\n',
    };
    expect(await proofs(code)).toEqual({ plausible: ['templates/base.html:1 import plausible.io/js'], stripe: ['src/pay.ts:2 env STRIPE_SECRET_KEY'] });
  });

  it('takes the images of a development compose file, or of services only in dev or test profiles, for dev-only evidence', async () => {
    const devOnly = async (files: Record<string, string>) => Object.fromEntries((await scan(files)).map((s) => [s.serviceId, s.devOnly]));
    const tools = 'services:\n  init:\n    image: amazon/aws-cli\n    entrypoint: ["aws", "--endpoint-url", "http://garage:3900", "s3api", "put-bucket-cors"]\n';
    expect(await devOnly({ 'docker-compose.dev.yml': tools })).toEqual({ aws: true });
    expect(await devOnly({ 'compose.test.yaml': tools })).toEqual({ aws: true });
    expect(await devOnly({ 'docker-compose.yml': tools })).toEqual({ aws: false });
    const profiles = [
      'services:',
      '  app:',
      '    image: ghcr.io/shop/app',
      '  seed:',
      '    profiles: [dev]',
      '    image: amazon/aws-cli',
      '  tools:',
      '    profiles:',
      '      - test',
      '      - prod',
      '    image: datadog/agent',
      '',
    ].join('\n');
    expect(await devOnly({ 'docker-compose.yml': profiles })).toEqual({ aws: true, datadog: false });
  });
});
