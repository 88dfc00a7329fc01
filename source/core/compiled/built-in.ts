// Helpers of the modules the build generates in place of the YAML readers
// (scripts/compiled-data-plugin.mjs): the bundled CLI holds only the data it was built with.
import { dataPath } from '../paths.js';

/** Data the build compiled, shipped as a JSON string (parsing JSON is faster than a JS literal). */
export function compiledData<T>(what: string, json: string): T {
  void what; // names the data in the bundle, for test/compiled-data.test.ts
  return JSON.parse(json) as T;
}

/** Throws unless <path> is the package's own data: only that was compiled into the bundle. */
export function assertBuiltIn(path: string, ...parts: string[]): void {
  const builtIn = dataPath(...parts);
  if (path !== builtIn) {
    throw new Error(`privacy-wizard: the bundled CLI holds only its built-in ${parts.join('/')}, not ${path}; run from source to read other files`);
  }
}
