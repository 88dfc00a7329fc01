import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from './helpers.js';

// Classes of false positive found on the real-world test set (test/fixtures/real-world), checked
// against the shipped catalog, whose identifiers are what decides them.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));
const proofs = async (files: Record<string, string>) =>
  Object.fromEntries((await detectServices(tempProject(files), shipped())).services.map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.confidence} ${e.match}`)]));
const pkg = (dependencies: Record<string, string>) => `${JSON.stringify({ name: 'app', dependencies }, null, 2)}\n`;

describe('precision on real projects', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('does not take a library that runs in the process, or the client of a self-hosted engine, for a hosted service', async () => {
    // svix verifies Resend's and Clerk's webhook signatures locally; SAML Jackson is embedded;
    // the Cube client talks to whatever Cube server CUBEJS_API_URL names (formbricks bundles its own);
    // CRON_SECRET is what any project calls the secret of its own cron routes.
    const found = await proofs({
      'package.json': pkg({ svix: '^1.0.0', '@boxyhq/saml-jackson': '^1.0.0', '@cubejs-client/core': '^1.0.0' }),
      '.env.example': 'CUBEJS_API_URL=http://localhost:4000\nCUBEJS_API_SECRET=\nCRON_SECRET=\n',
    });
    expect(found).toEqual({});
  });

  it('takes no key made only of generic words for a vendor', async () => {
    // Each was once a catalog identifier: a project's own bot, auth URL, gateway or bucket key is not a vendor.
    const keys = ['CRON_SECRET', 'BOT_ID', 'BOT_PASSWORD', 'NEXT_PUBLIC_AUTH_URL', 'NEXT_PUBLIC_GATEWAY_URL', 'BUCKET_SECRET_KEY', 'WEBSITE_HOSTNAME', 'WEBSITE_SITE_NAME', 'PUBLIC_STORE_DOMAIN'];
    expect(await proofs({ '.env.example': `${keys.map((k) => `${k}=`).join('\n')}\n` })).toEqual({});
    // The shipped catalog keeps to that rule: no env identifier is only words like these.
    const generic = new Set(['API', 'KEY', 'SECRET', 'TOKEN', 'URL', 'ID', 'CLIENT', 'APP', 'BOT', 'PASSWORD', 'HOST', 'CRON', 'WEBHOOK', 'PUBLIC', 'NEXT', 'GATEWAY', 'AUTH', 'SERVER', 'BUCKET', 'WEBSITE', 'HOSTNAME', 'STORE', 'DOMAIN', 'SITE', 'NAME', 'SIGNING', 'EMAIL', 'DATABASE']);
    const offenders = shipped().services.flatMap((entry) =>
      (entry.identifiers.env ?? []).filter((key) => key.replace(/_$/, '').split('_').filter(Boolean).every((word) => generic.has(word))).map((key) => `${entry.id} ${key}`),
    );
    expect(offenders).toEqual([]);
  });

  it('still finds those services from what only their hosted form uses', async () => {
    const found = await proofs({
      '.env.example': 'SVIX_API_KEY=\n',
      'src/cube.ts': 'export const url = "https://acme.aws-us-east-1.cubecloud.dev/cubejs-api/v1";\n',
    });
    expect(Object.keys(found).sort()).toEqual(['cube-cloud', 'svix']);
  });

  it("reads a chat platform's OAuth app keys as its integration, not as sign-in", async () => {
    // Healthchecks and dub: SLACK_CLIENT_ID / DISCORD_CLIENT_ID are the "Add to Slack/Discord" apps that create webhooks.
    const found = await proofs({ '.env.example': 'SLACK_CLIENT_ID=\nSLACK_CLIENT_SECRET=\nDISCORD_CLIENT_ID=\n' });
    expect(found).toEqual({ slack: ['.env.example:1 env SLACK_CLIENT_ID', '.env.example:2 env SLACK_CLIENT_SECRET'], discord: ['.env.example:3 env DISCORD_CLIENT_ID'] });
  });

  it('proves a sign-in provider by the Auth.js provider the code imports, at the import line', async () => {
    const found = await proofs({
      'lib/auth.ts': [
        'import CredentialsProvider from "next-auth/providers/credentials";',
        'import EmailProvider from "next-auth/providers/email";',
        'import GithubProvider from "next-auth/providers/github";',
        "import Google from '@auth/core/providers/google';",
        "import Entra from 'next-auth/providers/microsoft-entra-id';",
      ].join('\n'),
    });
    expect(found).toEqual({
      'sign-in-with-github': ['lib/auth.ts:3 import next-auth/providers/github'],
      'sign-in-with-google': ['lib/auth.ts:4 import @auth/core/providers/google'],
      'microsoft-entra': ['lib/auth.ts:5 import next-auth/providers/microsoft-entra-id'],
    });
  });

  it('names the services that cover a detected part, nearest first', async () => {
    const result = await detectServices(tempProject({ 'package.json': pkg({ '@aws-sdk/client-s3': '^3.0.0' }) }), shipped());
    const s3 = result.services.find((s) => s.serviceId === 'aws-s3');
    expect(s3?.ancestors).toEqual(['aws']);
  });
});
