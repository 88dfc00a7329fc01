import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TextLines, blankComments } from '../text-lines.js';

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
