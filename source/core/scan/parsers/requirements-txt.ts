import { posix } from 'node:path';
import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';
import { isDevGroupName, requirementName } from './python-names.js';

/** requirements*.txt: one requirement per line; options (-r, -e, --index-url) are skipped. */
export const parseRequirementsTxt: ManifestParser = (text, file) => {
  // requirements-dev.txt, requirements/test.txt: the file's own name says it is for development.
  const dev = isDevGroupName(posix.basename(file, '.txt'));
  const found: DeclaredName[] = [];
  for (const { line, text: raw } of numberedLines(text)) {
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!content || content.startsWith('-')) continue;
    const name = requirementName(content);
    if (name) found.push({ kind: 'pypi', name, line, ...(dev ? { dev } : {}) });
  }
  return found;
};
