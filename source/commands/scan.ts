// `privacy-wizard scan`: prints the third-party services detected in the project.
// Non-interactive, so it must never import Ink or React.
import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { EXIT } from '../core/errors.js';
import { inlineSafe, safeJson, terminalSafe } from '../core/terminal-text.js';
import { loadCatalog } from '../core/catalog/load.js';
import { detectServices } from '../core/scan/detect.js';
import { formatScanReport } from '../core/scan/format-report.js';
import { labelOf, loadVocabulary } from '../core/vocabulary/load.js';
import type { ScanResult } from '../core/scan/types.js';

/** One warning line per file or folder the scan could not read or parse. */
export function skippedWarnings(result: ScanResult): string[] {
  return (result.skipped ?? []).map((s) => `warning: skipped ${inlineSafe(s.file)}: ${inlineSafe(s.reason)}`);
}

/** Exit 0 whatever it finds (findings are for `check` to judge); a bad --cwd throws a UsageError (exit 2). */
export async function scanCommand(options: GlobalOptions): Promise<number> {
  const root = resolve(options.cwd);
  const result = await detectServices(root, loadCatalog());
  if (options.json) {
    process.stdout.write(safeJson(result));
  } else {
    const categories = loadVocabulary().serviceCategories;
    process.stdout.write(terminalSafe(formatScanReport(result, root, (id) => labelOf(categories, id))));
    for (const line of skippedWarnings(result)) process.stderr.write(`${line}\n`);
  }
  return EXIT.ok;
}
