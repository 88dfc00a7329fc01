// esbuild plugin: Yoga (Ink's layout engine) loads its WebAssembly from a base64 data: URL, through
// `fetch` when `fetch` is a function. On Node 20 the first read of the global `fetch` loads undici
// (~40-60 ms before the wizard's first frame), only to fetch a string already in memory. Yoga then
// decodes the string itself, as it does where there is no fetch: the same bytes, no undici.
import { readFile } from 'node:fs/promises';

const CHECK = '"function"!=typeof fetch';

export function yogaPlugin() {
  return {
    name: 'privacy-wizard-yoga',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const found = source.split(CHECK).length - 1;
        if (found !== 2) {
          return { errors: [{ text: `yoga-layout changed: expected its 2 checks for fetch (${CHECK}), found ${found}; update scripts/yoga-plugin.mjs` }] };
        }
        return { contents: source.replaceAll(CHECK, 'true'), loader: 'js' };
      });
    },
  };
}
