// Parsers return nothing for a manifest that does not parse (a half-edited file must not stop
// the scan), but the scan must say so: they note the reason here, and detect.ts collects it
// per file into the result's `skipped` list.

let current: string[] | undefined;

/** Notes why the manifest being parsed could not be read (called from a parser's catch). */
export function noteParseProblem(reason: string): void {
  current?.push(reason.split('\n')[0]!.slice(0, 200));
}

/** Runs a parse and returns what it noted. */
export function withParseProblems<T>(parse: () => T): { result: T; problems: string[] } {
  const previous = current;
  const problems: string[] = [];
  current = problems;
  try {
    return { result: parse(), problems };
  } finally {
    current = previous;
  }
}
