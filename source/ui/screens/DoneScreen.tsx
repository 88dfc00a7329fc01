import { readFileSync } from 'node:fs';
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { useInput } from '../hooks/use-terminal-input.js';
import { CHECKLIST_FILE } from '../../project.js';
import type { Session } from '../session.js';
import { openItems } from '../checklist-summary.js';
import { Footer, Title } from '../components/Footer.js';
import { shortPath } from '../text.js';

interface DoneProps {
  session: Session;
  written: string[];
  width: number;
  height: number;
  onQuit(): void;
}

/** The paths written and what the team must still do, by group. */
export function DoneScreen({ session, written, width, height, onQuit }: DoneProps) {
  useInput((input, key) => {
    if (key.return || key.escape || input === 'q') onQuit();
  });
  const groups = useMemo(() => {
    try {
      return openItems(readFileSync(`${session.location.dir}/${CHECKLIST_FILE}`, 'utf8'));
    } catch {
      return [];
    }
  }, [session, written]);
  const rel = (p: string) => shortPath(p, session.location.root);
  // Rows left for the checklist after the title, the paths, the spacing and the closing lines.
  let budget = height - 6 - Math.max(1, written.length) - 2;
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Title text="Done" detail={written.length > 0 ? `${written.length} ${written.length === 1 ? 'file' : 'files'} written` : 'nothing needed writing'} />
      <Box flexDirection="column" marginTop={1}>
        {written.length > 0 ? written.map((p) => <Text key={p} wrap="truncate-end">✔ {rel(p)}</Text>) : <Text>The files on disk were already up to date.</Text>}
      </Box>
      <Box flexDirection="column" marginTop={1} flexGrow={1} overflow="hidden">
        <Text bold>Still to do ({total} open items in {CHECKLIST_FILE}):</Text>
        {groups.map((g) => {
          if (budget < 2) return null;
          const shown = g.items.slice(0, Math.min(g.items.length, Math.max(1, Math.min(3, budget - 1))));
          budget -= shown.length + 1 + (g.items.length > shown.length ? 1 : 0);
          return (
            <Box key={g.group} flexDirection="column">
              <Text wrap="truncate-end" color="cyan">{g.group} ({g.items.length})</Text>
              {shown.map((item, i) => (
                <Text key={i} wrap="truncate-end">  ☐ {item}</Text>
              ))}
              {g.items.length > shown.length ? <Text dimColor>  … {g.items.length - shown.length} more</Text> : null}
            </Box>
          );
        })}
      </Box>
      <Text dimColor wrap="wrap">Run `npx privacy-wizard` again after you change the product; add `npx privacy-wizard check` to CI.</Text>
      <Footer width={width} keys={['enter quit']} />
    </Box>
  );
}
