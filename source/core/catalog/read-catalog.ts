// Reads and validates the service catalog's YAML, through the disk cache. Only a run from source
// (the tests) does this: the bundle replaces this module with the catalog the build validated with
// this same code (scripts/compiled-data-plugin.mjs), so a broken entry fails the build.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse, YAMLParseError } from 'yaml';
import { dataPath } from '../paths.js';
import { UsageError } from '../errors.js';
import { loadVocabulary, type Vocabulary } from '../vocabulary/load.js';
import { identifierKey, type IdentifierKind } from '../scan/identifier-key.js';
import { catalogCache, type CatalogSource } from './disk-cache.js';
import type { ServiceEntry } from './types.js';

let validator: ValidateFunction | undefined;

/**
 * The validated entries of <dir>/*.yaml (and *.yml), in file-name order. Throws a UsageError naming
 * the file, entry and field of the first problem. With `cache`, an unchanged catalog is read from
 * the JSON it was validated into last time (disk-cache.ts).
 */
export function readCatalog(dir: string, cache: boolean): ServiceEntry[] {
  const sources = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
  const disk = cache ? catalogCache(sources) : undefined;
  let services = disk?.read();
  if (!services) {
    services = validateCatalog(sources);
    disk?.write(services);
  }
  return services;
}

function validateCatalog(sources: CatalogSource[]): ServiceEntry[] {
  const known = knownIds(loadVocabulary());
  const services: ServiceEntry[] = [];
  const origin = new Map<ServiceEntry, string>();
  for (const { file, text } of sources) {
    for (const entry of readCatalogFile(file, text)) {
      checkVocabulary(entry, file, known);
      services.push(entry);
      origin.set(entry, file);
    }
  }
  checkUnique(services, origin);
  checkParents(services, origin);
  return services;
}

function readCatalogFile(file: string, text: string): ServiceEntry[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new UsageError(`the catalog file is not valid YAML: ${error.message.split('\n')[0]}`, {
        file: line ? `${file}:${line}` : file,
        fix: 'fix the YAML syntax (indentation, quotes, a "-" before each entry)',
      });
    }
    throw error;
  }
  // An empty file (a category being started) holds no entries yet.
  if (data === null || data === undefined) return [];
  validator ??= compileSchema();
  if (!validator(data)) {
    throw schemaError(file, data, validator.errors ?? []);
  }
  return data as ServiceEntry[];
}

function compileSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(dataPath('schema', 'catalog.schema.json'), 'utf8')) as object;
  // Checking our own schema against the draft-07 meta-schema would compile that meta-schema
  // too, which was most of the load time; the shipped schema is checked once in the tests instead.
  // allErrors off: the first problem is enough to stop.
  return new Ajv({ allErrors: false, validateSchema: false }).compile(schema);
}

/** Turns ajv's "/3/identifiers/npm/0 must be string" into entry id + field + a fix. */
function schemaError(file: string, data: unknown, errors: ErrorObject[]): UsageError {
  const error = errors[0];
  if (!error) return new UsageError('the catalog file does not match its schema', { file });
  const [index, ...rest] = error.instancePath.split('/').slice(1);
  if (index === undefined) {
    return new UsageError(`the catalog file ${error.message ?? 'is invalid'}`, {
      file,
      fix: 'a catalog file is a YAML list of services (each item starts with "- id: ...")',
    });
  }
  const entry = (data as unknown[])[Number(index)] as Record<string, unknown> | undefined;
  const entryName = typeof entry?.id === 'string' ? `"${entry.id}"` : `#${Number(index) + 1}`;
  let field = rest.join('.');
  let fix = 'see schema/catalog.schema.json';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    field = [field, String(params.missingProperty)].filter(Boolean).join('.');
    fix = `add "${String(params.missingProperty)}"`;
  } else if (error.keyword === 'additionalProperties') {
    field = [field, String(params.additionalProperty)].filter(Boolean).join('.');
    fix = `remove "${String(params.additionalProperty)}" or correct its spelling`;
  } else if (error.keyword === 'pattern') {
    fix = `use a value matching ${String(params.pattern)}`;
  } else if (error.keyword === 'enum') {
    fix = `use one of: ${(params.allowedValues as unknown[]).join(', ')}`;
  }
  return new UsageError(`catalog entry ${entryName} ${field || 'entry'} ${error.message ?? 'is invalid'}`, {
    file,
    field: field ? `${entryName}.${field}` : entryName,
    fix,
  });
}

/** The vocabulary ids a catalog entry may use, per field. */
interface KnownIds {
  categories: Set<string>;
  dataIds: Set<string>;
  purposes: Set<string>;
  cookieKinds: Set<string>;
  sensitive: Set<string>;
}

function knownIds(vocabulary: Vocabulary): KnownIds {
  const ids = (...lists: { id: string }[][]) => new Set(lists.flat().map((t) => t.id));
  return {
    categories: ids(vocabulary.serviceCategories),
    // A service may receive special-category data too (identity verification, health APIs).
    dataIds: ids(vocabulary.dataCategories, vocabulary.sensitiveCategories),
    purposes: ids(vocabulary.purposes),
    cookieKinds: ids(vocabulary.cookieKinds),
    sensitive: ids(vocabulary.sensitiveCategories),
  };
}

function checkVocabulary(
  entry: ServiceEntry,
  file: string,
  { categories, dataIds, purposes, cookieKinds, sensitive }: KnownIds,
): void {
  const fail = (field: string, value: string, listName: string, ids: Set<string>) =>
    new UsageError(`catalog entry "${entry.id}" uses unknown ${listName} id "${value}"`, {
      file,
      field: `"${entry.id}".${field}`,
      fix: `use one of the ${listName} ids in questions/vocabulary.yaml: ${[...ids].join(', ')}`,
    });
  if (!categories.has(entry.category)) throw fail('category', entry.category, 'serviceCategories', categories);
  for (const id of entry.data) if (!dataIds.has(id)) throw fail('data', id, 'dataCategories', dataIds);
  for (const id of entry.purposes) if (!purposes.has(id)) throw fail('purposes', id, 'purposes', purposes);
  const kind = entry.cookies?.kind;
  if (kind !== undefined && !cookieKinds.has(kind)) throw fail('cookies.kind', kind, 'cookieKinds', cookieKinds);
  for (const id of entry.sensitive ?? []) if (!sensitive.has(id)) throw fail('sensitive', id, 'sensitiveCategories', sensitive);
}

/** A parent must be another entry of the catalog, and following parents must end (no loop). */
function checkParents(services: ServiceEntry[], origin: Map<ServiceEntry, string>): void {
  const byId = new Map(services.map((s) => [s.id, s]));
  for (const entry of services) {
    if (entry.parent === undefined) continue;
    const problem = (message: string, fix: string) =>
      new UsageError(`catalog entry "${entry.id}" ${message}`, { file: origin.get(entry), field: `"${entry.id}".parent`, fix });
    if (!byId.has(entry.parent)) {
      throw problem(`names parent "${entry.parent}", which is not a catalog id`, 'use the id of the broader service (e.g. "aws"), or remove "parent"');
    }
    const seen = [entry.id];
    for (let up = byId.get(entry.parent); up; up = up.parent === undefined ? undefined : byId.get(up.parent)) {
      if (seen.includes(up.id)) {
        throw problem(`is its own ancestor (${[...seen, up.id].join(' -> ')})`, 'remove "parent" from one entry of the loop');
      }
      seen.push(up.id);
    }
  }
}

/** Rejects a repeated id or identifier, naming both entries, so a package maps to one service. */
function checkUnique(services: ServiceEntry[], origin: Map<ServiceEntry, string>): void {
  const byId = new Map<string, ServiceEntry>();
  const owners = new Map<string, ServiceEntry>();
  const where = (entry: ServiceEntry) => `"${entry.id}" (${basename(origin.get(entry) ?? '')})`;
  for (const entry of services) {
    const previous = byId.get(entry.id);
    if (previous) {
      throw new UsageError(`catalog id "${entry.id}" is used by two entries: ${where(previous)} and ${where(entry)}`, {
        file: origin.get(entry),
        field: `"${entry.id}".id`,
        fix: 'give each service its own id, or merge the two entries',
      });
    }
    byId.set(entry.id, entry);
    for (const [kind, names] of Object.entries(entry.identifiers) as [IdentifierKind, string[]][]) {
      for (const name of names) {
        const key = `${kind}\0${identifierKey(kind, name)}`;
        const owner = owners.get(key);
        if (owner && owner !== entry) {
          throw new UsageError(
            `identifier ${kind} "${name}" is declared by two entries: ${where(owner)} and ${where(entry)}`,
            {
              file: origin.get(entry),
              field: `"${entry.id}".identifiers.${kind}`,
              fix: `keep "${name}" in the one entry it belongs to`,
            },
          );
        }
        owners.set(key, entry);
      }
    }
  }
}
