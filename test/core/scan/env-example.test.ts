import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { scanFixture, tempProject, testCatalog } from './helpers.js';

describe('.env.example, .env.sample, .env.template', () => {
  it('matches keys exactly or by prefix; a commented-out key is an optional integration', async () => {
    const result = await scanFixture('web');
    const env = result.services
      .map((s) => [s.serviceId, s.evidence.filter((e) => e.kind === 'env').map((e) => `${e.file}:${e.line} ${e.match}`)] as const)
      .filter(([, lines]) => lines.length > 0);
    expect(Object.fromEntries(env)).toEqual({
      openai: ['.env.example:8 openai_api_key'],
      posthog: ['.env.example:6 NEXT_PUBLIC_POSTHOG_KEY', '.env.example:7 POSTHOG_HOST'],
      sentry: ['.env.example:4 SENTRY_DSN'],
      stripe: ['.env.example:3 STRIPE_SECRET_KEY'],
      twilio: ['.env.local.sample:1 TWILIO_ACCOUNT_SID', '.env.example:5 TWILIO_AUTH_TOKEN'],
    });
    const twilio = result.services.find((s) => s.serviceId === 'twilio');
    // The live key in .env.local.sample is stronger proof than the commented-out one, so it is cited first.
    expect(twilio?.evidence.map((e) => [e.file, e.confidence, e.optional ?? false])).toEqual([
      ['.env.local.sample', 'env', false],
      ['.env.example', 'name', true],
    ]);
    expect(twilio?.optional).toBeUndefined();
  });

  it('reports a service proven only by commented-out keys as optional, with name-only confidence', async () => {
    const root = tempProject({ '.env.example': 'STRIPE_SECRET_KEY=\n# SENTRY_DSN=\n#   export OPENAI_API_KEY=\n# see https://x.io?a=b\n' });
    const result = await detectServices(root, testCatalog());
    expect(result.services.map((s) => [s.serviceId, s.confidence, s.optional ?? false])).toEqual([
      ['openai', 'name', true],
      ['sentry', 'name', true],
      ['stripe', 'env', false],
    ]);
  });

  it('never reads real .env files, which hold secrets', async () => {
    const root = tempProject({
      '.env': 'STRIPE_SECRET_KEY=sk_live_real\n',
      '.env.local': 'TWILIO_AUTH_TOKEN=real\n',
      '.env.production': 'SENTRY_DSN=https://real\n',
      '.env.template': 'OPENAI_API_KEY=\n',
    });
    const result = await detectServices(root, testCatalog());
    expect(result.filesRead).toEqual(['.env.template']);
    expect(result.services.map((s) => s.serviceId)).toEqual(['openai']);
  });

  it('reads a template however the project names it, and still no real env file', async () => {
    // every convention seen in real repositories (midday's .env-template and .env-example, ente's
    // example.env, firezone's sample.env, umami's env.sample), each a template of one key
    const templates = ['.env-template', 'apps/api/.env-example', '.env_sample', 'env.example', 'config/example.env', 'sample.env', 'podman/env.sample', 'docker.env.dist', '.env.tpl'];
    const root = tempProject({
      ...Object.fromEntries(templates.map((file) => [file, 'STRIPE_SECRET_KEY=\n'])),
      // real env files, whatever their separator: never read
      '.env-local': 'SENTRY_DSN=https://real\n',
      '.env.docker': 'SENTRY_DSN=https://real\n',
      'variables.env': 'SENTRY_DSN=https://real\n',
      'prod.env': 'SENTRY_DSN=https://real\n',
      // a source file named like a template is source, not a template
      'src/env.example.ts': 'export const x = 1;\n',
    });
    const result = await detectServices(root, testCatalog());
    expect(result.filesRead.filter((f) => !f.endsWith('.ts')).sort()).toEqual([...templates].sort());
    expect(result.services.map((s) => s.serviceId)).toEqual(['stripe']);
    // each one alone proves the key it shows
    for (const file of templates) {
      const alone = await detectServices(tempProject({ [file]: 'STRIPE_SECRET_KEY=\n' }), testCatalog());
      expect(alone.services.map((s) => `${s.serviceId} ${s.evidence[0]!.file}:${s.evidence[0]!.line}`), file).toEqual([`stripe ${file}:1`]);
    }
  });

  it('does not report unknown env keys as unrecognised SDKs', async () => {
    const root = tempProject({ '.env.example': 'ACME_ANALYTICS_KEY=\n' });
    const result = await detectServices(root, testCatalog());
    expect(result.unrecognised).toEqual([]);
    expect(result.services).toEqual([]);
  });
});
