import type { ManifestParser } from '../declared-name.js';
import { jsonSectionNames } from './json-sections.js';

const SECTIONS = [
  { key: 'dependencies', dev: false },
  { key: 'optionalDependencies', dev: false },
  { key: 'peerDependencies', dev: false },
  { key: 'devDependencies', dev: true },
];

/** package.json: every dependency section. Workspace packages are found by the walker and read alike. */
export const parsePackageJson: ManifestParser = (text) => jsonSectionNames(text, 'npm', SECTIONS);
