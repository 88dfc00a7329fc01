import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TextLines } from '../text-lines.js';
import { children, parseXml, startOffset } from './xml-nodes.js';

/** *.csproj / *.fsproj / *.vbproj: <PackageReference Include="..."> in any <ItemGroup>. */
export const parseDotnetProject: ManifestParser = (text) => {
  const project = parseXml(text, ['ItemGroup', 'PackageReference'])?.Project;
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  for (const group of children(project, 'ItemGroup')) {
    for (const reference of children(group, 'PackageReference')) {
      const name = reference['@_Include'];
      if (typeof name === 'string' && name.trim()) {
        found.push({ kind: 'nuget', name: name.trim(), line: lines.lineAt(startOffset(reference)) });
      }
    }
  }
  return found;
};

/** packages.config (older .NET Framework projects): <package id="..."/>. */
export const parsePackagesConfig: ManifestParser = (text) => {
  const packages = parseXml(text, ['package'])?.packages;
  const lines = new TextLines(text);
  return children(packages, 'package').flatMap((item) => {
    const name = item['@_id'];
    if (typeof name !== 'string' || !name.trim()) return [];
    const dev = item['@_developmentDependency'] === 'true';
    return [{ kind: 'nuget' as const, name: name.trim(), line: lines.lineAt(startOffset(item)), ...(dev ? { dev } : {}) }];
  });
};
