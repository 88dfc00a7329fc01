import type { Ecosystem } from '../catalog/types.js';

/** Where a detection was proven: a file (relative, POSIX separators) and 1-based line. */
export interface Evidence {
  file: string;
  line: number;
  /** 'env' for .env.example keys, 'html' for script tags/snippets */
  kind: Ecosystem | 'env' | 'html';
  /** the package name, env key or snippet that matched */
  match: string;
  /** true when only a dev/test dependency proves it */
  dev?: boolean;
}

/** A catalog service found in the project. */
export interface Detection {
  serviceId: string;
  name: string;
  /** the service's serviceCategories id (always set by detectServices) */
  category?: string;
  /** true when every piece of evidence is a dev/test dependency */
  devOnly?: boolean;
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

export interface ScanResult {
  services: Detection[];
  unrecognised: Unrecognised[];
  /** relative paths of the manifests and files that were read */
  filesRead: string[];
  /** manifests and folders that could not be read or parsed, with the reason (so `check` knows what it missed) */
  skipped?: { file: string; reason: string }[];
}
