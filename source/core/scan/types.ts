import type { Ecosystem } from '../catalog/types.js';
import type { DeployKind } from './identifier-key.js';

/**
 * How strongly a piece of evidence proves use, strongest first: a dependency in a manifest (or a
 * deploy file that names the host), an SDK imported or loaded by a script tag, an environment key
 * (in a template or read by the code), an API URL in code, and a name alone (a commented-out key).
 */
export const CONFIDENCE = ['manifest', 'import', 'env', 'url', 'name'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Where a detection was proven: a file (relative, POSIX separators) and 1-based line. */
export interface Evidence {
  file: string;
  line: number;
  /**
   * what matched: a package of an ecosystem, 'env' for environment keys, 'html' for script
   * tags/snippets, 'url' for an API host in code, or a deploy signal (file, action, provider, image, cli)
   */
  kind: Ecosystem | 'env' | 'html' | 'url' | DeployKind;
  /** the package name, env key, snippet, host or deploy signal that matched */
  match: string;
  /** always set by detectServices; absent in hand-made records means 'manifest' */
  confidence?: Confidence;
  /** true when only a dev/test dependency proves it */
  dev?: boolean;
  /** true for a commented-out key in an env template: an optional integration */
  optional?: boolean;
  /**
   * true for a URL of the service's software run by someone else ("https://key@sentry.ente.io/4":
   * the product's own Sentry): without a URL of the vendor itself, the service's SDK then sends
   * nothing to the vendor, and the detection is name-only
   */
  selfHosted?: boolean;
}

/** A catalog service found in the project. */
export interface Detection {
  serviceId: string;
  name: string;
  /** the service's serviceCategories id (always set by detectServices) */
  category?: string;
  /** the strongest confidence among the evidence (evidence is sorted strongest first); always set by detectServices */
  confidence?: Confidence;
  /** true when every piece of evidence is a dev/test dependency */
  devOnly?: boolean;
  /** true when every piece of evidence is optional (commented-out keys only) */
  optional?: boolean;
  /** the catalog services that cover this one, nearest first ("aws" for "aws-s3"); absent when none */
  ancestors?: string[];
  evidence: Evidence[];
}

/** A dependency that looks like a third-party SDK but is not in the catalog. */
export interface Unrecognised {
  name: string;
  file: string;
  line: number;
  kind: Ecosystem;
  /** why it looked like an SDK, e.g. 'name contains "analytics"' */
  reason: string;
  /** true when it is only a dev/test dependency */
  dev?: boolean;
  /** more unrecognised packages of the same vendor scope (e.g. other @aws-sdk/ clients), listed under this one */
  others?: string[];
}

/** A kind of personal data a schema stores (a dataCategories id), with the columns that show it. */
export interface DataKindFinding {
  /** dataCategories id, e.g. "contact" */
  category: string;
  /** what was seen, e.g. ["email", "phone"] */
  kinds: string[];
  /** the columns, strongest (first seen) first: file:line and "Model.field" */
  evidence: { file: string; line: number; match: string; kind: string }[];
}

export interface ScanResult {
  services: Detection[];
  unrecognised: Unrecognised[];
  /** kinds of personal data found in schemas and models */
  dataKinds: DataKindFinding[];
  /** relative paths of the manifests and files that were read */
  filesRead: string[];
  /** manifests and folders that could not be read or parsed, with the reason (so `check` knows what it missed) */
  skipped?: { file: string; reason: string }[];
}
