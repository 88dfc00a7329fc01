import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter } from '../../../source/core/render/front-matter.js';

const meta = { title: 'Acme: "Privacy" Policy', lastUpdated: '2026-11-23', description: 'How Acme # handles data' };
const yamlOf = (block: string) => {
  const m = /^---\n([\s\S]*)---\n$/.exec(block);
  expect(m, block).not.toBeNull();
  return parse(m![1]!, { schema: 'core' }) as Record<string, unknown>;
};

describe('frontMatter', () => {
  it('is empty for plain Markdown', () => {
    expect(frontMatter('markdown', meta)).toBe('');
  });

  it('gives Jekyll a layout, title and last_modified_at', () => {
    const fm = yamlOf(frontMatter('jekyll', meta));
    expect(fm).toMatchObject({ layout: 'page', title: meta.title, description: meta.description });
    expect(String(fm.last_modified_at)).toBe('2026-11-23');
  });

  it('gives Hugo title, date and lastmod', () => {
    const fm = yamlOf(frontMatter('hugo', meta));
    expect(fm).toMatchObject({ title: meta.title, draft: false });
    expect(String(fm.date)).toBe('2026-11-23');
    expect(String(fm.lastmod)).toBe('2026-11-23');
  });

  it('gives Docusaurus title, sidebar_label and last_update', () => {
    const fm = yamlOf(frontMatter('docusaurus', meta));
    expect(fm).toMatchObject({ title: meta.title, sidebar_label: 'Privacy Policy', last_update: { date: '2026-11-23' } });
  });

  it('keeps hostile titles as one YAML string', () => {
    const title = 'Acme\n---\nlayout: evil #';
    for (const format of ['jekyll', 'hugo', 'docusaurus'] as const) {
      const block = frontMatter(format, { title, lastUpdated: '2026-11-23' });
      expect(yamlOf(block).title).toBe(title);
      expect(block.match(/^---$/gm)).toHaveLength(2);
    }
  });

  it('leaves description out when not given', () => {
    expect(frontMatter('hugo', { title: 'P', lastUpdated: '2026-11-23' })).not.toContain('description');
  });
});
