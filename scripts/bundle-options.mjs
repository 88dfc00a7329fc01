// The esbuild options of the CLI bundle, shared by the build (scripts/build.mjs) and the
// end-to-end tests, which build into a private folder (test/e2e/build-cli.ts).
// Code splitting keeps Ink and React in their own chunk, which only the interactive wizard
// imports, so `generate`/`check` start fast. The data the commands read is compiled into the
// bundle at build time (compiled-data-plugin.mjs), so they parse no YAML and compile no schema.
// Packages only some runs need are bundled apart and loaded on first use (lazy-packages-plugin.mjs).
// Node built-ins are required rather than imported (builtin-require-plugin.mjs). The non-interactive
// commands are one CommonJS file, compiled with V8's code cache (ci-bundle-plugin.mjs). dist/cli.js
// imports no chunk: a lone --help or --version loads that file alone (entry-plugin.mjs). A few speed
// patches to the wizard's dependencies (dependency-patches-plugin.mjs).
import { builtinRequirePlugin } from './builtin-require-plugin.mjs';
import { ciBundlePlugin } from './ci-bundle-plugin.mjs';
import { compiledDataPlugin } from './compiled-data-plugin.mjs';
import { dependencyPatchesPlugin } from './dependency-patches-plugin.mjs';
import { entryPlugin } from './entry-plugin.mjs';
import { lazyPackagesPlugin } from './lazy-packages-plugin.mjs';

/** @param {string} outdir */
export function bundleOptions(outdir) {
  // the data compiled once per build, for the bundle of the non-interactive commands too
  const share = {};
  return {
    entryPoints: { cli: 'source/cli.tsx' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    packages: 'bundle',
    // optional peer of ink, never used at run time
    external: ['react-devtools-core'],
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      // Some bundled CommonJS dependencies call require(); give them one, made on the first call
      // (every chunk has this banner, and making a require costs ~1 ms; most runs never call it).
      js: "#!/usr/bin/env node\nimport { createRequire as __pwCreateRequire } from 'node:module'; let __pwRequire; const require = (id) => (__pwRequire ??= __pwCreateRequire(import.meta.url))(id);",
    },
    // NODE_ENV=production picks React's production build: half the size, a faster first frame.
    define: { 'process.env.DEV': '"false"', 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
    minify: false,
    legalComments: 'none',
    plugins: [compiledDataPlugin({ share }), lazyPackagesPlugin(), builtinRequirePlugin(), ciBundlePlugin({ share }), entryPlugin(), dependencyPatchesPlugin()],
  };
}
