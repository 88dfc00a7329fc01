// Entry point of a test bundle built with the CLI's own esbuild options (scripts/bundle-options.mjs),
// so test/scan-prebuilt.test.ts can compare the scan tables the build ships with those a run builds.
export { loadCatalog } from '../../source/core/catalog/load.js';
export { prebuiltScanTables } from '../../source/core/scan/prebuilt-index.js';
export { detectServices } from '../../source/core/scan/detect.js';
