// esbuild plugin: the non-interactive commands (source/ci-commands.ts and everything it imports)
// become one CommonJS file, <outdir>/chunks/ci-<hash>.cjs, and source/ci-load.ts becomes its loader.
//
// Why: `check` runs on every push. As ES module chunks it loaded 17 modules (each resolved, read,
// compiled and linked on its own, ~70 ms more CPU than one file); and V8 compiles a script with a
// code cache, which a module cannot use on Node 20. The loader compiles the file with `vm.Script`
// and the cache scripts/make-code-cache.mjs writes next to it at build time
// (<outdir>/chunks/ci-<hash>.cache: the bytecode of every function the commands ran), so
// neither the file nor the functions the commands call are compiled again. V8 rejects a cache made
// by another V8 version or with other flags, and the file is then compiled as without one; the
// file's name holds a hash of its content, so a cache is never used with another build's code.
// The interactive wizard (source/wizard-bundle.ts) is a bundle of its own made the same way,
// <outdir>/chunks/wizard-<hash>.js with its cache wizard-<hash>.wizard.cache (made by running the
// wizard in a pseudo-terminal, build.mjs), and the Markdown renderer of its preview another file,
// wizard-markdown-<hash>.cjs, which the bundle requires when a preview is first shown. The wizard's
// bundle is CommonJS too, named .js like the ES module chunks the wizard was before: the loader
// compiles it with vm.Script, so Node's module loader never sees its extension.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compiledDataPlugin } from './compiled-data-plugin.mjs';
import { dependencyPatchesPlugin } from './dependency-patches-plugin.mjs';
import { lazyPackagesPlugin } from './lazy-packages-plugin.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The bundles: `scan` has its own (it loads no rules, templates or documents), the other commands
 * share one, and the wizard has one.
 */
const ENTRIES = {
  'chunks/ci': join(root, 'source', 'ci-commands.ts'),
  'chunks/ci-scan': join(root, 'source', 'ci-scan.ts'),
};
const WIZARD = { 'chunks/wizard': join(root, 'source', 'wizard-bundle.ts') };
/** The preview's Markdown renderer (marked-terminal and highlight.js: 2.3 MB), a file the wizard's bundle requires on first use. */
const MARKDOWN = join(root, 'source', 'ui', 'markdown.ts');

/** The name a command's bundle starts with (ci-<hash>.cjs, ci-scan-<hash>.cjs or wizard-<hash>.js). */
export const bundleOf = (command) => (command === 'scan' ? 'ci-scan' : command === 'wizard' ? 'wizard' : 'ci');

/**
 * The function around the CommonJS code of a bundle the loader compiles (ci, ci-scan, wizard), written
 * into the file by the build (asciiOutputPlugin), so the text the loader reads is the text V8 compiles:
 * a wrapper added at load time made a second, flattened copy of the 0.75 MB source (V8 flattens a
 * concatenated source before it looks for it in its cache).
 */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

/** What the loader adds around a bundle's text before compiling it: nothing any more (the file holds WRAPPER). V8 checks a cache against the source's length. */
export const WRAP = ['', ''];

/**
 * V8 flags a bundle sets for its process once it is compiled, before it runs, and the values they
 * had (V8 accepts a code cache only under the flags it was made with, so the bundle is compiled, and
 * its caches are made, under the defaults). The commands (generate, audit, check) keep the young
 * generation at its first size: V8 grew it to 4 MiB (a semi-space) while the catalog, bank and
 * documents were built, and a young generation that stays small is 3-4 MiB less peak memory (measured
 * side by side, CPU time the same or lower). Not for the wizard (a long session) nor the scan (large
 * projects). They also compile each regular expression straight to machine code: by default V8 first
 * compiles one to bytecode (with a peephole pass) and interprets it, then compiles it again once it has
 * run; a command runs most of its expressions only a few times, and the one compile is ~13 M fewer
 * instructions for `check` (1.5 %, callgrind; the same matching, by the same engine).
 */
export const V8_FLAGS = { ci: { run: '--semi-space-growth-factor=1 --no-regexp-tier-up', defaults: '--semi-space-growth-factor=2 --regexp-tier-up' } };

/** The commands of the bundle, and the function each is. */
export const CI_COMMANDS = { generate: 'generateCommand', audit: 'auditCommand', check: 'checkCommand', scan: 'scanCommand' };

/** The cache of a bundle file for one command: ci-<hash>.<command>.cache. */
export const cacheFileOf = (file, command) => file.replace(/\.c?js$/, `.${command}.cache`);

/** The loader that replaces source/ci-load.ts; `files` are the bundles by name (bundleOf), relative to the chunk holding the loader. */
function loader(files) {
  // \`require\` is the chunk's own (the banner of bundle-options.mjs): imports of built-ins would be chunks to load
  return `const loaded = new Map();
export async function loadCiCommands(command) {
  const bundle = command === 'scan' ? 'ci-scan' : command === 'wizard' ? 'wizard' : 'ci';
  const name = ${JSON.stringify(files)}[bundle];
  if (!loaded.has(name)) loaded.set(name, load(name, command, ${JSON.stringify(Object.fromEntries(Object.entries(V8_FLAGS).map(([bundle, flags]) => [bundle, flags.run])))}[bundle]));
  return loaded.get(name);
}
export async function loadWizardBundle() {
  return loadCiCommands('wizard');
}
function load(name, command, flags) {
  const { readFileSync } = require('node:fs');
  const { createRequire } = require('node:module');
  const { dirname } = require('node:path');
  const { fileURLToPath } = require('node:url');
  const { Script } = require('node:vm');
  const file = fileURLToPath(new URL(name, import.meta.url));
  // the bundles are ASCII (asciiOutputPlugin): Latin-1 is the same text, read faster than UTF-8
  const source = readFileSync(file, 'latin1');
  let cachedData;
  try {
    cachedData = readFileSync(file.replace(/\\.c?js$/, '') + '.' + command + '.cache');
  } catch {
    // no cache (a build that did not make one): compiled as usual
  }
  const script = new Script(source, { filename: file, cachedData });
  if (flags) require('node:v8').setFlagsFromString(flags);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
`;
}

/**
 * Built-ins that take long to load (node:crypto ~8 ms: `scan` and `audit` hash nothing) and the names
 * the source imports from them: each becomes a function that requires the module on its first call.
 */
const LAZY_BUILTINS = { 'node:crypto': ['createHash'] };

function lazyBuiltinsPlugin() {
  return {
    name: 'privacy-wizard-lazy-builtins',
    setup(esbuild) {
      const filter = new RegExp(`^(${Object.keys(LAZY_BUILTINS).join('|')})$`);
      esbuild.onResolve({ filter }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'lazy-builtin' } : undefined));
      esbuild.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
        contents: `let module;
${LAZY_BUILTINS[args.path]
          .map((name) => `export function ${name}(...args) {
  return (module ??= require(${JSON.stringify(args.path)})).${name}(...args);
}`)
          .join('\n')}
`,
        loader: 'js',
      }));
    },
  };
}

/**
 * In the wizard's bundle, the dynamic import of the preview's Markdown renderer becomes a require of
 * its own file, `file` (relative to chunks/): vm.Script has no loader for import(), and bundled in,
 * its 2.3 MB would be read and parsed at every start.
 */
function markdownApartPlugin(file) {
  return {
    name: 'privacy-wizard-markdown-apart',
    setup(esbuild) {
      esbuild.onResolve({ filter: /[\\/]markdown\.js$/ }, (args) =>
        args.kind === 'dynamic-import' && join(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === MARKDOWN ? { path: file, namespace: 'markdown-apart' } : undefined,
      );
      esbuild.onResolve({ filter: /.*/, namespace: 'markdown-apart' }, (args) => ({ path: args.path, external: true }));
      esbuild.onLoad({ filter: /.*/, namespace: 'markdown-apart' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
}

/**
 * Every character of the bundles above 0x7F written as a \u escape. esbuild escapes strings, templates
 * and names (charset ascii) but writes a regular expression literal as it is, and one such character
 * (the é of /^Québec/) made V8 hold the whole 0.75 MB source as two bytes per character: 0.75 MB more
 * memory, slower to read. In a regular expression, as in a string or a name, \uXXXX means the same
 * character (with the u flag a pair of surrogate escapes is one code point); the bundles have no
 * comments. So the loader may read them as Latin-1, which is faster than UTF-8 (`load` in the loader above).
 */
export const asciiOnly = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Makes the bundles ASCII and, with `wrap` (the bundles the loader compiles), puts WRAPPER around them. */
function asciiOutputPlugin({ wrap }) {
  return {
    name: 'privacy-wizard-ascii-output',
    setup(esbuild) {
      esbuild.onEnd((result) => {
        for (const file of Object.keys(result.metafile?.outputs ?? {})) {
          if (!/\.c?js$/.test(file)) continue;
          const text = readFileSync(file, 'utf8');
          const ascii = wrap ? `${WRAPPER[0]}${asciiOnly(text)}${WRAPPER[1]}` : asciiOnly(text);
          if (ascii !== text) writeFileSync(file, ascii);
        }
      });
    },
  };
}

/** @param {{ share: object }} options the object the build's compiledDataPlugin shares its data through */
export function ciBundlePlugin({ share }) {
  return {
    name: 'privacy-wizard-ci-bundle',
    setup(esbuild) {
      let inner;
      esbuild.onStart(() => {
        inner = undefined;
      });
      esbuild.onLoad({ filter: /[\\/]source[\\/]ci-load\.ts$/ }, async () => {
        const outer = esbuild.initialOptions;
        const common = {
          outExtension: { '.js': '.cjs' },
          outdir: outer.outdir,
          bundle: true,
          splitting: false,
          format: 'cjs',
          platform: 'node',
          target: outer.target,
          jsx: outer.jsx,
          packages: outer.packages,
          external: outer.external,
          banner: { js: "const __pwUrl = require('node:url').pathToFileURL(__filename).href;" },
          define: { ...outer.define, 'import.meta.url': '__pwUrl' },
          logLevel: 'warning',
          metafile: true,
          // whitespace and syntax only (names kept): a smaller source to read and keep in memory (~3 MiB
          // less peak RSS for check); renaming made the code cache larger and the commands slower
          minifyWhitespace: true,
          minifySyntax: true,
          legalComments: 'none',
        };
        // the data the outer build compiled; the vendor files it writes (the same folder)
        const plugins = (wrap = true) => [compiledDataPlugin({ share, reuse: true }), lazyPackagesPlugin({ vendor: false }), lazyBuiltinsPlugin(), dependencyPatchesPlugin(), asciiOutputPlugin({ wrap })];
        let markdown;
        try {
          markdown = await build({ ...common, entryPoints: { 'chunks/wizard-markdown': MARKDOWN }, entryNames: '[dir]/[name]-[hash]', plugins: plugins(false) });
          const markdownFile = Object.keys(markdown.metafile.outputs).find((file) => file.endsWith('.cjs'));
          inner = await build({ ...common, entryPoints: ENTRIES, entryNames: '[dir]/[name]-[hash]', plugins: plugins() });
          const wizard = await build({
            ...common,
            outExtension: { '.js': '.js' },
            entryPoints: WIZARD,
            entryNames: '[dir]/[name]-[hash]',
            plugins: [...plugins(), markdownApartPlugin(`./${basename(markdownFile)}`)],
          });
          Object.assign(inner.metafile.outputs, wizard.metafile.outputs);
        } catch (error) {
          return { errors: [{ text: `bundling the commands and the wizard failed: ${error.message}` }] };
        }
        Object.assign(inner.metafile.outputs, markdown.metafile.outputs);
        const files = {};
        for (const [file, output] of Object.entries(inner.metafile.outputs)) {
          if (!output.entryPoint || output.entryPoint === relative(process.cwd(), MARKDOWN).split('\\').join('/')) continue;
          const dynamic = output.imports.filter((i) => i.kind === 'dynamic-import');
          if (dynamic.length > 0) {
            // vm.Script gets no loader for import(): every module of the commands must be bundled or required
            return { errors: [{ text: `the non-interactive commands import() ${dynamic.map((i) => i.path).join(', ')}: use a static import (or a lazy package)` }] };
          }
          const name = basename(file).replace(/-[A-Z0-9]+\.c?js$/, '');
          // cli.tsx alone imports the loader, so it is in cli.js, at the top of outdir (checked in onEnd)
          files[name] = `./${relative(outer.outdir, join(process.cwd(), file)).split('\\').join('/')}`;
        }
        return { contents: loader(files), loader: 'js', resolveDir: root };
      });
      esbuild.onEnd((result) => {
        if (result.errors.length > 0 || !inner) return;
        const outputs = result.metafile?.outputs ?? {};
        const holder = Object.entries(outputs).find(([, output]) => Object.keys(output.inputs).some((input) => /(^|[\\/])source[\\/]ci-load\.ts$/.test(input)));
        if (holder && relative(dirname(join(process.cwd(), holder[0])), esbuild.initialOptions.outdir) !== '') {
          result.errors.push({ text: `source/ci-load.ts ended up in ${holder[0]}, not at the top of ${esbuild.initialOptions.outdir}: import it only from source/cli.tsx` });
          return;
        }
        Object.assign(outputs, inner.metafile.outputs);
      });
    },
  };
}
