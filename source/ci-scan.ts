// `scan` alone, bundled apart from the other non-interactive commands (scripts/ci-bundle-plugin.mjs):
// it needs none of the question bank, rules, templates or documents that they load.
export { scanCommand } from './commands/scan.js';
export { UsageError } from './core/errors.js';
export { main } from './cli-main.js';
