import type { ManifestParser } from '../declared-name.js';
import { jsonSectionNames } from './json-sections.js';

const SECTIONS = [
  { key: 'require', dev: false },
  { key: 'require-dev', dev: true },
];

/** composer.json: require and require-dev, minus php, ext-* and lib-* (platform packages have no vendor/). */
export const parseComposerJson: ManifestParser = (text) =>
  jsonSectionNames(text, 'composer', SECTIONS).filter((d) => d.name.includes('/'));
