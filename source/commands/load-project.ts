import type { GlobalOptions } from '../cli.js';
import type { AnswersFile } from '../core/answers/types.js';
import { UsageError } from '../core/errors.js';
import { locate, type Location } from '../store/locate.js';
import { readAnswersFile } from '../store/read-answers.js';

/** The answers of the project, for commands that need them; a missing file is an error (exit 2). */
export function loadProject(options: GlobalOptions): { location: Location; file: AnswersFile } {
  const location = locate(options.cwd, options.dir);
  const file = readAnswersFile(location.answersPath);
  if (!file) {
    throw new UsageError('there is no answers file yet', {
      file: location.answersPath,
      fix: 'run `npx privacy-wizard` in the project to answer the questions (or pass --dir if you keep them elsewhere)',
    });
  }
  return { location, file };
}
