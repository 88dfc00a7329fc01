import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TextLines, blankComments, numberedLines } from '../text-lines.js';

// `.package(url: "…"` or `.package(name: "X", url: "…"`, often spread over several lines.
const PACKAGE_URL = /\.package\s*\(\s*(?:name:\s*"[^"]*"\s*,\s*)?url:\s*"([^"]+)"/g;

/** Package.swift: `.package(url: "https://github.com/owner/repo.git", ...)`, named by the URL. */
export const parsePackageSwift: ManifestParser = (text) => {
  const code = blankComments(text);
  const lines = new TextLines(code);
  const found: DeclaredName[] = [];
  for (const match of code.matchAll(PACKAGE_URL)) {
    const url = match[1];
    if (url) found.push({ kind: 'swiftpm', name: url, line: lines.lineAt(match.index + match[0].lastIndexOf(url)) });
  }
  return found;
};

/**
 * XcodeGen's project.yml: the Swift packages under the top-level `packages:` map, each named by
 * its `url:` (or `github: owner/repo`); a local package (`path:`) is the project's own.
 */
export const parseXcodeGenProject: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  let inPackages = false;
  for (const { line, text: raw } of numberedLines(text)) {
    if (/^\s*(#|$)/.test(raw)) continue;
    if (!/^\s/.test(raw)) {
      inPackages = /^packages:\s*(#.*)?$/.test(raw);
      continue;
    }
    if (!inPackages) continue;
    const field = /^\s{2,}(url|github):\s*['"]?([^\s'"#]+)/.exec(raw);
    if (field) found.push({ kind: 'swiftpm', name: field[1] === 'github' ? `github.com/${field[2]!}` : field[2]!, line });
  }
  return found;
};
