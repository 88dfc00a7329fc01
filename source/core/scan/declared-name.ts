import type { Ecosystem } from '../catalog/types.js';
import type { DeployKind } from './identifier-key.js';
import type { Confidence } from './types.js';

/** A name a manifest declares (package, module, env key, deploy signal), before it is matched against the catalog. */
export interface DeclaredName {
  kind: Ecosystem | 'env' | DeployKind;
  name: string;
  /** 1-based line in the manifest */
  line: number;
  /** declared only for development or tests */
  dev?: boolean;
  /** the project's own package (workspace:, file:, link:, an app's own config): never an unknown SDK */
  internal?: boolean;
  /** a commented-out key: documents an optional integration */
  optional?: boolean;
  /** weaker than the default for its kind (a Procfile names no host by itself) */
  confidence?: Confidence;
  /**
   * a vendor the line names besides the key, matched against catalog ids and names when the key
   * itself matches no service (the 1Password item of DB_HOST="op://app/neon/server")
   */
  vendor?: string;
  /** what the evidence cites for `vendor` ("op://app/neon") */
  vendorEvidence?: string;
  /**
   * the OAuth app key of a sign-in provider (AZURE_CLIENT_ID under "# Microsoft Entra / Azure AD
   * sign-in provider"): the provider word, looked up among the sign-in entries before the key itself
   */
  signIn?: string;
  /**
   * an image the product pushes (or the registry it logs in to): when no catalog image matches,
   * the registry's host is looked up among the vendors' hosts (rg.fr-par.scw.cloud is Scaleway's)
   */
  registry?: boolean;
}

/** Reads one manifest format. `file` is the relative path, for formats whose name carries meaning. */
export type ManifestParser = (text: string, file: string) => DeclaredName[];
