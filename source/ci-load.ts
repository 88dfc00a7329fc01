// Loads the commands' bundles. From source these are dynamic imports; the build puts in their place
// a loader of the bundles it made, each compiled with the code cache of the command about to run
// where that cache matches this Node (scripts/ci-bundle-plugin.mjs).
export async function loadCiCommands(command: string): Promise<typeof import('./ci-commands.js')> {
  void command; // the loader of the bundle reads that command's code cache
  return import('./ci-commands.js');
}

/** The interactive wizard's bundle (wizard-bundle.ts). */
export async function loadWizardBundle(): Promise<typeof import('./wizard-bundle.js')> {
  return import('./wizard-bundle.js');
}
