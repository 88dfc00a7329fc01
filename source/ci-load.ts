// Loads the non-interactive commands. From source this is a dynamic import; the build puts in its
// place a loader of the commands' own bundle, compiled with the code cache of the command about to
// run where that cache matches this Node (scripts/ci-bundle-plugin.mjs).
export async function loadCiCommands(command: string): Promise<typeof import('./ci-commands.js')> {
  void command; // the loader of the bundle reads that command's code cache
  return import('./ci-commands.js');
}
