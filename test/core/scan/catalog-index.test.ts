import { describe, expect, it } from 'vitest';
import type { Catalog, ServiceEntry } from '../../../source/core/catalog/types.js';
import { indexCatalog } from '../../../source/core/scan/catalog-index.js';
import type { DeclaredName } from '../../../source/core/scan/declared-name.js';

function entry(id: string, identifiers: ServiceEntry['identifiers']): ServiceEntry {
  return {
    id,
    name: id,
    category: 'analytics',
    data: [],
    purposes: [],
    privacyPolicy: 'https://example.com',
    identifiers,
    verification: { checked: '2026-01-01', method: 'test', sources: ['https://example.com'] },
  };
}

function catalogOf(...services: ServiceEntry[]): Catalog {
  return { services, byId: new Map(services.map((s) => [s.id, s])) };
}

const catalog = catalogOf(
  entry('aws', { go: ['github.com/aws/aws-sdk-go-v2'], env: ['AWS_'] }),
  entry('aws-ses', { go: ['github.com/aws/aws-sdk-go-v2/service/ses'], env: ['AWS_SES_'] }),
  entry('firebase', { maven: ['com.google.firebase:'], cocoapods: ['Firebase'] }),
  entry('firebase-analytics', { maven: ['com.google.firebase:firebase-analytics'], cocoapods: ['Firebase/Analytics'] }),
  entry('sentry', { pypi: ['sentry-sdk'], nuget: ['Sentry'], swiftpm: ['github.com/getsentry/sentry-cocoa'] }),
  entry('segment', { npm: ['@segment/analytics-next'], env: ['SEGMENT_WRITE_KEY'] }),
);
const match = (kind: DeclaredName['kind'], name: string) => indexCatalog(catalog).match({ kind, name })?.id;

describe('catalog match rules', () => {
  it('npm names match exactly', () => {
    expect(match('npm', '@segment/analytics-next')).toBe('segment');
    expect(match('npm', '@segment/analytics-nextjs')).toBeUndefined();
    expect(match('npm', '@Segment/analytics-next')).toBeUndefined();
  });

  it('pypi names match after PEP 503 normalisation; nuget case-insensitively', () => {
    expect(match('pypi', 'Sentry_SDK')).toBe('sentry');
    expect(match('pypi', 'sentry.sdk')).toBe('sentry');
    expect(match('pypi', 'sentrysdk')).toBeUndefined();
    expect(match('nuget', 'sentry')).toBe('sentry');
  });

  it('go modules match by path prefix on segment boundaries, the longest prefix winning', () => {
    expect(match('go', 'github.com/aws/aws-sdk-go-v2')).toBe('aws');
    expect(match('go', 'github.com/aws/aws-sdk-go-v2/service/s3')).toBe('aws');
    expect(match('go', 'github.com/aws/aws-sdk-go-v2/service/ses')).toBe('aws-ses');
    expect(match('go', 'github.com/aws/aws-sdk-go-v2/service/sesv2')).toBe('aws');
    expect(match('go', 'github.com/aws/aws-sdk-go-v2-extras')).toBeUndefined();
  });

  it('maven coordinates match exactly or by "group:" prefix', () => {
    expect(match('maven', 'com.google.firebase:firebase-analytics')).toBe('firebase-analytics');
    expect(match('maven', 'com.google.firebase:firebase-messaging')).toBe('firebase');
    expect(match('maven', 'com.google.firebase.extra:thing')).toBeUndefined();
  });

  it('cocoapods subspecs fall back to their pod unless listed themselves', () => {
    expect(match('cocoapods', 'Firebase/Analytics')).toBe('firebase-analytics');
    expect(match('cocoapods', 'Firebase/Messaging')).toBe('firebase');
  });

  it('swift packages match by repository path whatever the URL form', () => {
    for (const url of [
      'https://github.com/getsentry/sentry-cocoa.git',
      'https://github.com/getsentry/sentry-cocoa/',
      'git@github.com:getsentry/sentry-cocoa.git',
      'ssh://git@github.com/getsentry/sentry-cocoa',
      'https://GitHub.com/GetSentry/Sentry-Cocoa',
    ]) {
      expect(match('swiftpm', url), url).toBe('sentry');
    }
    expect(match('swiftpm', 'https://github.com/getsentry/sentry-cocoa-extras')).toBeUndefined();
  });

  it('env keys match exactly or by a prefix ending in "_", case-insensitively, the longest prefix winning', () => {
    expect(match('env', 'SEGMENT_WRITE_KEY')).toBe('segment');
    expect(match('env', 'SEGMENT_WRITE_KEY_2')).toBeUndefined();
    expect(match('env', 'AWS_REGION')).toBe('aws');
    expect(match('env', 'aws_ses_region')).toBe('aws-ses');
    expect(match('env', 'AWSOME')).toBeUndefined();
  });

  it('env keys exposed to browser code under a framework prefix match the bare key', () => {
    expect(match('env', 'NEXT_PUBLIC_SEGMENT_WRITE_KEY')).toBe('segment');
    expect(match('env', 'VITE_AWS_REGION')).toBe('aws');
    expect(match('env', 'react_app_aws_ses_region')).toBe('aws-ses');
    expect(match('env', 'NEXT_PUBLIC_SITE_URL')).toBeUndefined();
  });

  it("env keys behind an app's own prefix match the vendor's key after it, when that has two words or more", () => {
    expect(match('env', 'MY_SEGMENT_WRITE_KEY')).toBe('segment');
    expect(match('env', 'NEXT_PUBLIC_SHOP_SEGMENT_WRITE_KEY')).toBe('segment');
    expect(match('env', 'MY_SEGMENT')).toBeUndefined();
    expect(match('env', 'MY_SITE_URL')).toBeUndefined();
  });
});
