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
    // its decoding: atob and a loop over the 96 KB of text (~5 ms) where Buffer takes ~0.6 ms (the same bytes)
    ['var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c', 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))', 1],
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
    // A row of the frame becomes a string through the ANSI codes between each cell and the next
    // (styledCharsToString: two diffs of style lists per cell), for every row of every frame. Between
    // cells of the same style list, or both unstyled, the diff is empty: skipped (the same string).
    // The blank cells a frame starts from are one object (a cell is replaced, never changed).
    [
      `row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
      'row.push(BLANK);',
      1,
    ],
    ['return styledCharsToString(lineWithoutEmptyItems).trimEnd();', 'return rowString(lineWithoutEmptyItems).trimEnd();', 1],
    ["import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';", "import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, } from '@alcalzone/ansi-tokenize';", 1],
    [
      'const sharedCaches = new OutputCaches();',
      `const sharedCaches = new OutputCaches();
const BLANK = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
function rowString(chars) {
    let ret = '';
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        if (i === 0) {
            if (char.styles.length > 0) {
                ret += ansiCodesToString(char.styles);
            }
        }
        else {
            const before = chars[i - 1].styles;
            if (before !== char.styles && (before.length > 0 || char.styles.length > 0)) {
                ret += ansiCodesToString(diffAnsiCodes(before, char.styles));
            }
        }
        ret += char.value;
        if (i === chars.length - 1 && char.styles.length > 0) {
            ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
        }
    }
    return ret;
}`,
      1,
    ],
  ],
  // string-width compiles /^\p{RGI_Emoji}$/v (~30 ms: the set of all emoji sequences) when it loads,
  // before the first frame. Every RGI emoji starts with a code point of the Emoji property, and one
  // starting with a digit, # or * is a keycap (the character, U+FE0F, U+20E3), so a cluster that is
  // neither cannot match: the expression is compiled when one is (a cheap test; a digit is no emoji).
  // Ink measures and slices the same lines again for every frame (the root box clips, so every line
  // goes through sliceAnsi, and a grapheme at a time through stringWidth): both are pure functions of
  // their arguments, kept in a cache of up to 10,000 results (emptied when full). On the services
  // list, most of a keystroke's time was these two.
  // Ink tokenises every new line of a frame into characters with its grapheme segmenter. A text of
  // only printable ASCII and the simple characters of string-width's patch below (no escape code) is
  // one character per grapheme: tokenised by its characters, the same tokens (checked for each such
  // character and 200,000 random texts). The segmenter (the first loads ICU's rules, ~10-20 ms
  // before the first frame) is made on first need, as in slice-ansi's tokeniser.
  '@alcalzone/ansi-tokenize/build/tokenize.js': [
    ['const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });', 'let segmenter;\nconst simpleText = /^[\\x20-\\x7E\\u00A0-\\u00AC\\u00AE-\\u024F\\u2010-\\u2027\\u2030-\\u205E\\u20A0-\\u20CF\\u2190-\\u21FF\\u2500-\\u27BF]*$/;', 1],
    [
      'for (const { segment, index } of segmenter.segment(str)) {',
      `if (simpleText.test(str)) {
        for (let index = 0; index < str.length; index++) {
            const value = str[index];
            const fullWidth = isFullwidthGrapheme(value, str.charCodeAt(index));
            ret.push({ type: "char", value, fullWidth });
            visible += fullWidth ? 2 : 1;
            if (visible >= endChar) {
                break;
            }
        }
        return ret;
    }
    for (const { segment, index } of (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(str)) {`,
      1,
    ],
  ],
  'slice-ansi/tokenize-ansi.js': [
    ["const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});", "let graphemeSegmenter;\nconst graphemes = () => (graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'}));", 1],
    ['GRAPHEME_SEGMENTER.segment(', 'graphemes().segment(', 3],
  ],
  // A text of only printable ASCII and the simple characters of string-width's patch below, each one
  // column wide (its width equals its length), is sliced by its characters: the same result
  // (checked on 300,000 random texts and ranges), without tokenising it grapheme by grapheme.
  'slice-ansi/index.js': [
    ["import tokenizeAnsi from './tokenize-ansi.js';", "import tokenizeAnsi from './tokenize-ansi.js';\nimport stringWidth from 'string-width';", 1],
    [
      'export default function sliceAnsi(string, start, end) {',
      `const sliceCache = new Map();
const narrowText = /^[\\x20-\\x7E\\u00A0-\\u00AC\\u00AE-\\u024F\\u2010-\\u2027\\u2030-\\u205E\\u20A0-\\u20CF\\u2190-\\u21FF\\u2500-\\u27BF]*$/;
export default function sliceAnsi(string, start, end) {
	if (typeof string !== 'string') {
		return slicedAnsi(string, start, end);
	}
	if (Number.isInteger(start) && start >= 0 && (end === undefined || (Number.isInteger(end) && end >= 0)) && narrowText.test(string) && stringWidth(string) === string.length) {
		return string.slice(start, end);
	}
	const key = \`\${start}\\u0000\${end}\\u0000\${string}\`;
	let sliced = sliceCache.get(key);
	if (sliced === undefined) {
		if (sliceCache.size >= 10_000) {
			sliceCache.clear();
		}
		sliced = slicedAnsi(string, start, end);
		sliceCache.set(key, sliced);
	}
	return sliced;
}
function slicedAnsi(string, start, end) {`,
      1,
    ],
  ],
  'string-width/index.js': [
    // the first Intl.Segmenter loads ICU's break rules (~10-20 ms): made when a text needs it
    ['const segmenter = new Intl.Segmenter();', 'let segmenter;', 1],
    // (and a text of one UTF-16 unit is its own one segment)
    ['for (const {segment} of segmenter.segment(string)) {', 'for (const {segment} of (string.length === 1 ? [{segment: string}] : (segmenter ??= new Intl.Segmenter()).segment(string))) {', 1],
    [
      'export default function stringWidth(input, options = {}) {',
      `const widthCache = new Map();
export default function stringWidth(input, options) {
	if (options !== undefined || typeof input !== 'string') {
		return measuredWidth(input, options);
	}
	let width = widthCache.get(input);
	if (width === undefined) {
		if (widthCache.size >= 10_000) {
			widthCache.clear();
		}
		width = simpleWidth(input) ?? measuredWidth(input);
		widthCache.set(input, width);
	}
	return width;
}
// Printable ASCII and the characters below (Latin-1 and Latin Extended letters, dashes, quotes, the
// ellipsis, currency signs, arrows, box drawing, shapes, symbols and dingbats) each form a grapheme of
// their own, whatever their neighbours among them (checked for every pair with Intl.Segmenter), so the
// width of a text of only these is the sum of their own widths, each measured once; any other
// character (a mark, a joiner, an escape code, Hangul, CJK) sends the text the whole way.
const charWidths = new Map();
function simpleWidth(string) {
	let width = 0;
	for (let index = 0; index < string.length; index++) {
		const code = string.charCodeAt(index);
		if (code >= 0x20 && code <= 0x7E) {
			width++;
			continue;
		}
		if (!((code >= 0xA0 && code <= 0x24F && code !== 0xAD) || (code >= 0x20_10 && code <= 0x20_27) || (code >= 0x20_30 && code <= 0x20_5E) || (code >= 0x20_A0 && code <= 0x20_CF) || (code >= 0x21_90 && code <= 0x21_FF) || (code >= 0x25_00 && code <= 0x27_BF))) {
			return undefined;
		}
		let characterWidth = charWidths.get(code);
		if (characterWidth === undefined) {
			characterWidth = measuredWidth(string[index]);
			charWidths.set(code, characterWidth);
		}
		width += characterWidth;
	}
	return width;
}
function measuredWidth(input, options = {}) {`,
      1,
    ],
    ['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', 'let rgiEmojiRegex;\nconst emojiStartRegex = /^(?:[#*0-9]\\uFE0F\\u20E3|(?![#*0-9])\\p{Emoji})/u;', 1],
    ['if (rgiEmojiRegex.test(segment) ||', "if ((emojiStartRegex.test(segment) && (rgiEmojiRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment)) ||", 1],
  ],
  // wrap-ansi's own string-width (7.2), which segments every text, printable ASCII too: a text of
  // printable ASCII only is that many columns (each character its own grapheme, each one column:
  // checked for every such character and 100,000 random texts), and the segmenter is made on first need.
  'wrap-ansi/node_modules/string-width/index.js': [
    ['const segmenter = new Intl.Segmenter();', 'let segmenter;', 1],
    [
      'for (const {segment: character} of segmenter.segment(string)) {',
      'if (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n\n\tfor (const {segment: character} of (segmenter ??= new Intl.Segmenter()).segment(string)) {',
      1,
    ],
  ],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function dependencyPatchesPlugin() {
  return {
    name: 'privacy-wizard-dependency-patches',
    setup(esbuild) {
      for (const [file, patches] of Object.entries(PATCHES)) {
        const filter = new RegExp(`[\\\\/]node_modules[\\\\/]${file.split('/').map(escape).join('[\\\\/]')}$`);
        esbuild.onLoad({ filter }, async (args) => {
          // a nested copy of another version (node_modules/x/node_modules/<file>) unless the key names it
          if (args.path.split(/[\\/]node_modules[\\/]/).length !== file.split('/node_modules/').length + 1) return undefined;
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
