// The non-interactive commands, which CI runs on every push. The build bundles them (and all they
// import) into one CommonJS file, loaded with V8's code cache (scripts/ci-bundle-plugin.mjs);
// from source, cli.tsx imports this module (ci-load.ts).
export { auditCommand } from './commands/audit.js';
export { checkCommand } from './commands/check.js';
export { generateCommand } from './commands/generate.js';
export { scanCommand } from './commands/scan.js';
// the bundle's own copy of the class, for cli-main.ts to recognise the errors its commands throw
export { UsageError } from './core/errors.js';
// the command line parsed and run inside the bundle, when cli.tsx sees a non-interactive command
export { main } from './cli-main.js';
