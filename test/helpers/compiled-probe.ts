// Entry point of a test bundle built with the CLI's own esbuild options (scripts/bundle-options.mjs),
// so test/compiled-data.test.ts can compare what the bundle holds with what the YAML says.
export { loadCatalog } from '../../source/core/catalog/load.js';
export { loadQuestionBank } from '../../source/core/questions/load.js';
export { loadPhrases } from '../../source/core/render/engine.js';
export { renderChecklist } from '../../source/core/render/checklist.js';
export { renderPolicy } from '../../source/core/render/policy.js';
export { regionName } from '../../source/core/render/region-names.js';
export { schemaValidator } from '../../source/core/schema.js';
export { loadVocabulary } from '../../source/core/vocabulary/load.js';
