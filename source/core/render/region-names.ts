// English country names for ISO 3166 codes. From source they come from Intl.DisplayNames, created
// on first use; the bundle replaces this module with the table the build made with it
// (scripts/compiled-data-plugin.mjs): loading ICU's region data cost ~28 ms of every start.
let names: Intl.DisplayNames | undefined;

/** "US" -> "United States"; undefined for a code that names no region. */
export function regionName(code: string): string | undefined {
  names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return names.of(code);
}

/** Every two-letter code that names a region, with its name (the table the build ships). */
export function regionTable(): Record<string, string> {
  const table: Record<string, string> = {};
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      try {
        const name = regionName(a + b);
        if (name) table[a + b] = name;
      } catch {
        // not a code Intl accepts: left out, as regionName would throw for it
      }
    }
  }
  return table;
}
