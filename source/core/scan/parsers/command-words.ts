// Wrappers that run another command: `npx vercel`, `pnpm dlx wrangler`, `sudo flyctl`, `env X=1 aws`.
const WRAPPERS = new Set(['npx', 'bunx', 'pnpx', 'sudo', 'env', 'exec', 'time', 'dotenv', 'cross-env', 'yarn', 'pnpm', 'bun', 'npm']);
const WRAPPER_SUBCOMMANDS = new Set(['dlx', 'exec', 'x', 'run']);

/**
 * The programs a shell command line runs: the first word of each command separated by
 * newlines, `&&`, `||`, `;` and `|`, past environment assignments and wrappers such as npx,
 * with its subcommand when one follows (`npx wrangler pages deploy` yields "wrangler pages": the
 * catalog may name a program's subcommand, and otherwise the program alone is looked up).
 * `yarn build` yields nothing useful (a script name), `npx vercel --prod` yields "vercel".
 */
export function commandWords(command: string): string[] {
  const words: string[] = [];
  for (const part of command.split(/\r?\n|&&|\|\||[;|]/)) {
    const tokens = part.trim().replace(/^[({]\s*/, '').split(/\s+/).filter(Boolean);
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(token) || token.startsWith('-')) i++;
      else if (WRAPPERS.has(token)) {
        i++;
        if (WRAPPER_SUBCOMMANDS.has(tokens[i] ?? '')) i++;
      } else break;
    }
    const word = tokens[i];
    if (!word || !/^[A-Za-z@./][\w@./-]*$/.test(word)) continue;
    const sub = tokens[i + 1];
    words.push(sub && /^[a-z][a-z0-9-]*$/.test(sub) ? `${programName(word)} ${sub}` : programName(word));
  }
  return words;
}

/** "./node_modules/.bin/vercel" -> "vercel", "wrangler@3" -> "wrangler", "@railway/cli@latest" -> "@railway/cli". */
function programName(word: string): string {
  if (word.startsWith('@')) return word.replace(/(?<=.)@[^/]*$/, '');
  return word.replace(/^.*\//, '').replace(/@.*$/, '');
}

/** The program of a commandWords name ("wrangler" of "wrangler pages"). */
export function programOf(name: string): string {
  const space = name.indexOf(' ');
  return space === -1 ? name : name.slice(0, space);
}
