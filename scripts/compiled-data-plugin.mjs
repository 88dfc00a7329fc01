// esbuild plugin: at the start of every build, compiles the data the commands read
// (scripts/compile-data.ts: question bank, vocabulary, phrases, catalog, templates, schema
// validators) and puts it into the bundle in place of the modules that read YAML at run time.
// The bundled CLI then loads neither `yaml` nor ajv's compiler, and parses no YAML. A broken
// data file fails the build with the loader's own message (file, field, fix).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIn = JSON.stringify(join(root, 'source', 'core', 'compiled', 'built-in.ts'));

/** Runs scripts/compile-data.ts (bundled to a temporary module next to node_modules, so its imports resolve). */
export async function compileData() {
  const bundled = await build({
    entryPoints: [join(root, 'scripts', 'compile-data.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const folder = join(root, 'node_modules', '.cache');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `privacy-wizard-compile-data-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, bundled.outputFiles[0].text);
  try {
    const module = await import(pathToFileURL(file).href);
    try {
      return module.compileData();
    } catch (error) {
      if (error instanceof module.UsageError) throw Object.assign(new Error(error.format()), { usage: true });
      throw error;
    }
  } finally {
    rmSync(file, { force: true });
  }
}

/** The catalog's JSON, relative to the chunk that reads it. */
const CATALOG_FILE = 'data/catalog.json';
/** The scan's catalog index and matcher tables (JSON), relative to the chunk that reads them. */
const SCAN_FILE = 'data/scan-tables.json';
const readCatalogPath = JSON.stringify(join(root, 'source', 'core', 'catalog', 'read-catalog.ts'));
const lazyCatalogPath = JSON.stringify(join(root, 'source', 'core', 'compiled', 'lazy-catalog.ts'));

/**
 * JSON with every character above 0x7E as a \u escape (the same value once parsed). A JS string with one
 * character above 0xFF is two bytes per character: an en and an em dash in the question bank made its 96 KB
 * of JSON a 192 KB string in the code cache and in memory, parsed by V8's slower two-byte JSON parser.
 */
const asciiJson = (json) => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A JS expression that evaluates to `value`, parsed from JSON at run time (faster than a literal). */
const data = (what, value) => `compiledData(${JSON.stringify(what)}, ${JSON.stringify(asciiJson(JSON.stringify(value)))})`;

/** The build's rank tables ([name, rank] pairs under each comparison, of the same names) as the names and their two ranks. */
function nameTable({ en, base }) {
  const baseRank = new Map(base);
  if (baseRank.size !== en.length) throw new Error('compiled data: the two name orders hold different names');
  return { names: en.map(([name]) => name), en: en.map(([, rank]) => rank), base: en.map(([name]) => baseRank.get(name)) };
}

/** The module that replaces each run-time reader in the bundle, from the compiled data. */
const replacements = {
  'core/questions/read-sections.ts': (d) => `import { assertBuiltIn, compiledData } from ${builtIn};
const sections = ${data('questions/sections', d.sections)};
export function readSections(dir) {
  assertBuiltIn(dir, 'questions', 'sections');
  return sections;
}
`,
  'core/vocabulary/read-vocabulary.ts': (d) => `import { assertBuiltIn, compiledData } from ${builtIn};
const vocabulary = ${data('questions/vocabulary.yaml', d.vocabulary)};
export function readVocabulary(file) {
  assertBuiltIn(file, 'questions', 'vocabulary.yaml');
  return vocabulary;
}
`,
  'core/render/read-phrases.ts': (d) => `import { assertBuiltIn, compiledData } from ${builtIn};
const phrases = ${data('outputs/phrases.yaml', d.phrases)};
export function readPhrases(file) {
  assertBuiltIn(file, 'outputs', 'phrases.yaml');
  return phrases;
}
`,
  // The catalog (~1 MB of JSON) is a file next to the chunk, read on first use: as a string in the
  // chunk, V8 scanned every byte of it when loading the chunk, and it stayed in memory twice. The
  // bundle holds each entry's id and where its JSON is in the file, and parses an entry only when
  // something but its id is read (source/core/compiled/lazy-catalog.ts).
  'core/catalog/read-catalog.ts': (d) => `import { assertBuiltIn, compiledData } from ${builtIn};
import { lazyCatalog } from ${lazyCatalogPath};
let services;
export function readCatalog(dir) {
  assertBuiltIn(dir, 'questions', 'catalog');
  return (services ??= lazyCatalog(${data('questions/catalog layout', d.catalogFile.layout)}, new URL(${JSON.stringify(`./${CATALOG_FILE}`)}, import.meta.url)));
}
/** the built-in catalog, if it was read */
export function builtInServices() {
  return services;
}
`,
  // The scan's index and matcher, built from the catalog at build time (scripts/compile-data.ts),
  // for that catalog only: another (a run that reads other catalog files) builds its own.
  'core/scan/prebuilt-index.ts': () => `import { readFileSync } from 'node:fs';
import { compiledData } from ${builtIn};
import { builtInServices } from ${readCatalogPath};
let tables;
export function prebuiltScanTables(services) {
  if (services !== builtInServices()) return undefined;
  // the build writes the file as ASCII JSON (asciiJson), and Latin-1 of ASCII is the same text, read without decoding UTF-8
  return (tables ??= compiledData('scan tables', readFileSync(new URL(${JSON.stringify(`./${SCAN_FILE}`)}, import.meta.url), 'latin1')));
}
`,
  'core/render/region-names.ts': (d) => `import { compiledData } from ${builtIn};
const names = ${data('region names', d.regions)};
export function regionName(code) {
  return names[code];
}
`,
  // The names once, with their two ranks in parallel arrays, read on the first comparison: two tables of
  // [name, rank] pairs made into two Maps at the start of every command was ~2.5 ms of check (measured with the module's neighbours).
  'core/compare-names.ts': (d) => `import { compiledData } from ${builtIn};
let order;
let index;
function rankOf(name) {
  if (!index) {
    order = ${data('catalog name order', nameTable(d.nameOrder))};
    index = new Map();
    for (let i = 0; i < order.names.length; i++) index.set(order.names[i], i);
  }
  return index.get(name);
}
export function compareNames(a, b) {
  const x = rankOf(a);
  const y = rankOf(b);
  return x !== undefined && y !== undefined ? order.en[x] - order.en[y] : a.localeCompare(b, 'en');
}
export function compareNamesIgnoringCase(a, b) {
  const x = rankOf(a);
  const y = rankOf(b);
  return x !== undefined && y !== undefined ? order.base[x] - order.base[y] : a.localeCompare(b, 'en', { sensitivity: 'base' });
}
`,
  'core/render/compiled-templates.ts': (d) => `export const compiledTemplates = {
${Object.entries(d.templates)
  .map(([name, fn]) => `  ${JSON.stringify(name)}: ${fn},`)
  .join('\n')}
};
`,
  'core/schema-compile.ts': (d) => `${d.validators}
export function compileSchema(name) {
  const validate = validators[name];
  if (!validate) throw new Error(\`privacy-wizard: no validator was compiled for schema/\${name}\`);
  return validate;
}
`,
};

const filter = new RegExp(
  `[\\\\/]source[\\\\/](${Object.keys(replacements)
    .map((path) => path.replace(/[.]/g, '\\.').replace(/\//g, '[\\\\/]'))
    .join('|')})$`,
);

/**
 * @param {{ share?: { compiled?: unknown }, reuse?: boolean }} [options] `share`: an object the compiled data is
 * put in; with `reuse`, a build started by another (ci-bundle-plugin.mjs) takes the data from it, not compiling again.
 */
export function compiledDataPlugin({ share, reuse = false } = {}) {
  return {
    name: 'privacy-wizard-compiled-data',
    setup(esbuild) {
      let compiled;
      esbuild.onStart(async () => {
        compiled = undefined;
        if (reuse) {
          compiled = share?.compiled;
          return compiled ? undefined : { errors: [{ text: 'the data to reuse was not compiled' }] };
        }
        if (share) share.compiled = undefined;
        try {
          compiled = await compileData();
        } catch (error) {
          return { errors: [{ text: error.usage ? error.message : `compiling the data failed: ${error.stack ?? error}` }] };
        }
        if (share) share.compiled = compiled;
        return undefined;
      });
      esbuild.onLoad({ filter }, (args) => {
        if (!compiled) return { errors: [{ text: 'the data was not compiled' }] };
        const key = Object.keys(replacements).find((path) => args.path.split('\\').join('/').endsWith(`source/${path}`));
        return { contents: replacements[key](compiled), loader: 'js', resolveDir: root };
      });
      // The catalog's JSON goes next to the chunk holding the reader, and into the metafile's
      // outputs (scripts/build.mjs deletes files of dist/ that are not there).
      esbuild.onEnd((result) => {
        if (result.errors.length > 0 || !compiled) return;
        const outputs = result.metafile?.outputs ?? {};
        const put = (source, name, json) => {
          const reader = Object.entries(outputs).find(([, output]) =>
            Object.keys(output.inputs).some((input) => input.split('\\').join('/').endsWith(source)),
          );
          if (!reader) return;
          const file = join(dirname(reader[0]), name);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, json);
          outputs[file] = { bytes: Buffer.byteLength(json), inputs: {}, imports: [], exports: [] };
        };
        put('source/core/catalog/read-catalog.ts', CATALOG_FILE, compiled.catalogFile.json);
        put('source/core/scan/prebuilt-index.ts', SCAN_FILE, asciiJson(JSON.stringify(compiled.scanTables)));
      });
    },
  };
}
