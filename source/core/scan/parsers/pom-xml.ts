import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TextLines } from '../text-lines.js';
import { childText, children, parseXml, startOffset, type XmlNode } from './xml-nodes.js';

/**
 * pom.xml: <dependencies> of the project and of its profiles as "group:artifact".
 * dependencyManagement and plugin dependencies only pin versions or build tools, so they are left out.
 */
export const parsePomXml: ManifestParser = (text) => {
  const doc = parseXml(text, ['dependency', 'profile']);
  const project = doc?.project;
  if (!project || typeof project !== 'object') return [];
  const lines = new TextLines(text);
  const owners = [project, ...children(children(project, 'profiles')[0], 'profile')];
  const found: DeclaredName[] = [];
  for (const owner of owners) {
    for (const dependency of children(children(owner, 'dependencies')[0], 'dependency')) {
      found.push(...toDeclared(dependency, lines));
    }
  }
  return found;
};

function toDeclared(dependency: XmlNode, lines: TextLines): DeclaredName[] {
  const group = childText(dependency, 'groupId');
  const artifact = childText(dependency, 'artifactId');
  if (!group || !artifact) return [];
  const start = startOffset(dependency);
  const line = lines.lineOf(/<artifactId>/, start, lines.lineAt(start));
  const dev = childText(dependency, 'scope') === 'test';
  return [{ kind: 'maven', name: `${group}:${artifact}`, line, ...(dev ? { dev } : {}) }];
}
