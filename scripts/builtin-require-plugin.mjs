// esbuild plugin: `import … from 'node:fs'` in the bundle becomes `require('node:fs')`.
// An ESM import of a Node built-in makes Node build an ES module facade that reads every export,
// which runs lazy getters (node:fs's ReadStream loads the whole streams stack): the built-ins the
// CLI imports cost ~17 ms as ES modules and next to nothing through require(). A CommonJS module
// here makes esbuild read each export where it is used, so nothing is read up front.
import { builtinModules } from 'node:module';

const names = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

export function builtinRequirePlugin() {
  return {
    name: 'privacy-wizard-builtin-require',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^[a-z:_/]+$/ }, (args) =>
        args.kind === 'import-statement' && names.has(args.path) ? { path: args.path, namespace: 'node-builtin' } : undefined,
      );
      // the chunk's own require (the banner of bundle-options.mjs)
      esbuild.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}
