import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TomlLines, parseToml, tableAt } from './toml-locate.js';

const SECTIONS = [
  { key: 'dependencies', dev: false },
  { key: 'dev-dependencies', dev: true },
  { key: 'build-dependencies', dev: true },
];

/**
 * Cargo.toml: [dependencies], [dev-dependencies], [build-dependencies], their [target.*.]
 * variants and [workspace.dependencies]; a renamed dependency (`s3 = { package = "aws-sdk-s3" }`)
 * counts under the crate it installs. `path`/`workspace = true` entries are the project's own.
 */
export const parseCargoToml: ManifestParser = (text) => {
  const doc = parseToml(text);
  if (!doc) return [];
  const lines = new TomlLines(text);
  const found: DeclaredName[] = [];
  const addTable = (path: string[], dev: boolean) => {
    const table = tableAt(doc, path);
    if (!table) return;
    const from = lines.tableOffset(path);
    for (const [key, spec] of Object.entries(table)) {
      const detail = spec && typeof spec === 'object' && !Array.isArray(spec) ? (spec as Record<string, unknown>) : {};
      const name = typeof detail.package === 'string' ? detail.package : key;
      const internal = typeof detail.path === 'string';
      const keyTable = lines.tableOffset([...path, key]);
      // The header pattern may start on the blank line before the "[": count from the bracket.
      const line = keyTable > 0 ? lines.lineAt(text.indexOf('[', keyTable)) : lines.keyLine(key, from);
      found.push({ kind: 'cargo', name, line, ...(dev ? { dev } : {}), ...(internal ? { internal } : {}) });
    }
  };
  for (const { key, dev } of SECTIONS) addTable([key], dev);
  addTable(['workspace', 'dependencies'], false);
  for (const target of Object.keys(tableAt(doc, ['target']) ?? {})) {
    for (const { key, dev } of SECTIONS) addTable(['target', target, key], dev);
  }
  return found;
};
