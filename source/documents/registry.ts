// Every document besides the policy and checklist. Add an entry here to have it written by
// `generate` and the wizard, kept in sync on re-runs, and checked by `check`.
import { appStorePrivacyDocument } from './apple/app-store-privacy.js';
import { privacyManifestDocument } from './apple/privacy-manifest.js';
import { playDataSafetyDocument } from './google/play-data-safety.js';
import { recordsCsvDocument, recordsDocument } from './records/document.js';
import { subprocessorsDocument } from './subprocessors/document.js';
import { COOKIE_DOCUMENTS } from './cookies/documents.js';
import type { DocumentSpec } from './types.js';

export const DOCUMENTS: DocumentSpec[] = [appStorePrivacyDocument, privacyManifestDocument, playDataSafetyDocument, subprocessorsDocument, recordsDocument, recordsCsvDocument, ...COOKIE_DOCUMENTS];

export const documentIds = (): string[] => ['policy', 'checklist', ...DOCUMENTS.map((d) => d.id)];
