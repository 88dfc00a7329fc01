import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileSchema } from './schema-compile.js';

const compiled = new Map<string, ValidateFunction>();

/** A compiled validator for one of the JSON Schemas shipped in schema/. */
export function schemaValidator(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = compileSchema(name);
    compiled.set(name, validate);
  }
  return validate;
}

/** The most specific ajv error, as "path: message", for an error that names the field. */
export function describeSchemaError(errors: ErrorObject[] | null | undefined): { path: string; message: string } {
  // oneOf failures report every branch; the deepest path is the most useful one.
  const error = [...(errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (!error) return { path: '', message: 'does not match the schema' };
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  let message = error.message ?? 'is invalid';
  // a key that breaks `propertyNames` (an answer id that is no question id, such as "__proto__"): name the key
  const key = (error as { propertyName?: string }).propertyName;
  if (key !== undefined) return { path: path ? `${path}.${key}` : key, message: `is not a valid key (keys ${message})` };
  if (error.keyword === 'additionalProperties') {
    message = `has an unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  } else if (error.keyword === 'enum') {
    message = `must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return { path, message };
}
