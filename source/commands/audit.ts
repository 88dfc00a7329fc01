// `privacy-wizard audit [--json]`: prints the findings. Never loads Ink.
import type { GlobalOptions } from '../cli.js';
import { loadCatalog } from '../core/catalog/load.js';
import { EXIT } from '../core/errors.js';
import { safeJson } from '../core/terminal-text.js';
import { detectServices } from '../core/scan/detect.js';
import { auditFacts, factsFor, loadEngine, today } from '../project.js';
import { formatAudit } from './format-findings.js';
import { loadProject } from './load-project.js';

export async function auditCommand(options: GlobalOptions): Promise<number> {
  const { location, file } = loadProject(options);
  const engine = loadEngine();
  const scan = await detectServices(location.root, loadCatalog());
  const audit = auditFacts(engine, factsFor(engine, file, today(), scan));
  if (options.json) {
    process.stdout.write(safeJson({ answers: location.answersPath, ...audit }));
  } else {
    process.stdout.write(formatAudit(audit));
  }
  return audit.counts.error > 0 ? EXIT.problem : EXIT.ok;
}
