import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

type Added = Pick<DeclaredName, 'kind' | 'name'> & { dev?: true };

// A package manager's "add" command writes the package into the project's manifest: a script that
// runs it before a build ships the package in that build (FluffyChat's release adds Firebase
// Messaging with `flutter pub add fcm_shared_isolate`). Global installs (`npm i -g`, `yarn global
// add`, `composer global require`) install tools on the machine, not dependencies of the product;
// `pip install` and `go get` are not read (they install into an environment, not a manifest).
const ADD_COMMANDS: { pattern: RegExp; kind: DeclaredName['kind'] }[] = [
  { pattern: /^(?:flutter|dart)\s+pub\s+add\s+(.*)$/, kind: 'pub' },
  { pattern: /^(?:npm|pnpm)\s+(?:install|i|add)\s+(.*)$/, kind: 'npm' },
  { pattern: /^(?:yarn|bun)\s+add\s+(.*)$/, kind: 'npm' },
  { pattern: /^cargo\s+add\s+(.*)$/, kind: 'cargo' },
  { pattern: /^(?:poetry|uv)\s+add\s+(.*)$/, kind: 'pypi' },
  { pattern: /^bundle\s+add\s+(.*)$/, kind: 'rubygems' },
  { pattern: /^composer\s+require\s+(.*)$/, kind: 'composer' },
  { pattern: /^dotnet\s+add\s+(?:\S+\s+)?package\s+(.*)$/, kind: 'nuget' },
];
const GLOBAL = /(?:^|\s)(?:-g|--global|--location=global)(?:\s|$)/;
const DEV = /(?:^|\s)(?:-D|--dev|--save-dev|--group[= ]dev)(?:\s|$)/;

/** The packages one command (no separators) adds to the project's manifest. */
export function packagesAdded(command: string): Added[] {
  const text = command.trim().replace(/^(?:sudo\s+)?/, '');
  for (const { pattern, kind } of ADD_COMMANDS) {
    const args = pattern.exec(text)?.[1];
    if (args === undefined || GLOBAL.test(` ${args} `)) continue;
    const dev = DEV.test(` ${args} `);
    return args
      .split(/\s+/)
      .filter((arg) => arg && !arg.startsWith('-') && !arg.includes('$') && !/^[.~/]/.test(arg))
      .map((arg) => packageName(kind, arg.replace(/^['"]|['"]$/g, '')))
      .filter((name): name is string => !!name)
      .map((name) => ({ kind, name, ...(dev ? { dev: true as const } : {}) }));
  }
  return [];
}

/** "fcm_shared_isolate:^1.0" -> fcm_shared_isolate, "dev:lints" (pub) -> lints, "@sentry/node@8" -> @sentry/node, "rails:7.1" -> rails. */
function packageName(kind: DeclaredName['kind'], spec: string): string | undefined {
  let name = spec;
  if (kind === 'npm') name = spec.startsWith('@') ? spec.replace(/(?<=.)@[^/]*$/, '') : spec.replace(/@.*$/, '');
  else if (kind === 'pub') name = spec.replace(/^(?:dev|override):/, '').replace(/[:@].*$/, '');
  else name = spec.replace(/(?:[=<>~^!]=?|@|:).*$/, '');
  return /^[@\w][\w@./-]*$/.test(name) ? name : undefined;
}

/**
 * Shell scripts (*.sh, *.bash): the packages their package-manager commands add to the project
 * (`flutter pub add X`, `npm install X`, `cargo add X`), one per line of the script, each at its line.
 */
export const parseShellScript: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    if (/^\s*#/.test(raw)) continue;
    for (const part of raw.split(/&&|\|\||;/)) {
      for (const added of packagesAdded(part)) found.push({ ...added, line });
    }
  }
  return found;
};
