import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { groupUnrecognised, packageFamily } from '../../../source/core/scan/unrecognised.js';
import type { Unrecognised } from '../../../source/core/scan/types.js';
import { tempProject, testCatalog } from './helpers.js';

const item = (name: string, file: string, extra: Partial<Unrecognised> = {}): Unrecognised => ({
  name,
  file,
  line: 1,
  kind: 'npm',
  reason: 'name contains "sdk"',
  ...extra,
});

describe('grouping unrecognised packages', () => {
  it('lists a vendor scope once, the other packages under it', () => {
    expect(
      groupUnrecognised([
        item('@aws-sdk/client-sqs', 'a/package.json'),
        item('@aws-sdk/client-s3', 'b/package.json'),
        item('acme-sdk', 'a/package.json'),
        item('other-sdk', 'a/package.json'),
      ]),
    ).toEqual([
      item('@aws-sdk/client-s3', 'b/package.json', { others: ['@aws-sdk/client-sqs'] }),
      item('acme-sdk', 'a/package.json'),
      item('other-sdk', 'a/package.json'),
    ]);
  });

  it('keeps one sighting per name, preferring a production one, and a group is dev only if all are', () => {
    const grouped = groupUnrecognised([
      item('@acme/sdk', 'web/package.json', { dev: true }),
      item('@acme/sdk', 'api/package.json'),
      item('@beta/sdk-a', 'x/package.json', { dev: true }),
      item('@beta/sdk-b', 'x/package.json'),
    ]);
    expect(grouped).toEqual([
      item('@acme/sdk', 'api/package.json'),
      item('@beta/sdk-a', 'x/package.json', { others: ['@beta/sdk-b'] }),
    ]);
  });

  it('does not group across ecosystems', () => {
    const grouped = groupUnrecognised([
      item('acme/pixel', 'composer.json', { kind: 'composer' }),
      item('acme/pixel-extra', 'composer.json', { kind: 'composer' }),
      item('@acme/pixel', 'package.json'),
    ]);
    expect(grouped.map((g) => [g.kind, g.name, g.others])).toEqual([
      ['npm', '@acme/pixel', undefined],
      ['composer', 'acme/pixel', ['acme/pixel-extra']],
    ]);
  });

  it('knows the vendor part of names in each ecosystem', () => {
    expect(packageFamily('npm', '@aws-sdk/client-s3')).toBe('@aws-sdk/');
    expect(packageFamily('npm', 'aws-sdk')).toBeUndefined();
    expect(packageFamily('maven', 'com.adjust.sdk:adjust-android')).toBe('com.adjust.sdk:');
    expect(packageFamily('composer', 'acme/pixel-bridge')).toBe('acme/');
    expect(packageFamily('go', 'github.com/aws/aws-sdk-go-v2/service/s3')).toBe('github.com/aws/');
    expect(packageFamily('go', 'go.opentelemetry.io/otel/sdk')).toBe('go.opentelemetry.io/');
    expect(packageFamily('pypi', 'segment-analytics-python')).toBeUndefined();
  });

  it('shows in a scan as one entry per scope', async () => {
    const root = tempProject({
      'package.json': JSON.stringify({
        dependencies: { '@opentelemetry/sdk-node': '1', '@opentelemetry/exporter-trace-otlp-http': '1', '@opentelemetry/api': '1' },
      }),
    });
    const result = await detectServices(root, testCatalog());
    expect(result.unrecognised).toEqual([
      {
        name: '@opentelemetry/api',
        file: 'package.json',
        line: 1,
        kind: 'npm',
        reason: 'name contains "telemetry"',
        others: ['@opentelemetry/exporter-trace-otlp-http', '@opentelemetry/sdk-node'],
      },
    ]);
  });
});
