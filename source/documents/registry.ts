// Every document besides the policy and checklist. Add an entry here to have it written by
// `generate` and the wizard, kept in sync on re-runs, and checked by `check`.
import { BUSINESS_DOCUMENTS } from './business-documents.js';
import type { DocumentSpec } from './types.js';

export const DOCUMENTS: DocumentSpec[] = [...BUSINESS_DOCUMENTS];

export const documentIds = (): string[] => ['policy', 'checklist', ...DOCUMENTS.map((d) => d.id)];
