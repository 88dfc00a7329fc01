import type { Ecosystem } from '../catalog/types.js';

/** Identifier kinds that name where a product is deployed or what its infrastructure uses. */
export const DEPLOY_KINDS = ['files', 'actions', 'providers', 'images', 'cli'] as const;
export type DeployKind = (typeof DEPLOY_KINDS)[number];

/** The kinds of identifier a catalog entry can declare: package ecosystems, env keys, HTML snippets, API hosts and deploy signals. */
export type IdentifierKind = Ecosystem | 'env' | 'snippets' | 'hosts' | DeployKind;

/**
 * The form in which two identifiers of one kind count as the same name. The catalog
 * loader uses it to reject duplicates and the matcher to compare, so both agree on
 * what "the same package" means in each ecosystem.
 */
export function identifierKey(kind: IdentifierKind, name: string): string {
  const trimmed = name.trim();
  switch (kind) {
    case 'pypi':
      // PEP 503 normalisation: runs of -, _ and . are equivalent, case-insensitive.
      return trimmed.toLowerCase().replace(/[-_.]+/g, '-');
    case 'nuget':
    case 'composer':
    case 'snippets':
    case 'hosts':
    case 'actions':
    case 'providers':
    case 'images':
    case 'cli':
      return trimmed.toLowerCase();
    case 'cargo':
      // crates.io treats - and _ as the same name.
      return trimmed.toLowerCase().replace(/_/g, '-');
    case 'env':
      return trimmed.toUpperCase();
    case 'swiftpm':
      return swiftRepoPath(trimmed);
    default:
      return trimmed;
  }
}

/**
 * "https://github.com/getsentry/sentry-cocoa.git", "git@github.com:getsentry/sentry-cocoa"
 * and "github.com/getsentry/sentry-cocoa" all name one repository.
 */
export function swiftRepoPath(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z+]+:\/\//, '')
    .replace(/^[^@/]+@([^:/]+):/, '$1/')
    .replace(/^[^@/]+@/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}
