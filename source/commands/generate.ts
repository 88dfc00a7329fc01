// `privacy-wizard generate`: writes the policy and checklist from saved answers. Never loads Ink.
import { relative } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { EXIT } from '../core/errors.js';
import { AnswersStore } from '../store/answers-store.js';
import { computeOutputs, loadEngine, today, versionsChanged, writeOutputs } from '../project.js';
import { summary } from './format-findings.js';
import { loadProject } from './load-project.js';
import { paint } from './style.js';

export async function generateCommand(options: GlobalOptions): Promise<number> {
  const { location, file } = loadProject(options);
  const outputs = computeOutputs(loadEngine(), file, location, { today: today(), format: options.format });
  const show = (path: string) => relative(location.root, path).split('\\').join('/');

  const handEdited = [outputs.policy, outputs.checklist].filter((o) => o.existing?.handEdited && o.changed);
  if (handEdited.length > 0 && !options.force) {
    for (const o of handEdited) {
      process.stderr.write(
        `${show(o.path)} was edited by hand, so it was not overwritten.\n` +
          '  fix: move the change into the answers (npx privacy-wizard) and run generate again,\n' +
          '       or run `privacy-wizard generate --force` to replace your edits.\n',
      );
    }
    return EXIT.problem;
  }
  // The version record goes first: a policy on disk is never newer than the record of its versions.
  if (versionsChanged(file, outputs)) AnswersStore.open(location).setPolicyVersions(outputs.versions);
  const written = await writeOutputs(outputs, 'overwrite');
  if (options.format && options.format !== file.format) AnswersStore.open(location).setFormat(options.format);

  for (const o of [outputs.policy, outputs.checklist]) {
    process.stdout.write(`${written.includes(o.path) ? paint('green', '✔ wrote') : '· unchanged'} ${show(o.path)}\n`);
  }
  process.stdout.write(`Last updated: ${outputs.lastUpdated}. Audit: ${summary(outputs.audit)}\n`);
  if (outputs.audit.counts.error > 0) {
    process.stdout.write('Run `privacy-wizard audit` to see the errors, and answer them before you publish.\n');
    return EXIT.problem;
  }
  return EXIT.ok;
}
