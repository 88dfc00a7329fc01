import type { Ecosystem } from '../catalog/types.js';

/** A name a manifest declares (package, module, env key), before it is matched against the catalog. */
export interface DeclaredName {
  kind: Ecosystem | 'env';
  name: string;
  /** 1-based line in the manifest */
  line: number;
  /** declared only for development or tests */
  dev?: boolean;
}

/** Reads one manifest format. `file` is the relative path, for formats whose name carries meaning. */
export type ManifestParser = (text: string, file: string) => DeclaredName[];
