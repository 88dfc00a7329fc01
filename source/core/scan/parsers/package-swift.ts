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

// `repositoryURL = "https://github.com/RevenueCat/purchases-ios-spm";` (Xcode quotes it; a plain token is allowed by the format)
const REPOSITORY_URL = /^\s*repositoryURL\s*=\s*(?:"((?:[^"\\\n]|\\.)*)"|([^\s;"]+))\s*;/gm;

/**
 * An Xcode project's project.pbxproj: each Swift package the project adds is an
 * XCRemoteSwiftPackageReference object whose `repositoryURL` names it, as `.package(url:)` does in
 * Package.swift (an iOS app often has no Package.swift of its own). Local packages
 * (XCLocalSwiftPackageReference, `relativePath`) are the project's own and carry no URL.
 */
export const parseXcodeProject: ManifestParser = (text) => {
  // not blankComments: an unquoted URL holds "//"; the project's /* */ comments never start a line with repositoryURL
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  for (const match of text.matchAll(REPOSITORY_URL)) {
    const url = match[1] ?? match[2];
    if (url) found.push({ kind: 'swiftpm', name: url, line: lines.lineAt(match.index + match[0].indexOf(url)) });
  }
  return found;
};

// v1: `"repositoryURL": "…"` under object.pins; v2 and v3: `"location": "…"` under pins (kind remoteSourceControl)
const RESOLVED_PIN = /"(?:repositoryURL|location)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;

/**
 * SwiftPM's Package.resolved (Xcode keeps it in *.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/):
 * the resolved graph, so the packages of the project's packages too, of which the app may link no
 * product (firebase-ios-sdk pins GoogleAppMeasurement for an app that only uses Crashlytics). Each
 * remote pin is therefore a name-only signal; the project's own declaration (project.pbxproj,
 * Package.swift) is what proves a dependency. Local pins (a path) name no third party.
 */
export const parsePackageResolved: ManifestParser = (text) => {
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  for (const match of text.matchAll(RESOLVED_PIN)) {
    const url = match[1]!;
    if (!/^[a-z+]+:\/\/|^[^@/\s]+@[^:/\s]+:/i.test(url)) continue;
    found.push({ kind: 'swiftpm', name: url, line: lines.lineAt(match.index + match[0].lastIndexOf(url)), confidence: 'name' });
  }
  return found;
};
