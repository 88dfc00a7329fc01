// The interactive wizard, as the build bundles it: one CommonJS file compiled with V8's code cache,
// like the non-interactive commands (scripts/ci-bundle-plugin.mjs). Ink, React, the screens, the
// engine and the scan are in it; Ink's module runs only once the wizard command has found a terminal
// (commands/wizard.ts), and the Markdown renderer of the preview is a file of its own, loaded when a
// preview is first shown. From source, cli.tsx imports this module (ci-load.ts).
export { wizardCommand } from './commands/wizard.js';
// the bundle's own copy of the class, for cli-main.ts to recognise the errors the wizard throws
export { UsageError } from './core/errors.js';
// the command line parsed and run inside the bundle
export { main } from './cli-main.js';
