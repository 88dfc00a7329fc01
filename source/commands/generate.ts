// `privacy-wizard generate`: writes the policy, checklist and the other documents the product needs
// from saved answers, no prompts. Never loads Ink.
import { relative } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { loadCatalog } from '../core/catalog/load.js';
import { EXIT, UsageError } from '../core/errors.js';
import { detectServices } from '../core/scan/detect.js';
import { inlineSafe } from '../core/terminal-text.js';
import { documentIds } from '../documents/registry.js';
import { AnswersStore } from '../store/answers-store.js';
import { cleanStaleTemps } from '../store/safe-write.js';
import { computeOutputs, leftoverDocuments, leftoverPolicy, loadEngine, pickFiles, today, versionsChanged, writeOutputs, type Outputs } from '../project.js';
import { summary } from './format-findings.js';
import { loadProject } from './load-project.js';
import { paint } from './style.js';

export async function generateCommand(options: GlobalOptions): Promise<number> {
  const { location, file } = loadProject(options);
  // temp files a killed run left beside answers.json, even when this run has nothing to write
  cleanStaleTemps(location.dir);
  // The documents read the code as the wizard, audit and check do: an advertising SDK the answers
  // do not declare keeps "we do not sell or share" out of the policy, and an undeclared service is a
  // checklist task. Without the scan, generate would write what check then calls stale.
  const scan = await detectServices(location.root, loadCatalog());
  const outputs = computeOutputs(loadEngine(), file, location, { today: today(), format: options.format, scan });
  const files = selected(outputs, options);
  const show = (path: string) => relative(location.root, path).split('\\').join('/');

  // Each file on its own: a hand-edited checklist does not hold back the policy, and
  // --force is needed only to replace the file that was edited.
  const handEdited = files.filter((o) => o.existing?.handEdited && o.changed);
  // A policy kept because it was edited by hand gets no new version.
  const policyKept = handEdited.includes(outputs.policy) && !options.force;
  const written = await writeOutputs(outputs, options.force ? 'overwrite' : 'keep', files);
  // The version record is saved once the policy it describes is on disk: a write that fails leaves
  // answers.json as it was (a policy written without its record is re-recorded on the next run).
  // generate records bookkeeping only (the answers are on disk): a conflict leaves no side file
  const store = () => AnswersStore.open(location, { keepUnsaved: false });
  if (!policyKept && written.includes(outputs.policy.path) && versionsChanged(file, outputs)) store().setPolicyVersions(outputs.versions);
  const records = files.filter((o) => o.record && written.includes(o.path)).map((o) => o.record!);
  if (records.length > 0) store().setGeneratedFiles(records);
  if (options.format && options.format !== file.format) store().setFormat(options.format);
  if (handEdited.length > 0 && !options.force) {
    for (const o of handEdited) {
      process.stderr.write(
        `${show(o.path)} was edited by hand, so it was not overwritten.\n` +
          '  fix: move the change into the answers (npx privacy-wizard) and run generate again,\n' +
          '       or run `privacy-wizard generate --force` to replace your edits.\n',
      );
    }
  }
  for (const o of files) {
    const state = written.includes(o.path) ? paint('green', '✔ wrote') : handEdited.includes(o) && !options.force ? '✖ kept (edited by hand)' : '· unchanged';
    process.stdout.write(`${state} ${inlineSafe(show(o.path))}\n`);
  }
  process.stdout.write(`Last updated: ${outputs.lastUpdated}. Audit: ${summary(outputs.audit)}\n`);
  const leftover = leftoverPolicy(location.dir, options.format ?? file.format);
  if (leftover) process.stdout.write(`Note: ${inlineSafe(show(leftover))} is the policy in the format you used before; it is no longer updated, so delete it once you publish ${inlineSafe(show(outputs.policy.path))}.\n`);
  for (const path of leftoverDocuments(location.dir, outputs, file))
    process.stdout.write(`Note: ${inlineSafe(show(path))} was written by an earlier run and is no longer updated (unticked, another format, or written elsewhere now); delete it, or tick it again in the write step.\n`);
  if (handEdited.length > 0 && !options.force) return EXIT.problem;
  if (outputs.audit.counts.error > 0) {
    process.stdout.write('Run `privacy-wizard audit` to see the errors, and answer them before you publish.\n');
    return EXIT.problem;
  }
  return EXIT.ok;
}

/** The files --only/--skip leave; an id that is unknown, or not a document of this product, is a usage error. */
function selected(outputs: Outputs, options: GlobalOptions) {
  const known = documentIds();
  const here = outputs.files.map((o) => o.id);
  for (const flag of ['only', 'skip'] as const) {
    for (const id of options[flag] ?? []) {
      if (!known.includes(id)) {
        throw new UsageError(`unknown document "${id}"`, { field: `--${flag}`, fix: `use one or more of: ${known.join(', ')}` });
      }
      if (flag === 'only' && !here.includes(id)) {
        throw new UsageError(`"${id}" is not one of this product's documents (${here.join(', ')})`, {
          field: '--only',
          fix: `add it in the wizard's write step, or set "documents": { "${id}": true } in privacy/answers.json`,
        });
      }
    }
  }
  return pickFiles(outputs, options.only, options.skip);
}
