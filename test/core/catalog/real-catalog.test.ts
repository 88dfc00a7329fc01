import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { dataPath } from '../../../source/core/paths.js';
import { declaredCover, descendants } from '../../../source/core/catalog/relations.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from '../scan/helpers.js';

// The shipped catalog (questions/catalog/*.yaml), read past every cache: loading it runs the
// schema, vocabulary and uniqueness checks, so a broken data file fails here before it reaches a user.
let loaded: Catalog | undefined;
const shippedCatalog = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));

describe('the shipped service catalog', () => {
  // Validating every entry (~1,100) is the slow part; on a loaded machine it outlasts one test's timeout.
  beforeAll(() => {
    shippedCatalog();
  }, 180_000);

  // The loader skips this check at run time to start faster, so it is made here.
  it('has a schema that is valid draft-07 and compiles in ajv strict mode', () => {
    const schema = JSON.parse(readFileSync(dataPath('schema', 'catalog.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('loads from every category file', () => {
    const files = readdirSync(dataPath('questions', 'catalog')).filter((f) => /\.ya?ml$/.test(f));
    const catalog = shippedCatalog();
    expect(files.length).toBeGreaterThan(0);
    expect(catalog.services.length).toBeGreaterThanOrEqual(files.length);
    expect(catalog.byId.size).toBe(catalog.services.length);
  });

  it('gives every entry a privacy policy link and a verification record with sources', () => {
    for (const entry of shippedCatalog().services) {
      expect(entry.privacyPolicy, entry.id).toMatch(/^https:\/\/\S+$/);
      expect(entry.verification.checked, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.verification.method.trim(), entry.id).not.toBe('');
      expect(entry.verification.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('has identifiers specific enough not to match unrelated projects', () => {
    for (const entry of shippedCatalog().services) {
      for (const snippet of entry.identifiers.snippets ?? []) {
        // A host, URL part or script name ("js.stripe.com/v3", "r2.dev", "mixpanel-js-lib") or a
        // component tag ("<GoogleTagManager"); a bare word like "analytics" would match half the web.
        expect(snippet, `${entry.id} snippet`).toMatch(/[./-]|^<[A-Z]/);
        expect(snippet.length, `${entry.id} snippet ${snippet}`).toBeGreaterThanOrEqual(6);
      }
      for (const key of entry.identifiers.env ?? []) {
        expect(key.replace(/_$/, '').length, `${entry.id} env ${key}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  // The shape each ecosystem's match rule expects: an identifier written another way (a URL with
  // its scheme, a Maven group without ":", a lowercase env key) would never match and fail silently.
  it('writes every identifier in the form its match rule compares', () => {
    const shapes: Record<string, RegExp> = {
      npm: /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/,
      pypi: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      rubygems: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      go: /^[a-z0-9.-]+\.[a-z]+(\/\S+)*$/,
      maven: /^[\w.-]+:([\w.-]+)?$/,
      cocoapods: /^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?$/,
      swiftpm: /^(?![a-z+]+:\/\/)[A-Za-z0-9.-]+\/\S+(?<!\.git)$/,
      pub: /^[a-z0-9_]+$/,
      composer: /^[a-z0-9_.-]+\/[a-z0-9_.-]+$/,
      nuget: /^[A-Za-z0-9_.-]+$/,
      env: /^[A-Z][A-Z0-9_]*$/,
      snippets: /^\S(.*\S)?$/,
      hex: /^[a-z][a-z0-9_]*$/,
      cargo: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
      hosts: /^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/,
      files: /^[\w.-]+(\/[\w.-]+)?$/,
      actions: /^[\w.-]+\/([\w.-]+)?$/,
      providers: /^[a-z0-9-]+$/,
      images: /^(\.[a-z0-9.-]+|[a-z0-9.-]+(\/[a-z0-9._-]+)*\/?)$/,
      // a program, or a program and its subcommand ("wrangler pages"), as commandWords names them
      cli: /^@?[\w.-]+(\/[\w.-]+)?( [a-z][a-z0-9-]*)?$/,
    };
    const malformed = shippedCatalog().services.flatMap((entry) =>
      Object.entries(entry.identifiers).flatMap(([kind, names]) =>
        (names as string[]).filter((name) => !shapes[kind]?.test(name)).map((name) => `${entry.id} ${kind} "${name}"`),
      ),
    );
    expect(malformed).toEqual([]);
  });

  it('detects Stripe, Sentry, PostHog, Twilio, OpenAI and Google Analytics in a typical web app', async () => {
    const root = tempProject({
      'package.json': `${JSON.stringify(
        {
          name: 'shop',
          dependencies: { stripe: '^17.0.0', '@sentry/node': '^8.0.0', 'posthog-js': '^1.0.0', twilio: '^5.0.0', openai: '^4.0.0' },
        },
        null,
        2,
      )}\n`,
      'index.html': [
        '<!doctype html>',
        '<head>',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST123"></script>',
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-TEST123');</script>",
        '</head>',
      ].join('\n'),
    });
    const result = await detectServices(root, shippedCatalog());
    const proofs = Object.fromEntries(
      result.services.map((s) => [s.name, s.evidence.map((e) => `${e.file}:${e.line} ${e.match}`)]),
    );
    const expected: [RegExp, string][] = [
      [/^Stripe\b/, 'package.json:4 stripe'],
      [/^Sentry\b/, 'package.json:5 @sentry/node'],
      [/^PostHog\b/, 'package.json:6 posthog-js'],
      [/^Twilio\b/, 'package.json:7 twilio'],
      [/^OpenAI\b/, 'package.json:8 openai'],
      [/^Google Analytics\b/, 'index.html:3'],
    ];
    for (const [name, proof] of expected) {
      const found = Object.entries(proofs).find(([service]) => name.test(service));
      expect(found, `no service named ${name} among ${Object.keys(proofs).join(', ')}`).toBeDefined();
      expect(found?.[1].some((p) => p.startsWith(proof)), `${name}: ${found?.[1].join('; ')}`).toBe(true);
    }
    expect(result.services).toHaveLength(6);
    expect(result.unrecognised).toEqual([]);
  });
  it('links products to the vendor platform that covers them, so a declared platform declares its products', () => {
    const catalog = shippedCatalog();
    const declared = new Set(['aws', 'vercel', 'google-cloud', 'firebase', 'cloudflare', 'azure', 'twilio', 'meta']);
    const covers = (id: string) => declaredCover(catalog, id, declared);
    expect(covers('aws-s3')).toBe('aws');
    expect(covers('amazon-ses')).toBe('aws');
    expect(covers('vercel-blob')).toBe('vercel');
    expect(covers('google-bigquery')).toBe('google-cloud');
    expect(covers('firebase-auth')).toBe('firebase');
    expect(covers('cloudflare-r2')).toBe('cloudflare');
    expect(covers('azure-openai')).toBe('azure');
    expect(covers('twilio-verify')).toBe('twilio');
    expect(covers('whatsapp-business')).toBe('meta');
    // A vendor of its own is not covered by a platform it merely runs on.
    expect(covers('stripe')).toBeUndefined();
    expect(covers('supabase')).toBeUndefined();
    expect(descendants(catalog, 'aws').length).toBeGreaterThan(15);
    // A parent and its child are one company: the entity of the child names the parent's.
    for (const entry of catalog.services.filter((s) => s.parent)) {
      expect(catalog.byId.get(entry.parent!), entry.id).toBeDefined();
    }
  });

  it('marks identity verification, bank-account aggregation and health-data services as implying sensitive data', () => {
    const catalog = shippedCatalog();
    const sensitive = (id: string) => catalog.byId.get(id)?.sensitive ?? [];
    for (const id of ['persona', 'onfido', 'veriff', 'jumio', 'stripe-identity', 'sumsub']) {
      expect(sensitive(id), id).toEqual(expect.arrayContaining(['government-id', 'biometric']));
    }
    for (const id of ['plaid', 'truelayer', 'tink', 'mx-platform', 'gocardless-bank-data']) expect(sensitive(id), id).toContain('financial-login');
    for (const id of ['terra-api', 'junction', 'medplum', 'apple-healthkit', 'redox']) expect(sensitive(id), id).toContain('health');
    expect(sensitive('checkr')).toContain('criminal');
    // Ordinary processors carry no marker.
    for (const id of ['stripe', 'sentry', 'posthog', 'resend']) expect(sensitive(id), id).toEqual([]);
  });

  it('recognises sign-in providers by their OAuth keys and passport strategies, and misspelled vendor keys', async () => {
    const root = tempProject({
      'package.json': `${JSON.stringify({ name: 'app', dependencies: { 'passport-google-oauth20': '^2.0.0', 'passport-microsoft': '^2.0.0', 'passport-github2': '^0.1.12' } }, null, 2)}\n`,
      '.env.example': ['AUTH_GOOGLE_ID=', 'AUTH_DISCORD_ID=', 'AUTH_MICROSOFT_ENTRA_ID_ID=', 'TWILLIO_AUTH_TOKEN=', 'SUPPORT_FRONT_API_KEY=', 'INNGEST_EVENT_KEY=', 'TRIGGER_SECRET_KEY=', 'CLICKHOUSE_URL='].join('\n'),
    });
    const result = await detectServices(root, shippedCatalog());
    // Sorted: which proof comes first is the scanner's choice, not the catalog's.
    const found = Object.fromEntries(result.services.map((s) => [s.serviceId, s.evidence.map((e) => `${e.file}:${e.line} ${e.match}`).sort()]));
    expect(found['sign-in-with-google']).toEqual(['.env.example:1 AUTH_GOOGLE_ID', 'package.json:4 passport-google-oauth20']);
    expect(found['microsoft-entra']).toEqual(['.env.example:3 AUTH_MICROSOFT_ENTRA_ID_ID', 'package.json:5 passport-microsoft']);
    expect(found['sign-in-with-github']).toEqual(['package.json:6 passport-github2']);
    expect(found['sign-in-with-discord']).toEqual(['.env.example:2 AUTH_DISCORD_ID']);
    expect(found['twilio-misspelled']).toEqual(['.env.example:4 TWILLIO_AUTH_TOKEN']);
    expect(shippedCatalog().byId.get('twilio-misspelled')?.parent).toBe('twilio');
    expect(found.front).toEqual(['.env.example:5 SUPPORT_FRONT_API_KEY']);
    // CLICKHOUSE_URL configures any ClickHouse server, self-hosted ones too (openstatus in the
    // held-out set): it proves no ClickHouse Cloud.
    expect(Object.keys(found).sort()).toEqual(
      ['front', 'inngest', 'microsoft-entra', 'sign-in-with-discord', 'sign-in-with-github', 'sign-in-with-google', 'trigger-dev', 'twilio-misspelled'],
    );
  });
});
