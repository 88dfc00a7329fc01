// The HTML policy in a real browser (headless Chromium from the system): for each example
// product, every in-page link lands on an element, and at 375 px and 1280 px wide nothing makes
// the page scroll sideways (a wide table scrolls inside its own box instead), and a reader in dark
// mode gets a dark page with readable text. Screenshots of both
// widths are taken; UPDATE_SCREENSHOTS=1 saves the README's to docs/images/.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../../source/core/answers/types.js';
import { computeOutputs, loadEngine } from '../../../source/project.js';
import { locate } from '../../../source/store/locate.js';
import { DARK_MODE, dumpDom, findChromium, pngSize, screenshot } from '../../helpers/chromium.js';

/** WCAG 2 relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const chromium = findChromium();
if (!chromium) {
  console.warn('test/documents/html/browser.test.ts skipped: no Chromium binary (apt-get install chromium, or set CHROMIUM_PATH)');
}

const fixtures = fileURLToPath(new URL('../../fixtures/answers/', import.meta.url));
// incomplete.json is a draft on purpose (open audit errors); it renders too, so it is measured too.
const products = readdirSync(fixtures).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const engine = loadEngine();
const work = mkdtempSync(join(tmpdir(), 'pw-browser-'));

function pageFor(product: string): string {
  const file = JSON.parse(readFileSync(join(fixtures, `${product}.json`), 'utf8')) as AnswersFile;
  const text = computeOutputs(engine, file, locate(mkdtempSync(join(tmpdir(), 'pw-page-'))), { today: '2026-11-23', format: 'html' }).policy.text;
  const path = join(work, `${product}.html`);
  writeFileSync(path, text);
  return path;
}

const WIDTHS = [375, 1280] as const;

/**
 * One page that holds every product's policy at both widths, each in an iframe of that width
 * (a frame is its page's viewport: media queries and innerWidth follow it), and a script that
 * measures them after load and writes what it found into the DOM, which --dump-dom prints.
 * The generated pages have no script; only this harness does. One browser start for all.
 */
function harness(pages: Record<string, string>): string {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const frames = Object.entries(pages).flatMap(([product, html]) =>
    WIDTHS.map((w) => `<iframe data-product="${product}" data-width="${w}" width="${w}" height="900" srcdoc="${attr(html)}"></iframe>`),
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
${frames.join('\n')}
<script>
addEventListener('load', () => {
  const results = [...document.querySelectorAll('iframe')].map((frame) => {
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    const root = doc.documentElement;
    const links = [...doc.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href'));
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    const wide = [...doc.body.querySelectorAll('*')]
      .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map((e) => e.tagName.toLowerCase() + ' ' + (e.textContent || '').slice(0, 40));
    return {
      product: frame.dataset.product, width: Number(frame.dataset.width),
      innerWidth: win.innerWidth, clientWidth: root.clientWidth, scrollWidth: root.scrollWidth, links: links.length,
      broken: links.filter((h) => !doc.getElementById(decodeURIComponent(h.slice(1)))),
      duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i), wide,
      scripts: doc.scripts.length, tables: doc.querySelectorAll('table').length,
      wrappedTables: doc.querySelectorAll('.table-wrap > table').length,
      lang: root.lang, title: doc.title, h1: doc.querySelectorAll('h1').length,
    };
  });
  const out = document.createElement('pre');
  out.id = 'pw-probe';
  out.textContent = JSON.stringify(results);
  document.body.append(out);
});
</script></body></html>`;
}

interface Probe {
  product: string;
  width: number;
  innerWidth: number;
  clientWidth: number;
  scrollWidth: number;
  links: number;
  broken: string[];
  duplicateIds: string[];
  wide: string[];
  scripts: number;
  tables: number;
  wrappedTables: number;
  lang: string;
  title: string;
  h1: number;
}

function probeAll(): Probe[] {
  const path = join(work, 'harness.html');
  writeFileSync(path, harness(Object.fromEntries(products.map((p) => [p, readFileSync(pageFor(p), 'utf8')]))));
  const dom = dumpDom(chromium!, path, 1400);
  const json = /<pre id="pw-probe">([\s\S]*?)<\/pre>/.exec(dom)?.[1];
  if (!json) throw new Error(`the probe did not run in ${path}`);
  return JSON.parse(json.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Probe[];
}

describe.skipIf(!chromium)('the HTML policy in headless Chromium', () => {
  let probes: Probe[] = [];
  beforeAll(() => {
    probes = probeAll();
  }, 240_000);

  it.each(products)('%s: every in-page link resolves; no sideways scroll at 375 px or 1280 px', (product) => {
    const mine = probes.filter((p) => p.product === product);
    expect(mine.map((p) => p.width)).toEqual([...WIDTHS]);
    for (const p of mine) {
      expect(p.innerWidth, 'the viewport is as wide as asked').toBe(p.width);
      expect(p.links, 'the contents list links to the sections').toBeGreaterThan(3);
      expect(p.broken, `broken in-page links at ${p.width}px`).toEqual([]);
      expect(p.duplicateIds).toEqual([]);
      expect(p.wide, `elements wider than the viewport at ${p.width}px`).toEqual([]);
      expect(p.scrollWidth, `page width at ${p.width}px`).toBeLessThanOrEqual(p.clientWidth);
      expect(p.scripts, 'the page has no script').toBe(0);
      expect(p.wrappedTables).toBe(p.tables);
      expect(p).toMatchObject({ lang: 'en', h1: 1, title: expect.stringMatching(/Privacy Policy$/) });
    }
  });

  it('follows a reader in dark mode: dark page, light text and links, readable', () => {
    const page = pageFor('saas');
    const probed = join(work, 'dark.html');
    const script = `<script>addEventListener('load', () => {
      const css = (e) => getComputedStyle(e);
      const out = document.createElement('pre');
      out.id = 'pw-probe';
      out.textContent = JSON.stringify({ dark: matchMedia('(prefers-color-scheme: dark)').matches, bg: css(document.body).backgroundColor,
        text: css(document.body).color, link: css(document.querySelector('main p a')).color });
      document.body.append(out);
    });</script>`;
    writeFileSync(probed, readFileSync(page, 'utf8').replace('</body>', `${script}\n</body>`));
    const json = /<pre id="pw-probe">([\s\S]*?)<\/pre>/.exec(dumpDom(chromium!, probed, 1280, 900, [DARK_MODE]))?.[1];
    const seen = JSON.parse(json!) as { dark: boolean; bg: string; text: string; link: string };
    expect(seen.dark).toBe(true);
    expect(luminance(seen.bg)).toBeLessThan(0.05);
    expect(contrast(seen.text, seen.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(seen.link, seen.bg)).toBeGreaterThanOrEqual(4.5);
  }, 120_000);

  it('screenshots at 375 px and 1280 px show the page at those widths', () => {
    const page = pageFor('saas');
    const update = process.env.UPDATE_SCREENSHOTS === '1';
    const images = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
    for (const [width, height, name] of [[1280, 900, 'policy-html.png'], [375, 812, 'policy-html-375.png']] as const) {
      const out = join(work, name);
      screenshot(chromium!, page, out, width, height);
      const png = readFileSync(out);
      expect(pngSize(png)).toEqual({ width, height });
      // a blank page compresses to a few hundred bytes; text and tables make it far larger
      expect(png.length).toBeGreaterThan(20_000);
      if (update) {
        mkdirSync(images, { recursive: true });
        copyFileSync(out, join(images, name));
      }
    }
  }, 240_000);
});
