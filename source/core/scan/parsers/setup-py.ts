import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { TextLines, numberedLines } from '../text-lines.js';
import { isDevGroupName, requirementName } from './python-names.js';

const STRING = /(['"])((?:(?!\1)[^\\\n]|\\.)*)\1/g;

/**
 * setup.py: the string literals of `install_requires=[...]`, `tests_require=[...]` (dev) and each
 * list of `extras_require={...}` (dev when the extra is named for tests or docs). setup.py is code;
 * reading the literals covers the way nearly every project writes it.
 */
export const parseSetupPy: ManifestParser = (text) => {
  const lines = new TextLines(text);
  const found: DeclaredName[] = [];
  const addList = (start: number, dev: boolean) => {
    const end = text.indexOf(']', start);
    const body = text.slice(start, end === -1 ? undefined : end);
    for (const match of body.matchAll(STRING)) {
      const name = requirementName(match[2] ?? '');
      if (name) found.push({ kind: 'pypi', name, line: lines.lineAt(start + match.index), ...(dev ? { dev } : {}) });
    }
  };
  for (const match of text.matchAll(/\b(install_requires|tests_require|setup_requires)\s*=\s*\[/g)) {
    addList(match.index + match[0].length, match[1] !== 'install_requires');
  }
  const extras = /\bextras_require\s*=\s*\{/.exec(text);
  if (extras) {
    const start = extras.index + extras[0].length;
    const end = text.indexOf('}', start);
    const body = text.slice(start, end === -1 ? undefined : end);
    for (const group of body.matchAll(/(['"])([\w.-]+)\1\s*:\s*\[/g)) {
      addList(start + group.index + group[0].length, isDevGroupName(group[2] ?? ''));
    }
  }
  return found;
};

/** setup.cfg: `install_requires` under [options] and each key of [options.extras_require], one requirement per line. */
export const parseSetupCfg: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  let section = '';
  let listDev: boolean | undefined;
  for (const { line, text: raw } of numberedLines(text)) {
    const code = raw.replace(/(^|\s)[#;].*$/, '');
    const header = /^\s*\[([^\]]+)\]/.exec(code)?.[1];
    if (header) {
      section = header.trim();
      listDev = undefined;
      continue;
    }
    const assignment = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(code);
    if (assignment) {
      const [, key = '', value = ''] = assignment;
      listDev =
        section === 'options' && key === 'install_requires' ? false
        : section === 'options' && key === 'tests_require' ? true
        : section === 'options.extras_require' ? isDevGroupName(key)
        : undefined;
      if (listDev !== undefined) addRequirement(found, value, line, listDev);
      continue;
    }
    if (listDev !== undefined && /^\s+\S/.test(code)) addRequirement(found, code, line, listDev);
  }
  return found;
};

function addRequirement(found: DeclaredName[], spec: string, line: number, dev: boolean): void {
  const name = spec.trim() ? requirementName(spec) : undefined;
  if (name) found.push({ kind: 'pypi', name, line, ...(dev ? { dev } : {}) });
}
