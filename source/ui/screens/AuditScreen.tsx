import { useState } from 'react';
import { recordItems } from '../../core/suggest/index.js';
import { suggestContext } from '../session.js';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import type { Finding, Severity } from '../../core/audit/types.js';
import type { Outputs } from '../../project.js';
import type { Session } from '../session.js';
import { Footer, Title } from '../components/Footer.js';
import { Menu, type MenuItem } from '../components/Menu.js';
import { clampRows, plural, rowsOf, wrapText } from '../text.js';
import { loadPhrases } from '../../core/render/engine.js';

interface AuditProps {
  session: Session;
  outputs?: Outputs | undefined;
  error?: Error | undefined;
  width: number;
  height: number;
  /** `cell`: the row and field of a table the finding is about, when it names one */
  /** `index`: the finding's place in the list, so the list can come back to it (`initialIndex`) */
  onFix(questionId: string, cell?: { item: string; field: string }, index?: number): void;
  /** the finding to start on: the one fixed last, or the one now in its place */
  initialIndex?: number | undefined;
  /** whether a question can be opened now (it is shown for the current answers) */
  canOpen?(questionId: string): boolean;
  onContinue(): void;
  onWrite?(): void;
  onSections(): void;
  onBack(): void;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];
const HEADINGS: Record<Severity, string> = { error: '✗ Errors (must fix)', warning: '! Warnings', info: 'i Notes' };
const CONTINUE = 'continue';

/** The findings grouped by severity; Enter on one opens the question that fixes it. */
export function AuditScreen({ session, outputs, error, width, height, onFix, initialIndex, canOpen = () => true, onContinue, onWrite, onSections, onBack }: AuditProps) {
  const fixOf = (f: Finding) => f.fix.find((id) => session.engine.bank.byId.has(id) && canOpen(id));
  const [highlighted, setCurrent] = useState<string | undefined>(undefined);
  useInput((input, key) => {
    if (key.escape) onBack();
    else if (input === 'p') onContinue();
    else if (input === 'w' && onWrite) onWrite();
    else if (input === 's') onSections();
  });
  if (!outputs) {
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Title text="Audit" />
        <Text color="red" wrap="wrap">
          {error ? `The audit could not run: ${error.message}` : 'Checking your answers…'}
        </Text>
        <Footer width={width} keys={['esc back']} />
      </Box>
    );
  }
  const { findings, counts } = outputs.audit;
  const sorted = ORDER.flatMap((s) => findings.filter((f) => f.severity === s));
  const byKey = new Map(sorted.map((f, i) => [`${i}`, f]));
  // back from a fix: on the finding just fixed, or the next one when it is gone
  const start = initialIndex !== undefined && sorted.length > 0 ? `${Math.min(initialIndex, sorted.length - 1)}` : CONTINUE;
  const current = highlighted ?? start;
  const items: MenuItem[] = [
    { value: CONTINUE, label: counts.error > 0 ? 'Continue to the preview anyway →' : 'Continue to the preview →' },
    ...sorted.map((f, i) => ({
      value: `${i}`,
      heading: i === 0 || sorted[i - 1]?.severity !== f.severity ? HEADINGS[f.severity] : undefined,
      label: rowLabel(f),
    })),
  ];
  const laws = Object.entries(outputs.audit.laws)
    .filter(([, a]) => a.applies === true)
    .map(([law]) => loadPhrases().laws[law] ?? law);
  const selected = byKey.get(current);
  // Long text wraps where there is room: the laws line takes up to 3 rows, the detail (citation,
  // message, fix) as many as it needs once the menu has its rows (at least 3).
  const lawsText = `Laws that apply: ${laws.length > 0 ? laws.join(', ') : 'none identified yet'}`;
  const lawsRows = Math.min(rowsOf(lawsText, width), height >= 22 ? 3 : height >= 18 ? 2 : 1);
  const menuNeeds = items.reduce((n, i) => n + (i.heading ? 2 : 1), 0);
  const fixText = selected ? (fixOf(selected) ? `Fix (enter): ${session.engine.bank.byId.get(fixOf(selected)!)?.prompt}` : 'No question here fixes this; see the checklist.') : '';
  const detailText = selected ? `${selected.citation}: ${selected.message}` : 'Enter on a finding opens the question that fixes it; you come back here after answering.';
  const fixRows = selected ? Math.min(2, rowsOf(fixText, width)) : 0;
  const wanted = 1 + rowsOf(detailText, width) + fixRows;
  const room = height - 3 - lawsRows - Math.min(menuNeeds, Math.max(3, Math.floor((height - 3 - lawsRows) / 2)));
  const detailRows = Math.max(height >= 22 ? 5 : 4, Math.min(wanted, room));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="Audit" detail={`${plural(counts.error, 'error')} · ${plural(counts.warning, 'warning')} · ${plural(counts.info, 'note')}`} />
      <Text dimColor wrap="wrap">
        {wrapText(clampRows(lawsText, width, lawsRows), width)}
      </Text>
      <Box flexGrow={1}>
        <Menu items={items} width={width} height={Math.max(3, height - 3 - lawsRows - detailRows)} initial={start} onSelect={(v) => select(v)} onHighlight={setCurrent} />
      </Box>
      <Box flexDirection="column" height={detailRows} borderStyle="single" borderDimColor borderLeft={false} borderRight={false} borderBottom={false}>
        {selected ? (
          <>
            <Text wrap="wrap">{wrapText(clampRows(detailText, width, detailRows - 1 - fixRows), width)}</Text>
            <Text wrap="wrap" color="cyan">
              {wrapText(clampRows(fixText, width, fixRows), width)}
            </Text>
          </>
        ) : (
          <Text wrap="wrap">Enter on a finding opens the question that fixes it; you come back here after answering.</Text>
        )}
      </Box>
      <Footer width={width} keys={['↑↓ move', 'enter fix / continue', 'p preview', onWrite && 'w write', 's sections', 'esc back']} />
    </Box>
  );

  function select(value: string) {
    if (value === CONTINUE) return onContinue();
    const finding = byKey.get(value);
    const fix = finding ? fixOf(finding) : undefined;
    if (fix) onFix(fix, finding ? cellOf(finding, fix) : undefined, Number(value));
  }

  /** A finding about one table cell, named by its row and field ("Missing: Name and username · Must people provide it?"). */
  function rowLabel(f: Finding): string {
    const questionId = f.fix[0];
    const cell = questionId ? cellOf(f, questionId) : undefined;
    // a rule's own message says more than a rule id would ("Intercom sets cookies, but its vendor does not say…")
    if (!cell || !questionId || (f.ruleId !== 'NOT-SURE' && f.ruleId !== 'REQUIRED-ANSWER')) return f.message;
    const q = session.engine.bank.byId.get(questionId)!;
    const item = recordItems(q, suggestContext(session, session.store.answers())).find((i) => i.key === cell.item)?.label ?? cell.item;
    const field = q.fields?.find((x) => x.id === cell.field)?.prompt ?? cell.field;
    const kind = f.ruleId === 'NOT-SURE' ? 'Not sure yet' : 'Missing';
    return `${kind}: ${item} · ${field}`;
  }

  /** The table cell a finding is about, when it is one of this question's fields. */
  function cellOf(finding: Finding, questionId: string): { item: string; field: string } | undefined {
    const q = session.engine.bank.byId.get(questionId);
    const cell = finding.cell;
    if (q?.type !== 'records' || !cell || finding.fix[0] !== questionId || !q.fields?.some((f) => f.id === cell.field)) return undefined;
    return cell;
  }
}

