import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { tempProject } from './helpers.js';

// Issue 13, class 1: the long tail of developer services had no catalog entry. One project that
// uses one of each kind the issue names, written the way their docs tell a developer to.
let loaded: Catalog | undefined;
const shipped = (): Catalog => (loaded ??= loadCatalog(undefined, { cache: false }));

describe('catalog breadth', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  it('holds at least 800 services', () => {
    expect(shipped().services.length).toBeGreaterThanOrEqual(800);
  });

  it('recognises analytics databases, job platforms, API-key services, messaging, status pages, LLM gateways, email relays, scheduling and sandboxes', async () => {
    const root = tempProject({
      'package.json': `${JSON.stringify({ name: 'app', dependencies: { '@clickhouse/client': '^1.0.0', '@trigger.dev/sdk': '^3.0.0', '@unkey/api': '^0.26.0', '@calcom/embed-react': '^1.5.0', '@e2b/code-interpreter': '^1.0.0' } }, null, 2)}\n`,
      '.env.example': ['TINYBIRD_TOKEN=', 'INNGEST_EVENT_KEY=', 'PAGERDUTY_ROUTING_KEY=', 'WHATSAPP_ACCESS_TOKEN=', 'STATUSPAGE_API_KEY=', 'OPENROUTER_API_KEY=', 'GROQ_API_KEY=', 'MAILCHANNELS_API_KEY='].join('\n'),
    });
    const found = (await detectServices(root, shipped())).services.map((s) => s.serviceId).sort();
    expect(found).toEqual(
      ['cal-com', 'clickhouse-cloud', 'e2b', 'groq', 'inngest', 'mailchannels', 'openrouter', 'pagerduty', 'statuspage', 'tinybird', 'trigger-dev', 'unkey', 'whatsapp-business'],
    );
  });
});
