// esbuild plugin: the entry point (source/cli.tsx) gets its own copy of the small modules it imports
// (version.ts), so that dist/cli.js imports no chunk: a lone --help or --version loads one file.
// Shared with other code, such a module would be a chunk of its own that cli.js imports.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const COPIED = /^\.\/version\.js$/;

export function entryPlugin() {
  return {
    name: 'privacy-wizard-entry',
    setup(esbuild) {
      esbuild.onResolve({ filter: COPIED }, (args) =>
        args.namespace === 'file' && /[\\/]source[\\/]cli\.tsx$/.test(args.importer)
          ? { path: join(dirname(args.importer), args.path.replace(/\.js$/, '.ts')), namespace: 'entry-copy' }
          : undefined,
      );
      esbuild.onLoad({ filter: /.*/, namespace: 'entry-copy' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'ts' }));
    },
  };
}
