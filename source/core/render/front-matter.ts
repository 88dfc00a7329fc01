import { Document } from 'yaml';

export type OutputFormat = 'markdown' | 'jekyll' | 'hugo' | 'docusaurus' | 'html';

export interface FrontMatterMeta {
  title: string;
  lastUpdated: string;
  description?: string;
}

/**
 * The front matter a site generator expects above the policy ('' for plain Markdown).
 * Values go through a YAML serializer, so a title such as `Acme: "Privacy"` stays a string.
 */
export function frontMatter(format: OutputFormat, meta: FrontMatterMeta): string {
  const description = meta.description ? { description: meta.description } : {};
  switch (format) {
    case 'markdown':
    // an HTML page carries its title in <title>, written by the HTML renderer
    case 'html':
      return '';
    case 'jekyll':
      // jekyll-seo-tag and jekyll-last-modified-at read last_modified_at.
      return block({ layout: 'page', title: meta.title, ...description, last_modified_at: meta.lastUpdated });
    case 'hugo':
      return block({ title: meta.title, ...description, date: meta.lastUpdated, lastmod: meta.lastUpdated, draft: false });
    case 'docusaurus':
      return block({ title: meta.title, sidebar_label: 'Privacy Policy', ...description, last_update: { date: meta.lastUpdated } });
  }
}

function block(values: Record<string, unknown>): string {
  const yaml = new Document(values).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n`;
}
