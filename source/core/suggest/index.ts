export { resolveChoices, catalogChoices, choicesFromAnswer, type ChoiceContext } from './choices.js';
export { recordItems, type RecordItem } from './items.js';
export { readProjectHints, productNameOf, type ProjectHints } from './project-hints.js';
export { suggestAnswer, choiceMarkers, serviceDefaults, serviceDetailsDefaults, mergeRecords, evidenceOf, dataEvidenceOf, type SuggestContext, type Suggestion } from './suggestions.js';
export { formatAnswer } from './format.js';
