// Bundles the CLI. Code splitting keeps Ink and React in their own chunk,
// which only the interactive wizard imports, so `generate`/`check` start fast.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'source/cli.tsx' },
  outdir: 'dist',
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
    // Some bundled CommonJS dependencies call require(); give them one.
    js: "#!/usr/bin/env node\nimport { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);",
  },
  define: { 'process.env.DEV': '"false"' },
  logLevel: 'warning',
  minify: false,
  legalComments: 'none',
});
