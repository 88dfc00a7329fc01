import type { DeclaredName, ManifestParser } from '../declared-name.js';
import { firstQuotedArgument, rubyLines } from './ruby-blocks.js';

const DEV_GROUP = /:(development|test)\b|["'](development|test)["']/;

/** Gemfile: `gem` lines; dev when inside `group :development/:test do` or given `group: :test`. */
export const parseGemfile: ManifestParser = (text) => {
  const found: DeclaredName[] = [];
  for (const { line, code, blocks } of rubyLines(text)) {
    const name = firstQuotedArgument(code, 'gem');
    if (!name) continue;
    const inDevGroup = blocks.some((b) => /^group\b/.test(b) && DEV_GROUP.test(b) && !/:production\b/.test(b));
    const devOption = /\bgroups?:\s*\[?\s*(:|["'])(development|test)\b/.test(code);
    const dev = inDevGroup || devOption;
    found.push({ kind: 'rubygems', name, line, ...(dev ? { dev } : {}) });
  }
  return found;
};
