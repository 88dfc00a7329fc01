/** Open ("- [ ]") items of a checklist, grouped under their "##" headings. */
export function openItems(markdown: string): { group: string; items: string[] }[] {
  const groups: { group: string; items: string[] }[] = [];
  let current: { group: string; items: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^#{2,3}\s+(.*)$/.exec(line);
    if (heading) {
      current = { group: heading[1]!.trim(), items: [] };
      groups.push(current);
      continue;
    }
    const item = /^\s*[-*]\s+\[ \]\s+(.*)$/.exec(line);
    if (item) {
      if (!current) {
        current = { group: 'Tasks', items: [] };
        groups.push(current);
      }
      // drop trailing ids and citations in HTML comments or parentheses of ids
      current.items.push(item[1]!.replace(/<!--.*?-->/g, '').replace(/\s*\{#[^}]*\}\s*$/, '').trim());
    }
  }
  return groups.filter((g) => g.items.length > 0);
}
