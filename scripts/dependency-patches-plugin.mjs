// esbuild plugin: small speed patches to dependencies of the wizard, applied as the bundle is built.
// Each is a literal replacement with the number of times its text must occur: a dependency whose code
// changed fails the build (update the patch), rather than being shipped unpatched or patched wrongly.
// None changes what is drawn: the same bytes, the same widths, the same frames.
import { readFile } from 'node:fs/promises';

/** file (a path ending) -> [text, replacement, occurrences][] */
export const PATCHES = {
  // Yoga (Ink's layout) is WebAssembly in a base64 data: URL, which its loader fetches with `fetch`
  // (on Node 20 the first read of the global `fetch` loads undici, ~40-60 ms, to fetch a string
  // already in memory) and instantiates asynchronously, so that yoga-layout's module awaits it at
  // its top level, which a CommonJS bundle (the wizard's, ci-bundle-plugin.mjs) cannot. The loader
  // decodes the bytes itself (as it does where there is no fetch) and instantiates them at once:
  // the same module, the same imports; yoga-layout's module then reads the loaded Yoga without await.
  'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js': [
    [
      '(function(){return w||"function"!=typeof WebAssembly.instantiateStreaming||ua(H)||"function"!=typeof fetch?c(b):fetch(H,{credentials:"same-origin"}).then(function(e){return WebAssembly.instantiateStreaming(e,d).then(b,function(f){v("wasm streaming compile failed: "+f);v("falling back to ArrayBuffer instantiation");return c(b)})})})().catch(ca);',
      'b({instance:new WebAssembly.Instance(new WebAssembly.Module(wa()),d)});',
      1,
    ],
  ],
  // the Module object the loader fills (its argument), complete once the call returns
  'yoga-layout/dist/src/index.js': [['const Yoga = wrapAssembly(await loadYoga());', 'const yogaModule = {};\nloadYoga(yogaModule);\nconst Yoga = wrapAssembly(yogaModule);', 1]],
  // Ink's reconciler awaits at its top level, for React's devtools when DEV=true (not bundled: the
  // build sets DEV to false), which a CommonJS bundle cannot: the import fails as an absent package.
  'ink/build/reconciler.js': [
    ["await import('./devtools.js');", "throw Object.assign(new Error('react-devtools-core is not bundled'), { code: 'ERR_MODULE_NOT_FOUND' });", 1],
    ['? await loadPackageJson()', '? { name: undefined, version: undefined }', 1],
  ],
  // Ink makes a new Output, with new caches of the styled characters and widths of each line, for
  // every frame. They are pure functions of the line's text; one set of caches kept across frames
  // spares a keystroke re-tokenising every unchanged line. Emptied when it holds 20,000 entries.
  'ink/build/output.js': [
    [
      'export default class Output {',
      `const sharedCaches = new OutputCaches();
function frameCaches() {
    if (sharedCaches.styledChars.size + sharedCaches.widths.size > 20_000) {
        sharedCaches.widths.clear();
        sharedCaches.blockWidths.clear();
        sharedCaches.styledChars.clear();
    }
    return sharedCaches;
}
export default class Output {`,
      1,
    ],
    ['caches = new OutputCaches();', 'caches = frameCaches();', 1],
  ],
  // string-width compiles /^\p{RGI_Emoji}$/v (~30 ms: the set of all emoji sequences) when it loads,
  // before the first frame. Every RGI emoji starts with a code point of the Emoji property, and one
  // starting with a digit, # or * is a keycap (the character, U+FE0F, U+20E3), so a cluster that is
  // neither cannot match: the expression is compiled when one is (a cheap test; a digit is no emoji).
  'string-width/index.js': [
    ['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', 'let rgiEmojiRegex;\nconst emojiStartRegex = /^(?:[#*0-9]\\uFE0F\\u20E3|(?![#*0-9])\\p{Emoji})/u;', 1],
    ['if (rgiEmojiRegex.test(segment) ||', "if ((emojiStartRegex.test(segment) && (rgiEmojiRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment)) ||", 1],
  ],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function dependencyPatchesPlugin() {
  return {
    name: 'privacy-wizard-dependency-patches',
    setup(esbuild) {
      for (const [file, patches] of Object.entries(PATCHES)) {
        // node_modules/<file>, not a nested copy of another version (node_modules/x/node_modules/<file>)
        const filter = new RegExp(`[\\\\/]node_modules[\\\\/]${file.split('/').map(escape).join('[\\\\/]')}$`);
        esbuild.onLoad({ filter }, async (args) => {
          if (/node_modules[\\/].*node_modules[\\/]/.test(args.path)) return undefined;
          let source = await readFile(args.path, 'utf8');
          for (const [text, replacement, occurrences] of patches) {
            const found = source.split(text).length - 1;
            if (found !== occurrences) {
              return { errors: [{ text: `${file} changed: expected ${occurrences} of ${JSON.stringify(text)}, found ${found}; update scripts/dependency-patches-plugin.mjs` }] };
            }
            source = source.replaceAll(text, () => replacement);
          }
          return { contents: source, loader: 'js' };
        });
      }
    },
  };
}
