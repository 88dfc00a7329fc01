import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { firstQuotedArgument, rubyLines } from './ruby-blocks.js';

/** Podfile: `pod` lines; dev when inside a test target (`target 'AppTests' do`). */
export const parsePodfile: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, code, blocks } of rubyLines(text)) {
    const name = firstQuotedArgument(code, 'pod');
    if (!name) continue;
    const dev = blocks.some((b) => /^target\s*\(?\s*['"][^'"]*(Tests|Specs)['"]/.test(b));
    found.push({ kind: 'cocoapods', name, line, ...(dev ? { dev } : {}) });
  }
  return found;
};
