// Compiles a JSON Schema of schema/ with ajv at run time. Only a run from source (the tests)
// does this: the bundle replaces this module with validators ajv generated at build time
// (scripts/compiled-data-plugin.mjs), which is most of what a CI command's start used to cost.
import { readFileSync } from 'node:fs';
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { dataPath } from './paths.js';

/**
 * The ajv options of every schema validator; the build generates the standalone code with the same.
 * The shipped schemas are checked against the draft-07 meta-schema once, in the tests, rather than
 * on every load (that compiled the meta-schema too).
 */
export const AJV_OPTIONS: Options = { allErrors: false, strict: false, validateSchema: false };

/** A validator for schema/<name>. */
export function compileSchema(name: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(dataPath('schema', name), 'utf8')) as object;
  return new Ajv(AJV_OPTIONS).compile(schema);
}
