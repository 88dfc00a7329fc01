import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { SOURCE_READ_LIMIT } from '../../../source/core/scan/source-scan.js';
import { evidenceByService, scanFixture, tempProject, testCatalog } from './helpers.js';

describe('HTML pages and templates', () => {
  it('finds catalog snippets case-insensitively in .html, .ejs and .tsx files, at the first line', async () => {
    const result = await scanFixture('web');
    const html = result.services
      .map((s) => [s.serviceId, s.evidence.filter((e) => e.kind === 'html').map((e) => `${e.file}:${e.line}`)] as const)
      .filter(([, lines]) => lines.length > 0);
    expect(Object.fromEntries(html)).toEqual({
      'google-analytics': ['index.html:7'],
      mixpanel: ['views/layout.ejs:4'],
      posthog: ['src/components/Analytics.tsx:6'],
      stripe: ['index.html:16'],
    });
  });

  it('does not search files that are not templates', async () => {
    const result = await scanFixture('web');
    expect(result.filesRead).not.toContain('public/notes.md');
    expect(result.filesRead).toContain('src/App.vue');
  });

  it('records the catalog snippet as the match', async () => {
    const result = await scanFixture('web');
    const ga = result.services.find((s) => s.serviceId === 'google-analytics');
    expect(ga?.evidence).toEqual([
      { file: 'index.html', line: 7, kind: 'html', match: 'googletagmanager.com/gtag/js', confidence: 'import' },
    ]);
  });

  it('searches only the first 64 KiB of a huge template', async () => {
    const filler = `${'<p>filler</p>\n'.repeat(Math.ceil(SOURCE_READ_LIMIT / 14))}`;
    const root = tempProject({
      'early.html': `<script src="https://cdn.mxpnl.com/x.js"></script>\n${filler}`,
      'late.html': `${filler}<script src="https://js.stripe.com/v3"></script>\n`,
    });
    const result = await detectServices(root, testCatalog());
    expect(evidenceByService(result)).toEqual({ mixpanel: ['early.html:1'] });
  });
});
