// Loads the non-interactive commands. From source this is a dynamic import; the build puts in its
// place a loader of the commands' own bundle, compiled with V8's code cache where the cache
// matches this Node (scripts/ci-bundle-plugin.mjs).
export async function loadCiCommands(): Promise<typeof import('./ci-commands.js')> {
  return import('./ci-commands.js');
}
