// `privacy-wizard check [--json]`: the CI gate. Exit 1 when the outputs on disk are
// stale or hand-edited, a detected service is undeclared, or the audit has errors.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { loadCatalog } from '../core/catalog/load.js';
import { EXIT } from '../core/errors.js';
import { inlineSafe, safeJson } from '../core/terminal-text.js';
import { detectServices } from '../core/scan/detect.js';
import { declaredServiceLines } from '../core/scan/declared-lines.js';
import { findDrift, type DeclaredFacts, type Drift } from '../core/scan/drift.js';
import { labelOf } from '../core/vocabulary/load.js';
import type { AnswersFile } from '../core/answers/types.js';
import { computeOutputs, loadEngine, today, type OutputFile } from '../project.js';
import { summary } from './format-findings.js';
import { loadProject } from './load-project.js';
import { paint } from './style.js';

export interface Problem {
  kind: 'undeclared-service' | 'missing-output' | 'stale-output' | 'hand-edited' | 'audit-errors' | 'unscanned-file' | Drift['kind'];
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

  // Drift both ways: undeclared services fail; possible services, declared services without
  // evidence and undeclared data kinds are warnings, which --strict turns into failures.
  const warnings: Problem[] = [];
  for (const drift of findDrift(declaredFacts(file, rel(location.answersPath), location.answersPath), scan, engine.catalog, (id) => labelOf(engine.vocabulary.dataCategories, id))) {
    (drift.severity === 'error' || options.strict ? problems : warnings).push(driftProblem(drift));
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
  for (const out of outputs.files) problems.push(...outputProblems(out, rel(out.path)));
  if (outputs.audit.counts.error > 0) {
    problems.push({
      kind: 'audit-errors',
      message: `The audit found ${outputs.audit.counts.error} error(s): a required disclosure is missing or the answers contradict the law.`,
      fix: 'run `npx privacy-wizard audit` to see them, then answer the questions it names',
    });
  }

  if (options.json) {
    process.stdout.write(safeJson({ ok: problems.length === 0, answers: rel(location.answersPath), problems, warnings, audit: outputs.audit.counts, findings: outputs.audit.findings }));
  } else {
    if (problems.length === 0) {
      process.stdout.write(`${paint('green', '✔')} ${outputs.documents.length > 0 ? 'privacy policy, checklist and documents match' : 'privacy policy and checklist match'} the answers and the code. Audit: ${summary(outputs.audit)}\n`);
    } else {
      process.stdout.write(`${paint('red', '✖')} privacy-wizard check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n`);
      for (const p of problems) process.stdout.write(`  • ${inlineSafe(p.message)}\n    fix: ${inlineSafe(p.fix)}\n`);
    }
    if (warnings.length > 0) {
      process.stdout.write(`\n${paint('yellow', '!')} ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (they fail the check with --strict):\n\n`);
      for (const w of warnings) process.stdout.write(`  • ${inlineSafe(w.message)}\n    fix: ${inlineSafe(w.fix)}\n`);
    }
  }
  return problems.length === 0 ? EXIT.ok : EXIT.problem;
}

function declaredFacts(file: AnswersFile, answersName: string, answersPath: string): DeclaredFacts {
  const used = file.answers['services.used']?.value;
  const categories = file.answers['data.categories']?.value;
  const services: string[] = Array.isArray(used) ? used : [];
  let lines: Map<string, number> | undefined;
  return {
    services,
    dismissed: Object.keys(file.dismissed ?? {}),
    dataCategories: Array.isArray(categories) ? categories : undefined,
    // Read only when a declared service has no evidence: the common passing run never needs it.
    declaredAt: (id) => {
      lines ??= declaredServiceLines(readTextOrEmpty(answersPath), services);
      const line = lines.get(id);
      return line === undefined ? undefined : { file: answersName, line };
    },
  };
}

function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

const FIX = 'run `npx privacy-wizard`, update "Services and sharing", then commit privacy/';

/** A drift as a problem or warning, naming the file:line that proves it. */
function driftProblem(drift: Drift): Problem {
  const where = drift.file ? `${drift.file}:${drift.line ?? 1}` : undefined;
  const base = { kind: drift.kind, file: drift.file, line: drift.line };
  switch (drift.kind) {
    case 'undeclared-service':
      return { ...base, service: drift.subject, message: `${drift.label} is used (${where ?? 'detected'}) but the answers neither declare nor dismiss it.`, fix: 'run `npx privacy-wizard` and declare it in "Services and sharing" (or dismiss it there with a reason), then commit privacy/' };
    case 'possible-service':
      return { ...base, service: drift.subject, message: `${drift.label} may be used (${where ?? 'detected'}: named only, e.g. a commented-out key) and is not declared.`, fix: `declare it if the product uses it, or dismiss it; ${FIX}` };
    case 'service-without-evidence':
      return { ...base, service: drift.subject, message: `${drift.label} is declared in the answers${where ? ` (${where})` : ''}, but the code shows no sign of it (no dependency, import, key, URL or deploy file).`, fix: `remove it from "Services and sharing" if the product no longer uses it, or keep it if it is used outside the code; ${FIX}` };
    case 'undeclared-data':
      return { ...base, message: `The schema stores ${drift.label} (${where ?? 'schema'}) but the answers do not list that kind of personal data.`, fix: 'run `npx privacy-wizard` and add it in "Personal data you collect", then commit privacy/' };
  }
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
