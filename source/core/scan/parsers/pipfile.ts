import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TomlLines, parseToml, tableAt } from './toml-locate.js';

/** Pipfile: [packages] and [dev-packages]. */
export const parsePipfile: ManifestParser = (text) => {
  const doc = parseToml(text);
  if (!doc) return [];
  const lines = new TomlLines(text);
  const found: DeclaredName[] = [];
  for (const [table, dev] of [
    ['packages', false],
    ['dev-packages', true],
  ] as const) {
    const from = lines.tableOffset([table]);
    for (const name of Object.keys(tableAt(doc, [table]) ?? {})) {
      found.push({ kind: 'pypi', name, line: lines.keyLine(name, from), ...(dev ? { dev } : {}) });
    }
  }
  return found;
};
