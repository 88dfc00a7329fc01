// Compiles everything the commands read into data and code for the bundle: the question bank,
// vocabulary, phrases and service catalog (read and validated by the same code as a run from
// source, so a broken file fails the build with the same file, field and fix), the Eta
// templates (each compiled to a function), and standalone ajv validators for schema/*.json.
// Run by scripts/compiled-data-plugin.mjs at every build; generic over whatever files exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { Eta } from 'eta';
import { readCatalog } from '../source/core/catalog/read-catalog.js';
import type { ServiceEntry } from '../source/core/catalog/types.js';
import { catalogLayout, type CatalogLayout } from '../source/core/compiled/lazy-catalog.js';
import { compareNames, compareNamesIgnoringCase, nameRanks } from '../source/core/compare-names.js';
import { UsageError } from '../source/core/errors.js';
import { dataPath } from '../source/core/paths.js';
import { readSections } from '../source/core/questions/read-sections.js';
import type { Section } from '../source/core/questions/types.js';
import type { Phrases } from '../source/core/render/engine.js';
import { TEMPLATE_OPTIONS } from '../source/core/render/engine.js';
import { readPhrases } from '../source/core/render/read-phrases.js';
import { regionTable } from '../source/core/render/region-names.js';
import { AJV_OPTIONS } from '../source/core/schema-compile.js';
import { readVocabulary } from '../source/core/vocabulary/read-vocabulary.js';
import { catalogIndexTables, indexCatalog } from '../source/core/scan/catalog-index.js';
import type { ScanTables } from '../source/core/scan/prebuilt-index.js';
import { matcherFor } from '../source/core/scan/source-scan.js';
import type { Vocabulary } from '../source/core/vocabulary/load.js';

export interface CompiledData {
  sections: Section[];
  vocabulary: Vocabulary;
  phrases: Phrases;
  catalog: ServiceEntry[];
  /** the catalog's JSON as the bundle ships it, and where each entry is in it (source/core/compiled/lazy-catalog.ts) */
  catalogFile: { json: string; layout: CatalogLayout };
  /** the scan's catalog index and snippet matcher for the catalog, as data (source/core/scan/prebuilt-index.ts) */
  scanTables: ScanTables;
  /** the catalog's service names with their rank under compareNames and compareNamesIgnoringCase */
  nameOrder: { en: [string, number][]; base: [string, number][] };
  /** English country names by ISO code, from the build's Intl.DisplayNames */
  regions: Record<string, string>;
  /** JS source of each template function, by path relative to outputs/ ("policy/intro.eta") */
  templates: Record<string, string>;
  /** ESM source with a standalone validator per schema of run-time input, exported as `validators` by file name */
  validators: string;
  /** every source file the data came from, relative to the package root */
  sources: string[];
}

export { UsageError };

export function compileData(): CompiledData {
  const root = dataPath();
  const templates = compileTemplates(dataPath('outputs'));
  const sources = [
    ...listFiles(dataPath('questions'), /\.ya?ml$/),
    ...listFiles(dataPath('outputs'), /\.(eta|ya?ml)$/),
    ...listFiles(dataPath('schema'), /\.json$/),
  ].map((file) => relative(root, file).split('\\').join('/'));
  // cache off: the build always validates the YAML itself
  const catalog = readCatalog(dataPath('questions', 'catalog'), false);
  const names = catalog.map((service) => service.name);
  return {
    sections: readSections(dataPath('questions', 'sections')),
    vocabulary: readVocabulary(dataPath('questions', 'vocabulary.yaml')),
    phrases: readPhrases(dataPath('outputs', 'phrases.yaml')),
    catalog,
    catalogFile: catalogLayout(catalog),
    scanTables: scanTables(catalog),
    nameOrder: { en: nameRanks(names, compareNames), base: nameRanks(names, compareNamesIgnoringCase) },
    regions: regionTable(),
    templates,
    validators: compileValidators(dataPath('schema')),
    sources,
  };
}

/** What the scan would build at run time from `catalog` (from source, where prebuilt-index.ts has no tables). */
export function scanTables(catalog: ServiceEntry[]): ScanTables {
  const index = indexCatalog({ services: catalog, byId: new Map(catalog.map((s) => [s.id, s])) });
  return { index: catalogIndexTables(catalog), matcher: matcherFor(index).tables() };
}

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name))
    .sort();
}

/** Each outputs/**\/*.eta as the body of its Eta function; a syntax error or an include of a missing template fails. */
function compileTemplates(views: string): Record<string, string> {
  const eta = new Eta({ ...TEMPLATE_OPTIONS, views });
  const files = listFiles(views, /\.eta$/);
  const names = new Set(files.map((file) => relative(views, file).split('\\').join('/')));
  const templates: Record<string, string> = {};
  for (const file of files) {
    const name = relative(views, file).split('\\').join('/');
    const text = readFileSync(file, 'utf8');
    try {
      eta.compile(text); // throws on a syntax error in the template or in the JS it becomes
    } catch (error) {
      throw new UsageError(`the template does not compile: ${(error as Error).message.split('\n').slice(0, 4).join(' ').trim()}`, {
        file,
        fix: 'close every <% %> tag and check the JavaScript inside it',
      });
    }
    for (const [, target] of text.matchAll(/include\(\s*['"]([^'"]+)['"]/g)) {
      const path = target!.startsWith('/') ? target!.slice(1) : join(name, '..', target!).split('\\').join('/');
      const wanted = /\.[a-z]+$/.test(path) ? path : `${path}.eta`;
      if (!names.has(wanted)) {
        throw new UsageError(`the template includes "${target}", which is not a template in outputs/`, {
          file,
          field: `include('${target}')`,
          fix: `create outputs/${wanted} or correct the name`,
        });
      }
    }
    templates[name] = `function (${eta.config.varName}, options) {\n${eta.compileToString(text)}\n}`;
  }
  return templates;
}

/** Schemas of data this build compiles (above): the bundle never validates such data again. */
const BUILD_TIME_SCHEMAS = new Set(['question-section.schema.json', 'catalog.schema.json']);

/** ESM code with one standalone validator per other schema, compiled with the options of schema-compile.ts. */
function compileValidators(dir: string): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const exports: Record<string, string> = {};
  const files = listFiles(dir, /\.json$/).filter((file) => !BUILD_TIME_SCHEMAS.has(relative(dir, file)));
  for (const [i, file] of files.entries()) {
    const name = relative(dir, file);
    ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')) as object, name);
    exports[`validator${i}`] = name;
  }
  const code = standalone.default(ajv, exports);
  const table = Object.entries(exports).map(([id, name]) => `  ${JSON.stringify(name)}: ${id},`);
  return `${code}\nexport const validators = {\n${table.join('\n')}\n};\n`;
}
