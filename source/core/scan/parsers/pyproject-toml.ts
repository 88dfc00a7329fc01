import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { isDevGroupName, requirementName } from './python-names.js';
import { TomlLines, parseToml, tableAt } from './toml-locate.js';

/**
 * pyproject.toml: PEP 621 dependencies and optional-dependencies, PEP 735 dependency-groups,
 * and Poetry's dependencies, dev-dependencies and groups.
 */
export const parsePyprojectToml: ManifestParser = (text) => {
  const doc = parseToml(text);
  if (!doc) return [];
  const lines = new TomlLines(text);
  const found: DeclaredName[] = [];

  const addRequirements = (specs: unknown, dev: boolean, from: number) => {
    if (!Array.isArray(specs)) return;
    for (const spec of specs) {
      if (typeof spec !== 'string') continue; // PEP 735 {include-group = ...}
      const name = requirementName(spec);
      if (name) found.push({ kind: 'pypi', name, line: lines.stringLine(spec, from), ...(dev ? { dev } : {}) });
    }
  };
  const addPoetryTable = (table: Record<string, unknown> | undefined, dev: boolean, path: string[]) => {
    if (!table) return;
    const from = lines.tableOffset(path);
    for (const name of Object.keys(table)) {
      if (name.toLowerCase() === 'python') continue;
      found.push({ kind: 'pypi', name, line: lines.keyLine(name, from), ...(dev ? { dev } : {}) });
    }
  };

  const project = tableAt(doc, ['project']);
  const projectFrom = lines.tableOffset(['project']);
  addRequirements(project?.dependencies, false, projectFrom);
  for (const [extra, specs] of Object.entries(tableAt(doc, ['project', 'optional-dependencies']) ?? {})) {
    addRequirements(specs, isDevGroupName(extra), projectFrom);
  }
  for (const [group, specs] of Object.entries(tableAt(doc, ['dependency-groups']) ?? {})) {
    addRequirements(specs, isDevGroupName(group), lines.tableOffset(['dependency-groups']));
  }

  const poetry = ['tool', 'poetry'];
  addPoetryTable(tableAt(doc, [...poetry, 'dependencies']), false, [...poetry, 'dependencies']);
  addPoetryTable(tableAt(doc, [...poetry, 'dev-dependencies']), true, [...poetry, 'dev-dependencies']);
  for (const group of Object.keys(tableAt(doc, [...poetry, 'group']) ?? {})) {
    const path = [...poetry, 'group', group, 'dependencies'];
    addPoetryTable(tableAt(doc, path), isDevGroupName(group), path);
  }
  return found;
};
