// The cookie table and the sub-processor list with --format html, in headless Chromium: each is one
// self-contained page in standards mode whose tables are real tables (a header row and the same
// number of cells in every row), whose typed values read exactly as typed (no markup taken from
// them, no backslash or entity left showing), whose links to the policy resolve to the policy's
// file, and which does not scroll sideways on a 375 px phone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../../source/core/answers/types.js';
import { computeOutputs, loadEngine } from '../../../source/project.js';
import { locate } from '../../../source/store/locate.js';
import { dumpDom, findChromium } from '../../helpers/chromium.js';

const chromium = findChromium();
if (!chromium) console.warn('test/documents/html/documents-browser.test.ts skipped: no Chromium binary (apt-get install chromium, or set CHROMIUM_PATH)');

const engine = loadEngine();
const saas = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/answers/saas.json', import.meta.url)), 'utf8')) as AnswersFile;

// Values with every character that means something in Markdown or HTML.
const COOKIE = 'th|eme_<b>x</b>';
const PURPOSE = 'Remembers | your *theme* & <i>layout</i> \\ [x](javascript:alert(1))';
const VENDOR = 'Acme <b>Cloud</b> | Ltd_ & Co';

function hostile(): AnswersFile {
  const file = structuredClone(saas);
  file.answers['cookies.own'] = { value: ['session', COOKIE], source: 'user' };
  file.answers['cookies.ownDetails'] = {
    value: { session: { kind: 'essential', purpose: 'Keeps you signed in', duration: 'Until you close the browser' }, [COOKIE]: { kind: 'preferences', purpose: PURPOSE, duration: '1 year' } },
    source: 'user',
  };
  file.answers['services.custom'] = { value: [VENDOR], source: 'user' };
  const details = file.answers['services.details']!.value as Record<string, unknown>;
  details[VENDOR] = { role: 'processor', purposes: ['provide-service'], data: ['contact'], location: 'DE', dpa: 'signed' };
  return file;
}

interface Probe {
  file: string;
  compatMode: string;
  title: string;
  h1: number;
  scripts: number;
  markup: number;
  tables: { headers: string[]; rows: string[][] }[];
  hrefs: string[];
  scrollWidth: number;
  clientWidth: number;
}

const PROBE = `<script>addEventListener('load', () => {
  const text = (e) => e.textContent.trim();
  const main = document.querySelector('main');
  const out = document.createElement('pre');
  out.id = 'pw-probe';
  out.textContent = JSON.stringify({
    compatMode: document.compatMode, title: document.title, h1: document.querySelectorAll('h1').length,
    scripts: document.scripts.length - 1,
    markup: main.querySelectorAll('b, i, script, img, iframe, form, svg, style').length,
    tables: [...main.querySelectorAll('table')].map((t) => ({ headers: [...t.querySelectorAll('thead th')].map(text), rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text)) })),
    hrefs: [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
  });
  document.body.append(out);
});</script>`;

const decode = (json: string) => json.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe.skipIf(!chromium)('the cookie table and sub-processor list as HTML pages in headless Chromium', () => {
  const probes = new Map<string, Probe>();
  beforeAll(() => {
    const location = locate(mkdtempSync(join(tmpdir(), 'pw-docs-html-')));
    const out = computeOutputs(engine, hostile(), location, { today: '2026-12-03', format: 'html' });
    const work = mkdtempSync(join(tmpdir(), 'pw-docs-probe-'));
    for (const id of ['cookies', 'subprocessors']) {
      const doc = out.documents.find((d) => d.id === id)!;
      const path = join(work, basename(doc.path));
      writeFileSync(path, doc.text.replace('</body>', `${PROBE}\n</body>`));
      const json = /<pre id="pw-probe">([\s\S]*?)<\/pre>/.exec(dumpDom(chromium!, path, 375, 812))?.[1];
      if (!json) throw new Error(`the probe did not run in ${path}`);
      probes.set(id, { file: basename(doc.path), ...(JSON.parse(decode(json)) as Omit<Probe, 'file'>) });
    }
  }, 240_000);

  it('each is its own page, in standards mode, with no script and no markup taken from a value', () => {
    expect([...probes.values()].map((p) => p.file).sort()).toEqual(['cookies.html', 'subprocessors.html']);
    for (const p of probes.values()) {
      expect(p.compatMode, p.file).toBe('CSS1Compat');
      expect(p).toMatchObject({ h1: 1, scripts: 0, markup: 0 });
      expect(p.scrollWidth, `${p.file} is no wider than a 375 px phone`).toBeLessThanOrEqual(p.clientWidth);
      for (const href of p.hrefs) expect(href, p.file).toMatch(/^(?:#|https:\/\/|mailto:|privacy-policy\.html$)/);
    }
  });

  it('the cookie table is a table per consent category, and typed values read as typed', () => {
    const p = probes.get('cookies')!;
    expect(p.title).toBe('Cookies used by Brightnote');
    // the link to the policy goes to the policy's page beside it, not to a Markdown file
    expect(p.hrefs).toContain('privacy-policy.html');
    expect(p.tables.length).toBeGreaterThanOrEqual(2);
    for (const t of p.tables) {
      expect(t.headers).toEqual(['Name', 'Provider', 'Purpose', 'Type', 'Duration']);
      for (const row of t.rows) expect(row).toHaveLength(5);
    }
    const rows = p.tables.flatMap((t) => t.rows);
    expect(rows).toContainEqual(['session', 'Brightnote, Inc.', 'Keeps you signed in', 'First party (cookie)', 'Until you close the browser']);
    expect(rows).toContainEqual([COOKIE, 'Brightnote, Inc.', PURPOSE, 'First party (cookie)', '1 year']);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/&(?:amp|lt|gt|#\d+);|\\[|*_<>&]/);
  });

  it('the sub-processor list is one table with the typed company name as typed', () => {
    const p = probes.get('subprocessors')!;
    expect(p.title).toBe('Sub-processors of Brightnote');
    expect(p.tables).toHaveLength(1);
    const [t] = p.tables;
    expect(t!.headers).toEqual(['Sub-processor', 'Company', 'What it does for us', 'Personal data', 'Where it processes data', 'Transfer safeguard', 'Their privacy policy']);
    for (const row of t!.rows) expect(row).toHaveLength(7);
    expect(t!.rows.map((r) => r[0])).toContain(VENDOR);
    for (const cell of t!.rows.flat()) expect(cell).not.toMatch(/&(?:amp|lt|gt|#\d+);|\\[|*_<>&]/);
  });
});
