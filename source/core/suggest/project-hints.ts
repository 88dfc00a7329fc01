// Reads the few project facts the wizard can suggest without asking: the product's
// name and address from package.json, the mobile platforms from their build files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkProject } from '../scan/walk.js';

/** What the project says about itself, each with the file it came from. */
export interface ProjectHints {
  name?: { value: string; from: string };
  url?: { value: string; from: string };
  platforms: { value: 'ios' | 'android'; from: string }[];
}

/** Reads package.json and looks for iOS/Android build files (Podfile, Package.swift, *.xcodeproj, Gradle). */
export function readProjectHints(root: string): ProjectHints {
  const hints: ProjectHints = { platforms: [] };
  const manifest = join(root, 'package.json');
  if (existsSync(manifest)) {
    try {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      const name = [pkg.productName, pkg.displayName, pkg.name].find((v): v is string => typeof v === 'string' && v.trim() !== '');
      if (name) hints.name = { value: productNameOf(name), from: 'package.json' };
      if (typeof pkg.homepage === 'string' && /^https?:\/\//.test(pkg.homepage)) hints.url = { value: pkg.homepage, from: 'package.json' };
    } catch {
      // a broken package.json is the scan's business; no hints from it
    }
  }
  const files = walkProject(root, (file) => /(^|\/)(Podfile|Package\.swift|build\.gradle(\.kts)?|AndroidManifest\.xml)$/.test(file));
  const ios = files.find((f) => /(^|\/)(Podfile|Package\.swift)$/.test(f));
  const android = files.find((f) => /(^|\/)(build\.gradle(\.kts)?|AndroidManifest\.xml)$/.test(f));
  if (ios) hints.platforms.push({ value: 'ios', from: ios });
  if (android) hints.platforms.push({ value: 'android', from: android });
  return hints;
}

/** "@acme/notes-app" -> "Notes App": a readable guess the user confirms or edits. */
export function productNameOf(packageName: string): string {
  if (!/^[@a-z0-9][a-z0-9._/-]*$/.test(packageName)) return packageName.trim();
  const bare = packageName.replace(/^@[^/]+\//, '');
  return bare
    .split(/[-_.]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
