import { describe, expect, it } from 'vitest';
import { allowedHref, markdownToHtml } from '../../../source/documents/html/markdown-to-html.js';
import { htmlPage } from '../../../source/documents/html/page.js';
import { parseHtml } from '../../helpers/html.js';

const doc = [
  '# Privacy Policy',
  '',
  '## Contents',
  '',
  '- [Who we are](#who-we-are)',
  '- [Who we share it with](#who-we-share-it-with)',
  '',
  '## Who we are',
  '',
  'We are <b>bold</b> <script>alert(1)</script> and [bad](javascript:alert(1)) and [ok](https://ok.example/) and ![logo](https://cdn.example/x.png).',
  '',
  '### Who we share it with',
  '',
  '## Who we share it with',
  '',
  '| Name | Purpose |',
  '| --- | --- |',
  '| Stripe | Payments |',
  '',
].join('\n');

describe('markdownToHtml', () => {
  const { elements } = parseHtml(htmlPage(doc, { title: 'Acme <Privacy> "Policy"', lang: 'en' }));
  const ids = elements.filter((e) => e.attrs.id).map((e) => e.attrs.id);

  it('gives every heading a unique id, and a ## heading the id its contents link points at', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const h2 = elements.filter((e) => e.tag === 'h2').map((e) => e.attrs.id);
    expect(h2).toEqual(['contents', 'who-we-are', 'who-we-share-it-with']);
    // the ### heading with the same words comes first but does not take the ## heading's id
    expect(elements.find((e) => e.tag === 'h3')?.attrs.id).toBe('who-we-share-it-with-2');
    const nav = elements.find((e) => e.tag === 'nav');
    expect(nav?.attrs['aria-labelledby']).toBe('contents');
    expect(nav?.text).toContain('Who we share it with');
    for (const a of elements.filter((e) => e.tag === 'a' && e.attrs.href?.startsWith('#'))) expect(ids).toContain(a.attrs.href!.slice(1));
  });

  it('prints raw HTML as text, drops javascript: links and external images, keeps http(s) links', () => {
    expect(elements.map((e) => e.tag)).not.toContain('script');
    expect(elements.map((e) => e.tag)).not.toContain('b');
    expect(elements.map((e) => e.tag)).not.toContain('img');
    const p = elements.find((e) => e.tag === 'p' && e.text.includes('We are'))!;
    expect(p.text).toContain('<script>alert(1)</script>');
    expect(p.text).toContain('bad');
    expect(p.text).toContain('logo');
    const hrefs = elements.filter((e) => e.tag === 'a').map((e) => e.attrs.href);
    expect(hrefs).toContain('https://ok.example/');
    expect(hrefs.some((h) => /javascript/i.test(h ?? ''))).toBe(false);
  });

  it('labels each heading\'s anchor with the heading\'s words as a reader sees them (entities decoded once)', () => {
    const page = parseHtml(markdownToHtml('### Data kept in Acme &lt;b&gt; \\*"Co"\\*\n'));
    const anchor = page.elements.find((e) => e.attrs.class === 'anchor')!;
    expect(page.elements.find((e) => e.tag === 'h3')?.text).toBe('Data kept in Acme <b> *"Co"*');
    expect(anchor.attrs['aria-label']).toBe('Link to this section: Data kept in Acme <b> *"Co"*');
    expect(anchor.attrs.href).toBe(`#${page.elements.find((e) => e.tag === 'h3')?.attrs.id}`);
  });

  it('wraps each table in a focusable, labelled region that scrolls on its own', () => {
    const wrap = elements.find((e) => e.attrs.class === 'table-wrap')!;
    expect(wrap).toMatchObject({ tag: 'div', attrs: { role: 'region', tabindex: '0', 'aria-label': 'Table 1: Name, Purpose' } });
    expect(wrap.text).toContain('Stripe');
  });

  it('has a language, an escaped title, a viewport, inline CSS only, no script and no external resource', () => {
    const html = elements.find((e) => e.tag === 'html')!;
    expect(html.attrs.lang).toBe('en');
    expect(elements.find((e) => e.tag === 'title')?.text).toBe('Acme <Privacy> "Policy"');
    expect(elements.find((e) => e.tag === 'meta' && e.attrs.name === 'viewport')).toBeDefined();
    expect(elements.filter((e) => ['script', 'link', 'img', 'iframe', 'object', 'embed'].includes(e.tag))).toEqual([]);
    const css = elements.find((e) => e.tag === 'style')!.text;
    expect(css).not.toMatch(/@import|url\(/);
    expect(css).toContain('@media print');
    expect(css).toContain('prefers-color-scheme: dark');
  });

  it('allows only in-page, sibling-file, http(s) and mailto targets', () => {
    expect(allowedHref('#who-we-are')).toBe('#who-we-are');
    expect(allowedHref('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(allowedHref('cookies.html#analytics')).toBe('cookies.html#analytics');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '/absolute', '../up.html', '//evil.example/x', '#"onmouseover="x', 'file:///etc/passwd', 'java\tscript:x']) {
      expect(allowedHref(bad), bad).toBeUndefined();
    }
  });

  it('renders the Markdown it is given with no contents list as plain body HTML', () => {
    expect(markdownToHtml('Hello *world*')).toBe('<p>Hello <em>world</em></p>\n');
  });
});
