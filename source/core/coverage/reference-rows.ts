/** One row of the legal reference (docs/reference/legal-checklist.md). */
export interface ReferenceRow {
  id: string;
  section: string;
  citation: string;
  status: string;
  /** the ids a rule may use for this row: "REG-7011-e1-D/E/F" -> REG-7011-e1-D, -E, -F */
  aliases: string[];
}

const ID = /^(?:[A-Z][A-Z0-9]*(?:-[A-Za-z0-9.§]+)*|C-\d\d)(?:\s*\/\s*[A-Za-z0-9.§-]+)*$/;

/** Expands "REG-7011-e1-D/E/F" and "REG-7011-e5 / REG-7102" into single ids. */
export function expandId(id: string): string[] {
  const parts = id.split('/').map((p) => p.trim());
  const first = parts[0] ?? id;
  const stem = first.includes('-') ? first.slice(0, first.lastIndexOf('-') + 1) : '';
  return [first, ...parts.slice(1).map((p) => (p.includes('-') ? p : `${stem}${p}`))];
}

/** Parses every table row with an ID from the reference Markdown. */
export function parseReferenceRows(markdown: string): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  let section = '';
  let columns: string[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^#{2,3} (.+)$/.exec(line);
    if (heading?.[1]) {
      section = heading[1].trim();
      columns = [];
      continue;
    }
    if (!line.startsWith('|')) continue;
    const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
    if (cells[0] === 'ID') {
      columns = cells;
      continue;
    }
    if (columns.length === 0 || /^-+$/.test(cells[0] ?? '')) continue;
    const id = cells[0] ?? '';
    if (!ID.test(id)) continue;
    const at = (name: string) => cells[columns.indexOf(name)] ?? '';
    rows.push({
      id,
      section,
      citation: at('Citation') || at('Why / rule'),
      status: at('Status') || (id.startsWith('C-') ? 'Consistency check' : ''),
      aliases: expandId(id),
    });
  }
  return rows;
}
