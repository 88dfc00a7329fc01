import { describe, expect, it } from 'vitest';
import { sdkReason } from '../../../source/core/scan/sdk-heuristic.js';

describe('which unknown packages look like third-party SDKs', () => {
  it.each([
    ['@acme/analytics-client', 'analytics'],
    ['react-native-googleanalytics', 'analytics'],
    ['FirebaseCrashlytics', 'crashlytics'],
    ['node-telemetry', 'telemetry'],
    ['mixpanel-tracker', 'tracker'],
    ['appsflyer-attribution', 'attribution'],
    ['@fingerprintjs/fingerprintjs-pro', 'fingerprint'],
    ['@anthropic-ai/sdk', 'sdk'],
    ['com.adjust.sdk:adjust-android', 'sdk'],
    ['react-facebook-pixel', 'pixel'],
    ['play-services-ads', 'ads'],
    ['AdSupport-ads', 'ads'],
    ['crash-reporter-client', 'crash'],
    ['datadogMetrics', 'metrics'],
  ])('%s (%s)', (name, word) => {
    expect(sdkReason(name)).toBe(`name contains "${word}"`);
  });

  it.each([
    '@types/gtag.js',
    'eslint-plugin-tracking',
    '@typescript-eslint/eslint-plugin',
    'babel-plugin-analytics',
    'vite-plugin-pixel',
    'aws-sdk-mock',
    'analytics-loader',
    'pytest-analytics',
    'types-analytics',
    '@firebase/analytics-types',
    '@storybook/addon-analytics',
    'com.android.tools:sdk-common',
    'downloads',
    'pixelmatch',
    'react',
    'roads-sdkless',
  ])('%s is not reported', (name) => {
    expect(sdkReason(name)).toBeUndefined();
  });
});
