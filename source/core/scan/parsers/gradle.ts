import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { blankComments, numberedLines } from '../text-lines.js';

// "group:artifact" or "group:artifact:version[@aar]" in quotes, the string notation of a dependency.
const COORDINATE = /['"]([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::[^'"\s]*)?['"]/g;
// group: 'x', name: 'y' (Groovy map notation) and group = "x", name = "y" (Kotlin named arguments).
const MAP_NOTATION = /group\s*[:=]\s*['"]([^'"]+)['"]\s*,\s*name\s*[:=]\s*['"]([^'"]+)['"]/;
// A dependency declaration starts with its configuration: implementation, api, kapt, classpath, ...
const CONFIGURATION = /^([A-Za-z][A-Za-z0-9]*)\s*[(\s'"]/;

/**
 * build.gradle / build.gradle.kts: string and map notations, one per line. Version-catalog
 * references (libs.x.y) are read from gradle/libs.versions.toml instead.
 */
export const parseGradle: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: code } of numberedLines(blankComments(text))) {
    const configuration = CONFIGURATION.exec(code.trim())?.[1];
    if (!configuration) continue;
    const dev = /^(test|androidTest|testFixtures)/.test(configuration);
    const names = [...code.matchAll(COORDINATE)].map((m) => `${m[1]}:${m[2]}`);
    const map = MAP_NOTATION.exec(code);
    if (map) names.push(`${map[1]}:${map[2]}`);
    for (const name of names) found.push({ kind: 'maven', name, line, ...(dev ? { dev } : {}) });
  }
  return found;
};
