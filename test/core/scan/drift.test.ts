import { describe, expect, it } from 'vitest';
import type { Catalog, ServiceEntry } from '../../../source/core/catalog/types.js';
import { findDrift } from '../../../source/core/scan/drift.js';
import type { Detection, ScanResult } from '../../../source/core/scan/types.js';

const entry = (id: string, extra: Record<string, unknown> = {}): ServiceEntry =>
  ({ id, name: id.toUpperCase(), category: 'hosting', data: [], purposes: [], privacyPolicy: 'https://x.test', identifiers: { npm: [id] }, verification: { checked: '2026-12-01', method: 't', sources: ['t'] }, ...extra }) as ServiceEntry;
const catalog = (entries: ServiceEntry[]): Catalog => ({ services: entries, byId: new Map(entries.map((e) => [e.id, e])) });
const detection = (id: string, extra: Partial<Detection> = {}): Detection => ({
  serviceId: id,
  name: id.toUpperCase(),
  confidence: 'manifest',
  evidence: [{ file: 'package.json', line: 3, kind: 'npm', match: id, confidence: 'manifest' }],
  ...extra,
});
const scan = (services: Detection[], dataKinds: ScanResult['dataKinds'] = []): ScanResult => ({ services, unrecognised: [], dataKinds, filesRead: [] });

describe('drift between answers and code, both ways', () => {
  const cat = catalog([entry('aws'), entry('aws-s3', { parent: 'aws' }), entry('stripe'), entry('intercom'), entry('twilio')]);

  it('fails on undeclared services, warns on declared ones without evidence, and lets a parent cover its children', () => {
    const drift = findDrift({ services: ['aws', 'intercom'], dismissed: [] }, scan([detection('aws-s3'), detection('stripe')]), cat);
    expect(drift.map((d) => `${d.severity} ${d.kind} ${d.subject}${d.file ? ` ${d.file}:${d.line}` : ''}`)).toEqual([
      'error undeclared-service stripe package.json:3',
      'warning service-without-evidence intercom',
    ]);
  });

  it('treats a service named only by a commented-out key as a possible service, a warning', () => {
    const optional = detection('twilio', { optional: true, confidence: 'name', evidence: [{ file: '.env.example', line: 9, kind: 'env', match: 'TWILIO_SID', confidence: 'name', optional: true }] });
    expect(findDrift({ services: [], dismissed: [] }, scan([optional]), cat)).toEqual([
      { kind: 'possible-service', subject: 'twilio', label: 'TWILIO', file: '.env.example', line: 9, severity: 'warning' },
    ]);
  });

  it('warns on data kinds found in schemas that the answers do not declare, only once data.categories is answered', () => {
    const found = scan([], [{ category: 'demographic', kinds: ['date of birth'], evidence: [{ file: 'prisma/schema.prisma', line: 42, match: 'User.dob', kind: 'date of birth' }] }]);
    expect(findDrift({ services: [], dismissed: [], dataCategories: ['contact'] }, found, cat)).toEqual([
      { kind: 'undeclared-data', subject: 'demographic', label: 'demographic', kinds: ['date of birth'], file: 'prisma/schema.prisma', line: 42, severity: 'warning' },
    ]);
    expect(findDrift({ services: [], dismissed: [], dataCategories: ['demographic'] }, found, cat)).toEqual([]);
    expect(findDrift({ services: [], dismissed: [] }, found, cat)).toEqual([]);
  });
});
