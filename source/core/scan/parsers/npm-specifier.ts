// CDNs that serve npm packages by name: https://esm.sh/stripe@17, https://cdn.jsdelivr.net/npm/x@1/...
const NPM_CDN = /^https?:\/\/(?:esm\.sh|cdn\.skypack\.dev|unpkg\.com|esm\.run|cdn\.jsdelivr\.net\/npm|jspm\.dev|ga\.jspm\.io\/npm:)\/?(?:v\d+\/)?((?:@[^/@?]+\/)?[^/@?]+)/;

/**
 * The npm (or JSR) package an import specifier names, or undefined for relative paths, Node
 * built-ins, aliases and other URLs: "stripe/lib/x" -> "stripe", "@sentry/node" -> "@sentry/node",
 * "npm:openai@4" -> "openai", "jsr:@std/path" -> "@std/path", "https://esm.sh/posthog-js@1" -> "posthog-js".
 */
export function npmNameOfSpecifier(specifier: string): string | undefined {
  let spec = specifier.trim();
  const cdn = NPM_CDN.exec(spec);
  if (cdn) return cdn[1];
  if (spec.startsWith('npm:') || spec.startsWith('jsr:')) spec = spec.slice(4).replace(/^\//, '');
  else if (/^[a-z]+:/i.test(spec)) return undefined; // node:, https:, data:, virtual: ...
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*/i.test(spec)) return undefined; // ./x, ../x, ~/x, @/x, #x
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : parts[0]!;
  return name.replace(/(?<=.)@.*$/, '');
}
