// esbuild plugin: packages that only some runs call into are left out of the chunks and bundled
// on their own, into <outdir>/chunks/vendor/<name>.cjs, which the first call loads synchronously.
// V8 parses every byte of a chunk a command imports, used or not: `yaml` alone (260 KB) was a
// sixth of what `check` loaded, and `check` only needs it for a pubspec.yaml or front matter.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The packages, and the names our source imports from them. An import from source/ gets a module
 * of wrappers that load the package on first call. Functions and classes only (a wrapper forwards
 * calls, `new` and subclassing, not other properties): an import of another name fails the build
 * ("No matching export"), and is added here once it is known to be a function or class.
 */
export const LAZY_PACKAGES = {
  yaml: ['Document', 'isMap', 'isScalar', 'parse', 'parseDocument', 'stringify'],
  'smol-toml': ['parse', 'stringify'],
  ignore: ['default'],
  atomically: ['readFile', 'readFileSync', 'writeFile', 'writeFileSync'],
  // a static method is named Class.method
  'fast-xml-parser': ['XMLParser', 'XMLParser.getMetaDataSymbol'],
  conf: ['default'],
  // markdown to HTML and readability: its module builds ~100 regular expressions (~15 ms), which
  // `check` of a Markdown policy paid without calling it
  marked: ['Lexer', 'Marked', 'Renderer', 'Renderer.prototype.table'],
};

/**
 * Inside a vendor file: modules a package imports at its top but calls only on some paths, with the
 * names it reads from them. Each becomes an object of getters; the first read loads the modules from
 * a file of their own, <name>-extras.cjs (neither parsed nor run before). conf imports ajv (~60 ms to
 * evaluate, ~15 ms to parse) and semver for schemas and migrations, and node:crypto for encryption,
 * none of which the wizard's profile store uses: loading conf took ~70 ms, most of the wizard's.
 */
export const LAZY_INSIDE = {
  conf: {
    'ajv/dist/2020.js': ['Ajv2020'],
    'ajv-formats': ['default'],
    semver: ['clean', 'eq', 'gt', 'lte', 'satisfies'],
    'node:crypto': ['createCipheriv', 'createDecipheriv', 'pbkdf2Sync', 'randomBytes'],
  },
};

const extrasFile = (name) => `${name.replace(/[^a-z0-9-]/gi, '_')}-extras.cjs`;

/** esbuild plugin of a vendor build: the modules of LAZY_INSIDE[name] become getters that load them on first use. */
function lazyInsidePlugin(name) {
  const inside = LAZY_INSIDE[name] ?? {};
  const escape = (id) => id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return {
    name: 'privacy-wizard-lazy-inside',
    setup(esbuild) {
      if (Object.keys(inside).length === 0) return;
      const filter = new RegExp(`^(${Object.keys(inside).map(escape).join('|')})$`);
      esbuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-inside' }));
      esbuild.onResolve({ filter: /^\.\//, namespace: 'lazy-inside' }, (args) => ({ path: args.path, external: true }));
      esbuild.onLoad({ filter: /.*/, namespace: 'lazy-inside' }, (args) => ({
        contents: `let real;
const load = () => (real ??= require(${JSON.stringify(`./${extrasFile(name)}`)})[${JSON.stringify(args.path)}]);
${inside[args.path].map((key) => `Object.defineProperty(exports, ${JSON.stringify(key)}, { enumerable: true, get: () => load()[${JSON.stringify(key)}] });`).join('\n')}
`,
        loader: 'js',
      }));
    },
  };
}

/** The source of <name>-extras.cjs: the modules of LAZY_INSIDE[name] by name. */
const extrasSource = (name) =>
  `module.exports = { ${Object.keys(LAZY_INSIDE[name])
    .map((id) => `get ${JSON.stringify(id)}() { return require(${JSON.stringify(id)}); }`)
    .join(', ')} };`;

const vendorFile = (name) => `${name.replace(/[^a-z0-9-]/gi, '_')}.cjs`;

/** The module of wrappers for package `name` (exported for its test). */
export function wrappers(name, names = LAZY_PACKAGES[name]) {
  const statics = names.filter((id) => id.includes('.'));
  const classesOfStatics = statics.map((id) => id.split('.')[0]).filter((id) => !names.includes(id));
  const functions = [...names.filter((id) => !id.includes('.')), ...new Set(classesOfStatics)].map((id) => {
    const fn = id === 'default' ? 'lazyDefault' : id;
    const target = id === 'default' ? '(load().default ?? load())' : `load()[${JSON.stringify(id)}]`;
    // \`new\` builds the real class with new.target kept, and the wrapper's prototype is linked to the
    // real one, so that \`class X extends Wrapper\` gets X's methods and overrides (also those the
    // real constructor calls), and \`instanceof\` holds for both the wrapper and the real class.
    return `function ${fn}(...args) {
  const real = ${target};
  if (!new.target) return real.apply(this, args);
  if (Object.getPrototypeOf(${fn}.prototype) !== real.prototype) {
    Object.setPrototypeOf(${fn}.prototype, real.prototype);
    Object.setPrototypeOf(${fn}, real);
  }
  return Reflect.construct(real, args, new.target);
}
export { ${fn} as ${id} };`;
  });
  // \`require\` is the chunk's own (the banner of bundle-options.mjs), relative to dist/chunks/.
  // Class.method, or Class.prototype.method (a method called as `Class.prototype.method.call(this, …)`),
  // forwards with its `this`.
  const forwarded = statics.map((id) => {
    const [owner, ...path] = id.split('.');
    const real = `load()[${JSON.stringify(owner)}]${path.map((key) => `[${JSON.stringify(key)}]`).join('')}`;
    return `${[owner, ...path].join('.')} = function (...args) { return ${real}.apply(this, args); };`;
  });
  return `let module;
const load = () => (module ??= require("./vendor/${vendorFile(name)}"));
${[...functions, ...forwarded].join('\n')}
`;
}

/** @param {{ vendor?: boolean }} [options] `vendor: false`: another build of the same outdir writes the vendor files */
export function lazyPackagesPlugin({ vendor = true } = {}) {
  return {
    name: 'privacy-wizard-lazy-packages',
    setup(esbuild) {
      const sourceDir = join(root, 'source');
      const lazy = new RegExp(`^(${Object.keys(LAZY_PACKAGES).join('|')})$`);
      esbuild.onResolve({ filter: lazy }, (args) =>
        args.importer.startsWith(sourceDir) && args.namespace === 'file' ? { path: args.path, namespace: 'lazy-package' } : undefined,
      );
      esbuild.onResolve({ filter: /^\.\/vendor\//, namespace: 'lazy-package' }, (args) => ({ path: args.path, external: true }));
      esbuild.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({ contents: wrappers(args.path), loader: 'js', resolveDir: root }));

      esbuild.onEnd(async (result) => {
        if (result.errors.length > 0 || !vendor) return;
        const outdir = esbuild.initialOptions.outdir;
        const chunks = join(outdir, 'chunks');
        const outputs = result.metafile?.outputs ?? {};
        // The wrappers find vendor/ next to the chunk they are in, so that must be in chunks/.
        for (const [file, output] of Object.entries(outputs)) {
          const wrapped = Object.keys(output.inputs).filter((input) => input.startsWith('lazy-package:'));
          if (wrapped.length > 0 && relative(chunks, join(process.cwd(), file)).startsWith('..')) {
            result.errors.push({ text: `${wrapped.join(', ')} ended up in ${file}, outside chunks/: import it only from code the commands load` });
            return;
          }
        }
        for (const name of Object.keys(LAZY_PACKAGES)) {
          // one CommonJS file under chunks/vendor/, built with the bundle's target and defines
          const vendorBuild = (contents, file, plugins = []) =>
            build({ stdin: { contents, resolveDir: root, loader: 'js' }, outfile: join(chunks, 'vendor', file), bundle: true, platform: 'node', format: 'cjs', target: esbuild.initialOptions.target, define: esbuild.initialOptions.define, legalComments: 'none', logLevel: 'warning', metafile: true, plugins });
          const vendored = await vendorBuild(`module.exports = require(${JSON.stringify(name)});`, vendorFile(name), [lazyInsidePlugin(name)]);
          Object.assign(outputs, vendored.metafile.outputs);
          if (!LAZY_INSIDE[name]) continue;
          const extras = await vendorBuild(extrasSource(name), extrasFile(name));
          Object.assign(outputs, extras.metafile.outputs);
        }
      });
    },
  };
}
