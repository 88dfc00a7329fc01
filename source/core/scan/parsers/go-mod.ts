import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { numberedLines } from '../text-lines.js';

/** go.mod: `require path version` lines and `require ( ... )` blocks (indirect ones too: they are linked in). */
export const parseGoMod: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  let inRequireBlock = false;
  for (const { line, text: raw } of numberedLines(text)) {
    const code = raw.replace(/\/\/.*$/, '').trim();
    if (inRequireBlock) {
      if (code === ')') inRequireBlock = false;
      else addModule(found, code, line);
    } else if (/^require\s*\($/.test(code)) {
      inRequireBlock = true;
    } else if (code.startsWith('require ')) {
      addModule(found, code.slice('require '.length), line);
    }
  }
  return found;
};

function addModule(found: DeclaredName[], code: string, line: number): void {
  const path = /^"?([^\s"]+)"?\s+v/.exec(code)?.[1];
  if (path) found.push({ kind: 'go', name: path, line });
}
