// Orders names as `localeCompare(other, 'en')` does, for sorting services by name. From source this
// is localeCompare itself; the bundle replaces this module (scripts/compiled-data-plugin.mjs) with
// one that compares catalog names by their place in a table the build sorted with these very
// functions, and calls localeCompare only for other names: creating ICU's collator costs ~16 ms,
// a tenth of a `check`, and detected services are always catalog names.

/** `a.localeCompare(b, 'en')` */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

/** `a.localeCompare(b, 'en', { sensitivity: 'base' })`: case and accents ignored. */
export function compareNamesIgnoringCase(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}

/** Each name with its rank under `compare` (equal names share a rank): the table the build ships. */
export function nameRanks(names: readonly string[], compare: (a: string, b: string) => number): [string, number][] {
  const sorted = [...new Set(names)].sort(compare);
  const ranks: [string, number][] = [];
  sorted.forEach((name, i) => {
    const previous = ranks[i - 1];
    ranks.push([name, previous && compare(sorted[i - 1]!, name) === 0 ? previous[1] : i]);
  });
  return ranks;
}
