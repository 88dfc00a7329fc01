import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

/** Package.swift: `.package(url: "https://github.com/owner/repo.git", ...)`, named by the URL. */
export const parsePackageSwift: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const code = raw.replace(/(^|\s)\/\/.*$/, '');
    for (const match of code.matchAll(/\.package\s*\([^)]*?url:\s*"([^"]+)"/g)) {
      if (match[1]) found.push({ kind: 'swiftpm', name: match[1], line });
    }
  }
  return found;
};
