import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

/**
 * go.mod: `require path version` lines and `require ( ... )` blocks. Modules marked `// indirect`
 * are dependencies of dependencies: the product's own code does not call them, so they are not use.
 */
export const parseGoMod: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  let inRequireBlock = false;
  for (const { line, text: raw } of numberedLines(text)) {
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const code = raw.replace(/\/\/.*$/, '').trim();
    if (inRequireBlock) {
      if (code === ')') inRequireBlock = false;
      else if (!indirect) addModule(found, code, line);
    } else if (/^require\s*\($/.test(code)) {
      inRequireBlock = true;
    } else if (code.startsWith('require ') && !indirect) {
      addModule(found, code.slice('require '.length), line);
    }
  }
  return found;
};

function addModule(found: DeclaredName[], code: string, line: number): void {
  const path = /^"?([^\s"]+)"?\s+v/.exec(code)?.[1];
  if (path) found.push({ kind: 'go', name: path, line });
}
