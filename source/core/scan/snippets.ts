import type { CatalogSnippet } from './catalog-index.js';
import { TextLines } from './text-lines.js';

/** A catalog snippet found in a page or template, at the line of its first occurrence. */
export interface SnippetHit {
  snippet: CatalogSnippet;
  line: number;
}

/** Case-insensitive search for each catalog snippet; one hit per snippet per file is proof enough. */
export function findSnippets(text: string, snippets: CatalogSnippet[]): SnippetHit[] {
  const lower = text.toLowerCase();
  let lines: TextLines | undefined;
  const hits: SnippetHit[] = [];
  for (const snippet of snippets) {
    const offset = lower.indexOf(snippet.needle);
    if (offset === -1) continue;
    // Line offsets are only computed for the few files that contain a snippet.
    lines ??= new TextLines(text);
    hits.push({ snippet, line: lines.lineAt(offset) });
  }
  return hits;
}
