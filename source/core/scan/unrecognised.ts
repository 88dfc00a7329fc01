import type { Ecosystem } from '../catalog/types.js';
import type { Unrecognised } from './types.js';

/**
 * The unrecognised dependencies of a scan, one line per package family: the same name seen in
 * several workspaces is one package (its production use wins over a dev-only one), and the many
 * packages of one vendor scope (@aws-sdk/client-s3, @aws-sdk/client-sqs, ...) are one entry
 * whose `others` lists the rest, so that a review list stays short enough to be read.
 */
export function groupUnrecognised(sightings: Unrecognised[]): Unrecognised[] {
  const byName = new Map<string, Unrecognised>();
  for (const item of sightings) {
    const key = `${item.kind}\0${item.name}`;
    const seen = byName.get(key);
    if (!seen || (seen.dev && !item.dev)) byName.set(key, item);
  }
  const byFamily = new Map<string, Unrecognised>();
  const grouped: Unrecognised[] = [];
  for (const item of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const family = packageFamily(item.kind, item.name);
    const head = family === undefined ? undefined : byFamily.get(`${item.kind}\0${family}`);
    if (head) {
      head.others = [...(head.others ?? []), item.name];
      if (!item.dev) delete head.dev;
    } else {
      const copy = { ...item };
      if (family !== undefined) byFamily.set(`${item.kind}\0${family}`, copy);
      grouped.push(copy);
    }
  }
  return grouped;
}

/** The vendor part of a package name (npm scope, Maven group, Composer vendor, Go host/owner), if it has one. */
export function packageFamily(kind: Ecosystem, name: string): string | undefined {
  switch (kind) {
    case 'npm':
      return name.startsWith('@') && name.includes('/') ? name.slice(0, name.indexOf('/') + 1) : undefined;
    case 'maven':
      return name.includes(':') ? name.slice(0, name.indexOf(':') + 1) : undefined;
    case 'composer':
      return name.includes('/') ? name.slice(0, name.indexOf('/') + 1) : undefined;
    case 'go': {
      const parts = name.split('/');
      // On code hosts the owner is the vendor; elsewhere the module's own domain is.
      const ownerHosted = ['github.com', 'gitlab.com', 'bitbucket.org'].includes(parts[0] ?? '');
      return `${parts.slice(0, ownerHosted ? 2 : 1).join('/')}/`;
    }
    default:
      return undefined;
  }
}
