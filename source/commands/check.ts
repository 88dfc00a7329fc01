// `privacy-wizard check [--json]`: the CI gate. Exit 1 when the outputs on disk are
// stale or hand-edited, a detected service is undeclared, or the audit has errors.
import { relative } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { loadCatalog } from '../core/catalog/load.js';
import { EXIT } from '../core/errors.js';
import { inlineSafe, safeJson } from '../core/terminal-text.js';
import { detectServices } from '../core/scan/detect.js';
import { computeOutputs, loadEngine, today, undeclaredServices, type OutputFile } from '../project.js';
import { summary } from './format-findings.js';
import { loadProject } from './load-project.js';
import { paint } from './style.js';

export interface Problem {
  kind: 'undeclared-service' | 'missing-output' | 'stale-output' | 'hand-edited' | 'audit-errors' | 'unscanned-file';
  message: string;
  /** file (relative to the project root) and line that prove it, where there is one */
  file?: string;
  line?: number;
  service?: string;
  fix: string;
}

export async function checkCommand(options: GlobalOptions): Promise<number> {
  const { location, file } = loadProject(options);
  const engine = loadEngine();
  const scan = await detectServices(location.root, loadCatalog());
  const outputs = computeOutputs(engine, file, location, { today: today(), scan });
  const rel = (path: string) => relative(location.root, path).split('\\').join('/');
  const problems: Problem[] = [];

  for (const detection of undeclaredServices(file, scan, engine.catalog)) {
    const proof = detection.evidence[0];
    problems.push({
      kind: 'undeclared-service',
      service: detection.serviceId,
      file: proof?.file,
      line: proof?.line,
      message: `${detection.name} is used (${proof ? `${proof.file}:${proof.line}` : 'detected'}) but the answers neither declare nor dismiss it.`,
      fix: 'run `npx privacy-wizard` and declare it in "Services and sharing" (or dismiss it there with a reason), then commit privacy/',
    });
  }
  // A file the scan could not read may use a service the answers do not declare: check cannot pass blind.
  for (const skip of scan.skipped ?? []) {
    problems.push({
      kind: 'unscanned-file',
      file: skip.file,
      message: `Could not scan ${skip.file}: ${skip.reason}. check cannot tell which services it uses.`,
      fix: 'make the file readable (or fix its syntax), or list it in .gitignore if it is not part of the product',
    });
  }
  for (const out of [outputs.policy, outputs.checklist]) problems.push(...outputProblems(out, rel(out.path)));
  if (outputs.audit.counts.error > 0) {
    problems.push({
      kind: 'audit-errors',
      message: `The audit found ${outputs.audit.counts.error} error(s): a required disclosure is missing or the answers contradict the law.`,
      fix: 'run `npx privacy-wizard audit` to see them, then answer the questions it names',
    });
  }

  if (options.json) {
    process.stdout.write(safeJson({ ok: problems.length === 0, answers: rel(location.answersPath), problems, audit: outputs.audit.counts, findings: outputs.audit.findings }));
  } else if (problems.length === 0) {
    process.stdout.write(`${paint('green', '✔')} privacy policy and checklist match the answers and the code. Audit: ${summary(outputs.audit)}\n`);
  } else {
    process.stdout.write(`${paint('red', '✖')} privacy-wizard check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n`);
    for (const p of problems) process.stdout.write(`  • ${inlineSafe(p.message)}\n    fix: ${inlineSafe(p.fix)}\n`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.problem;
}

function outputProblems(out: OutputFile, name: string): Problem[] {
  if (!out.existing) {
    return [{ kind: 'missing-output', file: name, message: `${name} has not been written yet.`, fix: 'run `npx privacy-wizard generate` and commit the result' }];
  }
  if (out.existing.handEdited) {
    return [{
      kind: 'hand-edited',
      file: name,
      message: `${name} was edited by hand; the next generate would not overwrite it.`,
      fix: 'move the change into the answers (npx privacy-wizard), then run `npx privacy-wizard generate --force`',
    }];
  }
  if (out.changed) {
    return [{ kind: 'stale-output', file: name, message: `${name} is out of date with the answers.`, fix: 'run `npx privacy-wizard generate` and commit the result' }];
  }
  return [];
}
