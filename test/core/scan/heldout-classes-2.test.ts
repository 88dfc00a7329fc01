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
});
