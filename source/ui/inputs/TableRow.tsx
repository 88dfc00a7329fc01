import { Box, Text } from 'ink';
import type { FieldValue } from '../../core/answers/types.js';
import type { Choice, Field } from '../../core/questions/types.js';
import { cellText, shortCell } from './review-table.js';
import type { RecordItem } from './types.js';

interface TableRowProps {
  item: RecordItem;
  fields: Field[];
  values: Record<string, FieldValue> | undefined;
  choices(field: Field, item: string): Choice[];
  suggested(field: string): boolean;
  selected: boolean;
  /** the highlighted cell of the selected row */
  cell: number;
  labelWidth: number;
}

/** One row of the review table on one line: the item, then its cells; suggested values carry a "*". */
export function TableRow({ item, fields, values, choices, suggested, selected, cell, labelWidth }: TableRowProps) {
  const label = item.label.length > labelWidth ? `${item.label.slice(0, labelWidth - 1)}…` : item.label.padEnd(labelWidth);
  return (
    <Box>
      <Box flexShrink={0}>
        <Text color={selected ? 'cyan' : undefined}>{selected ? '› ' : '  '}</Text>
      </Box>
      <Text wrap="truncate-end">
        <Text color={selected ? 'cyan' : undefined}>{label}</Text>
        {fields.map((f, i) => (
          <Text key={f.id}>
            {i === 0 ? '  ' : ' · '}
            <Text inverse={selected && i === cell}>
              {/* without colours the highlighted cell is bracketed, so it stays visible */}
              {selected && i === cell && process.env.NO_COLOR ? '[' : ''}
              {shortCell(values?.[f.id], choices(f, item.key))}
              {suggested(f.id) ? '*' : ''}
              {selected && i === cell && process.env.NO_COLOR ? ']' : ''}
            </Text>
          </Text>
        ))}
      </Text>
    </Box>
  );
}

interface CellDetailProps {
  item: RecordItem;
  field: Field;
  index: number;
  count: number;
  value: FieldValue | undefined;
  choices: Choice[];
  suggested: boolean;
  width: number;
}

/** The highlighted cell in full: which field it is and its whole value, marked when it is only a suggestion. */
export function CellDetail({ item, field, index, count, value, choices, suggested }: CellDetailProps) {
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {item.label} · {index + 1} of {count} · {field.prompt}
      </Text>
      <Text wrap="truncate-end">
        {'  '}
        {cellText(value, choices)}
        {suggested ? <Text dimColor> (suggested: Enter to check or change it)</Text> : null}
      </Text>
    </Box>
  );
}
