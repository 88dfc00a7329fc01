import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { blankComments, numberedLines } from '../text-lines.js';
import { TomlLines, parseToml, tableAt } from './toml-locate.js';

/** gradle/libs.versions.toml: the [libraries] a build can reference as libs.x.y. */
export const parseGradleVersionCatalog: ManifestParser = (text) => {
  const doc = parseToml(text);
  const libraries = doc && tableAt(doc, ['libraries']);
  if (!libraries) return [];
  const lines = new TomlLines(text);
  const from = lines.tableOffset(['libraries']);
  const found: DeclaredName[] = [];
  for (const [alias, value] of Object.entries(libraries)) {
    const name = coordinate(value);
    if (name) found.push({ kind: 'maven', name, line: lines.keyLine(alias, from) });
  }
  return found;
};

/** "g:a:v", { module = "g:a" } or { group = "g", name = "a" } -> "g:a". */
function coordinate(value: unknown): string | undefined {
  if (typeof value === 'string') return /^([^:\s]+):([^:\s]+)/.exec(value)?.slice(1, 3).join(':');
  if (!value || typeof value !== 'object') return undefined;
  const { module, group, name } = value as Record<string, unknown>;
  if (typeof module === 'string') return coordinate(module);
  if (typeof group === 'string' && typeof name === 'string') return `${group}:${name}`;
  return undefined;
}

// library('alias', 'group:artifact:version') and library("alias", "group", "artifact") in a
// settings.gradle(.kts) dependencyResolutionManagement { versionCatalogs { ... } } block.
const SETTINGS_LIBRARY = /\blibrary\s*\(\s*['"][^'"]+['"]\s*,\s*['"]([^'"]+)['"](?:\s*,\s*['"]([^'"]+)['"])?/;

/** settings.gradle / settings.gradle.kts: the libraries of a version catalog declared in code (the alternative to libs.versions.toml). */
export const parseGradleSettings: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: code } of numberedLines(blankComments(text))) {
    const match = SETTINGS_LIBRARY.exec(code);
    if (!match) continue;
    const name = match[1]!.includes(':') ? coordinate(match[1]!) : match[2] ? `${match[1]}:${match[2]}` : undefined;
    if (name) found.push({ kind: 'maven', name, line });
  }
  return found;
};
