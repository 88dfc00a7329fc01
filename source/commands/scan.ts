// `privacy-wizard scan`: prints the third-party services detected in the project.
// Non-interactive, so it must never import Ink or React.
import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { EXIT } from '../core/errors.js';
import { loadCatalog } from '../core/catalog/load.js';
import { detectServices } from '../core/scan/detect.js';
import { formatScanReport } from '../core/scan/format-report.js';
import { labelOf, loadVocabulary } from '../core/vocabulary/load.js';

/** Exit 0 whatever it finds (findings are for `check` to judge); a bad --cwd throws a UsageError (exit 2). */
export async function scanCommand(options: GlobalOptions): Promise<number> {
  const root = resolve(options.cwd);
  const result = await detectServices(root, loadCatalog());
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const vocabulary = loadVocabulary();
    process.stdout.write(
      formatScanReport(result, root, (id) => labelOf(vocabulary.serviceCategories, id), (id) => labelOf(vocabulary.dataCategories, id)),
    );
  }
  return EXIT.ok;
}
