import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, mailLink, markdownLink, safeUrl } from '../../../source/core/render/markdown-escape.js';

const html = (md: string) => marked.parse(md, { async: false });

describe('escapeMarkdown', () => {
  it('turns HTML into text', () => {
    const out = html(`Hello ${escapeMarkdown('Acme <script>alert(1)</script>')}`);
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;');
  });

  it('keeps entities literal but leaves a plain ampersand readable', () => {
    expect(escapeMarkdown('Bus. & Prof. Code')).toBe('Bus. & Prof. Code');
    expect(html(escapeMarkdown('&lt;b&gt; &#60;i&#62;'))).toContain('&amp;lt;b&amp;gt; &amp;#60;i&amp;#62;');
  });

  it('keeps emphasis and links as literal text', () => {
    const out = html(escapeMarkdown('*Evil* [link](x) _under_ `code` ~~gone~~'));
    expect(out).not.toMatch(/<em>|<strong>|<a |<code>|<del>/);
    expect(out).toContain('*Evil* [link](x) _under_ `code` ~~gone~~');
  });

  it('neutralises block markers at the start and collapses newlines', () => {
    for (const value of ['# Heading', '- item', '1. item', '+ item', '> quote', '=====']) {
      expect(html(escapeMarkdown(value))).toMatch(/^<p>/);
    }
    const out = html(`Name: ${escapeMarkdown('Acme\n\n# Injected\n- list')}`);
    expect(out).not.toMatch(/<h1|<ul/);
    expect(escapeMarkdown('a\n\nb\tc')).toBe('a b c');
  });

  it('keeps a pipe inside its table cell', () => {
    const md = `| a | b |\n| --- | --- |\n| ${escapeMarkdown('x | y')} | z |\n`;
    const table = marked.lexer(md).find((t) => t.type === 'table') as { rows: { text: string }[][] } | undefined;
    expect(table?.rows[0]?.map((c) => c.text)).toEqual(['x | y', 'z']);
    expect(html(md)).toContain('<td>x | y</td>');
  });

  it('breaks template syntax of site generators (Liquid, Hugo shortcodes, MDX)', () => {
    const out = escapeMarkdown('{{ site.secret }} {% include x %} {{< shortcode >}}');
    expect(out).not.toMatch(/\{\{|\{%|\{/);
  });
});

describe('email addresses in typed prose', () => {
  it('become mail links, with the rest of the sentence left as text', () => {
    const md = escapeMarkdown('Email dpo@kontor.example for a copy, or write to https://kontor.example.');
    const out = html(md);
    expect(out).toContain('<a href="mailto:dpo@kontor.example">dpo@kontor.example</a> for a copy');
    // a typed web address is not a field of type url: it stays text
    expect(out).not.toContain('href="https://kontor.example');
    expect(md).not.toContain('&#64;');
  });

  it('keep a sentence\'s full stop outside the address and cannot smuggle a link in', () => {
    expect(html(escapeMarkdown('Ask ukrep@example.co.uk.'))).toContain('<a href="mailto:ukrep@example.co.uk">ukrep@example.co.uk</a>.');
    const out = html(escapeMarkdown('x@y.example](javascript:alert(1)) [a](https://evil.example)'));
    expect(out).not.toMatch(/href="(javascript|https:\/\/evil)/);
    expect(out.match(/<a /g)).toHaveLength(1);
  });
});

describe('links', () => {
  it('accepts http(s) and mailto only', () => {
    expect(safeUrl('https://acme.example/a b')).toBe('https://acme.example/a%20b');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
  });

  it('cannot break out of the link destination', () => {
    const out = html(markdownLink('Policy', 'https://evil.example/a)(b"<x>|'));
    expect(out).toContain('href="https://evil.example/a%29%28b%22%3Cx%3E%7C"');
  });

  it('escapes the text of a mail link', () => {
    expect(mailLink('privacy_team@acme.example')).toBe('[privacy\\_team@acme.example](mailto:privacy_team@acme.example)');
    expect(mailLink('<b>not mail</b>')).toBe('&lt;b&gt;not mail&lt;/b&gt;');
  });
});
