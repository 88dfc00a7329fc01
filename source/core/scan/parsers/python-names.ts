/** The distribution name at the start of a PEP 508 requirement ("requests[socks]>=2; python_version>'3'"). */
export function requirementName(spec: string): string | undefined {
  return /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec)?.[1];
}

/** Dependency groups, extras and requirement files named for development, tests or docs. */
export function isDevGroupName(name: string): boolean {
  return /(^|[-_/.])(dev|develop|development|test|tests|testing|lint|linting|docs?|typing|ci|format|qa)([-_/.]|$)/i.test(name);
}
