import { isMap, isScalar, parseDocument } from 'yaml';
import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { noteParseProblem } from '../parse-problems.js';
import { TextLines } from '../text-lines.js';

/** pubspec.yaml: dependencies and dev_dependencies (the Flutter SDK itself is not a service). */
export const parsePubspecYaml: ManifestParser = (text) => {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    noteParseProblem(`not valid YAML (${doc.errors[0]!.message})`);
    return [];
  }
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  for (const [section, dev] of [
    ['dependencies', false],
    ['dev_dependencies', true],
  ] as const) {
    const map = doc.get(section, true);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (name === 'flutter' || name === 'flutter_test') continue;
      const line = lines.lineAt(pair.key.range?.[0] ?? 0);
      found.push({ kind: 'pub', name, line, ...(dev ? { dev } : {}) });
    }
  }
  return found;
};
