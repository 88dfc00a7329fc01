import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

// `{:sentry, "~> 10.0"}`, `{:ex_aws_s3, github: "..."}`: a dependency tuple starting a line of the deps list.
const DEP_TUPLE = /^\s*\{\s*:([a-z_][a-z0-9_]*)\s*,/;

/** mix.exs: the `{:name, ...}` dependency tuples; dev when `only:` names :dev/:test and not :prod. */
export const parseMixExs: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const code = raw.replace(/#.*$/, '');
    const name = DEP_TUPLE.exec(code)?.[1];
    if (!name) continue;
    const only = /\bonly:\s*(\[[^\]]*\]|:\w+)/.exec(code)?.[1];
    const dev = only !== undefined && /:(dev|test)\b/.test(only) && !/:prod\b/.test(only);
    found.push({ kind: 'hex', name, line, ...(dev ? { dev } : {}) });
  }
  return found;
};

/**
 * config/*.exs: `config :sentry, dsn: ...` configures the OTP application of a dependency, which
 * is its Hex package name. The app's own `config :my_app, ...` is internal, never an unknown SDK.
 * Environment reads (System.get_env) in these files are found by the source scan.
 */
export const parseElixirConfig: ManifestParser = (text, file) => {
  const found: DeclaredName[] = [];
  const dev = /(^|\/)(dev|test)\.exs$/.test(file);
  for (const { line, text: raw } of numberedLines(text)) {
    const name = /^\s*config\s*\(?\s*:([a-z_][a-z0-9_]*)\s*,/.exec(raw.replace(/#.*$/, ''))?.[1];
    if (name) found.push({ kind: 'hex', name, line, internal: true, ...(dev ? { dev } : {}) });
  }
  return found;
};
