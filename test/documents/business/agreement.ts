// What "agrees with the policy" means for the cookie table, the sub-processor list and the Art. 30
// record: the same services, the same locations and safeguards, the same retention. Returns every
// disagreement found, so a failing test says what differs.
import type { Catalog } from '../../../source/core/catalog/types.js';
import type { PolicyFacts } from '../../../source/core/facts/types.js';
import { bare } from '../../../source/core/render/views/context.js';
import { escapeMarkdown } from '../../../source/core/render/markdown-escape.js';
import { cookieTable, cookieServices } from '../../../source/documents/cookies/table.js';
import { buildRecords } from '../../../source/documents/records/model.js';
import { actsAsProcessor, subprocessorRows } from '../../../source/documents/subprocessors/list.js';

/** The policy's table rows, as cells, by their first cell. */
function policyRows(policy: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of policy.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| ---')) continue;
    const cells = line.slice(2, -2).split(' | ');
    if (!rows.has(cells[0]!)) rows.set(cells[0]!, cells);
  }
  return rows;
}

export function disagreements(facts: PolicyFacts, policy: string, catalog: Catalog): string[] {
  const out: string[] = [];
  const rows = policyRows(policy);
  const hasSafeguardColumn = /\| Where it processes data \| Transfer safeguard \|/.test(policy);

  // Sub-processors: each is a service provider row of the policy with the same location and safeguard.
  if (actsAsProcessor(facts)) {
    for (const r of subprocessorRows(facts)) {
      const cells = rows.get(escapeMarkdown(r.name));
      if (!cells) {
        out.push(`sub-processor ${r.name} is not in the policy's sharing table`);
        continue;
      }
      if (cells[1] !== escapeMarkdown(r.purposes) && r.purposes !== '—') out.push(`${r.name}: purposes differ`);
      if (cells[2] !== escapeMarkdown(r.data) && r.data !== '—') out.push(`${r.name}: data differ`);
      if (cells[3] !== (r.location === '—' ? '—' : escapeMarkdown(r.location))) out.push(`${r.name}: location ${cells[3]} vs ${r.location}`);
      if (hasSafeguardColumn && cells[4] !== (r.safeguard === '—' ? '—' : escapeMarkdown(r.safeguard))) out.push(`${r.name}: safeguard ${cells[4]} vs ${r.safeguard}`);
    }
    const processors = facts.services.filter((s) => s.role === 'processor').map((s) => s.name);
    const listed = subprocessorRows(facts).map((r) => r.name);
    if (processors.join('|') !== listed.join('|')) out.push(`sub-processors ${listed} vs the policy's service providers ${processors}`);
  }

  // Record: every recipient is named in the policy; every retention period is the policy's.
  const records = buildRecords(facts);
  for (const a of records.activities) {
    for (const s of facts.services.filter((x) => x.purposes.some((p) => upper(a.purpose, facts, p))))
      if (!policy.includes(escapeMarkdown(s.name))) out.push(`record recipient ${s.name} is not in the policy`);
  }
  for (const d of facts.data) {
    if (d.retention && !policy.includes(escapeMarkdown(bare(d.retention)!))) out.push(`retention of ${d.id} (${d.retention}) is not the policy's`);
  }
  for (const s of facts.services) {
    const cells = rows.get(escapeMarkdown(s.name));
    const mentioned = records.activities.some((a) => a.transfers.includes(`${s.name}: `));
    if (mentioned && hasSafeguardColumn && cells) {
      const inRecord = records.activities.map((a) => a.transfers).find((t) => t.includes(`${s.name}: `))!;
      const safeguard = new RegExp(`${escapeRegExp(s.name)}: [^;]+; safeguard: ([^;]+(?:; from [^;]+)*)`).exec(inRecord)?.[1];
      if (safeguard && escapeMarkdown(safeguard) !== cells[4] && !cells[4]!.startsWith(escapeMarkdown(safeguard))) out.push(`${s.name}: record safeguard ${safeguard} vs policy ${cells[4]}`);
    }
  }

  // Cookies: the table names exactly the services the policy says set cookies.
  const inTable = new Set(cookieTable(facts, catalog).flatMap((g) => [...g.cookies.map((c) => c.service), ...g.undocumented.map((u) => u.name)]).filter(Boolean));
  for (const s of cookieServices(facts)) {
    if (!s.cookieKind) continue;
    if (!inTable.has(s.id) && !inTable.has(s.name)) out.push(`cookie setter ${s.name} is missing from the cookie table`);
    if (!policy.includes(escapeMarkdown(s.name))) out.push(`cookie setter ${s.name} is not named in the policy`);
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether an activity (printed purpose label) is the purpose with this id. */
function upper(label: string, facts: PolicyFacts, id: string): boolean {
  const p = facts.purposes.find((x) => x.id === id);
  return !!p && label.toLowerCase() === p.label.toLowerCase();
}
