// The one Eta instance that renders outputs/ templates, and the phrases they share.
import { join } from 'node:path';
import { Eta } from 'eta';
import { dataPath } from '../paths.js';
import { compiledTemplates } from './compiled-templates.js';
import { escapeMarkdown } from './markdown-escape.js';
import { readPhrases } from './read-phrases.js';

/**
 * The Eta options that shape a compiled template; the build compiles outputs/ with the same.
 * `<%= %>` escapes Markdown and HTML, `<%~ %>` is for markup our code built.
 */
export const TEMPLATE_OPTIONS = {
  autoEscape: true,
  // Control tags trim their own newline with `-%>`; output tags keep the text as written.
  autoTrim: false,
} as const;

let eta: Eta | undefined;

/** Eta over outputs/, with the templates the build compiled already in its cache (none from source). */
function engine(): Eta {
  if (eta) return eta;
  const views = dataPath('outputs');
  eta = new Eta({
    ...TEMPLATE_OPTIONS,
    views,
    cache: true,
    escapeFunction: (value: unknown) => {
      // A template printing a missing value would write a clause the answers do not support.
      // So would an empty one ("Source: ."): a template prints a value only where the answers give it.
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) throw new Error('a template printed a missing value');
      return escapeMarkdown(String(value));
    },
  });
  // Eta caches a template under its resolved path, so a render or an include finds these first.
  for (const [file, template] of Object.entries(compiledTemplates ?? {})) eta.templatesSync.define(join(views, file), template);
  // Eta resolves a template's path (JSON of a cache key, path joins, a check that it is under views) on
  // every render and include; it depends only on the name and the including file, so once each is enough.
  const resolvePath = eta.resolvePath.bind(eta);
  const resolved = new Map<string, string>();
  eta.resolvePath = (template: string, options?: { filepath?: string }) => {
    const key = `${options?.filepath ?? ''}\0${template}`;
    let path = resolved.get(key);
    if (path === undefined) resolved.set(key, (path = resolvePath(template, options)));
    return path;
  };
  return eta;
}

/** Renders outputs/<name>.eta and tidies the Markdown (no runs of blank lines, no trailing spaces). */
export function renderTemplate(name: string, data: object): string {
  return tidy(engine().render(name, data));
}

export function tidy(markdown: string): string {
  // Trailing blanks are cut line by line: `/[ \t]+$/gm` is quadratic in a long run of spaces.
  return `${markdown
    .split('\n')
    .map(trimBlanksEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** The line without trailing spaces and tabs, in linear time. */
function trimBlanksEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}

/** Plain-language words for answer ids (outputs/phrases.yaml), kept as data for legal review. */
export interface Phrases {
  sources: Record<string, string>;
  bases: Record<string, string>;
  basisNames: Record<string, string>;
  basisMeanings: Record<string, string>;
  purposesShort: Record<string, string>;
  purposeWords: Record<string, string>;
  recipientsShort: Record<string, string>;
  conditions: Record<string, string>;
  safeguards: Record<string, string>;
  safeguardDetails: Record<string, string>;
  cookieKinds: Record<string, string>;
  otherRecipients: Record<string, string>;
  security: Record<string, string>;
  deletion: Record<string, string>;
  optOut: Record<string, string>;
  notify: Record<string, string>;
  responseTime: Record<string, string>;
  consentMethods: Record<string, string>;
  states: Record<string, string>;
  laws: Record<string, string>;
  due: Record<string, string>;
}

let phrases: Phrases | undefined;

export function loadPhrases(): Phrases {
  phrases ??= readPhrases(dataPath('outputs', 'phrases.yaml'));
  return phrases;
}

/** The phrase for an id, or undefined (so the clause is left out) when the id is unknown. */
export function phrase(map: Record<string, string>, id: string | undefined): string | undefined {
  return id === undefined || !Object.hasOwn(map, id) ? undefined : map[id];
}
