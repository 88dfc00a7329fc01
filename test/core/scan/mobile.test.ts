import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('mobile app: Podfile, Package.swift, Gradle (Groovy, Kotlin, version catalog) and pubspec.yaml', () => {
  it('finds each SDK at its line (multi-line declarations too) and skips commented-out ones', async () => {
    const result = await scanFixture('mobile');
    expect(evidenceByService(result)).toEqual({
      'firebase-crashlytics': ['android/app/build.gradle.kts:7', 'ios/Podfile:6'],
      'google-analytics': [
        'android/gradle/libs.versions.toml:5',
        'flutter_app/pubspec.yaml:9',
        'ios/Podfile:8',
      ],
      posthog: ['ios/Package.swift:8'],
      sentry: [
        'android/app/build.gradle.kts:11 (dev)',
        'android/gradle/libs.versions.toml:6',
        'flutter_app/pubspec.yaml:15 (dev)',
        'ios/Package.swift:7',
        'ios/Podfile:13 (dev)',
      ],
      stripe: [
        'android/app/build.gradle.kts:9',
        'android/legacy/build.gradle:3 (dev)',
        'flutter_app/pubspec.yaml:8',
        'ios/Package.swift:13',
        'ios/Podfile:5',
      ],
      twilio: ['android/legacy/build.gradle:2', 'android/legacy/build.gradle:5'],
    });
  });

  it('records the declared spelling: maven coordinates without version, Swift package URLs as written', async () => {
    const result = await scanFixture('mobile');
    const matches = result.services.flatMap((s) => s.evidence.map((e) => `${e.kind} ${e.match}`));
    expect(matches).toContain('maven io.sentry:sentry-android');
    expect(matches).toContain('maven com.stripe:stripe-android');
    expect(matches).toContain('swiftpm git@github.com:PostHog/posthog-ios.git');
    expect(matches).toContain('cocoapods Firebase/Crashlytics');
  });

  it('reports an unknown attribution SDK', async () => {
    const result = await scanFixture('mobile');
    expect(unrecognisedList(result)).toEqual(['com.adjust.sdk:adjust-android android/app/build.gradle.kts:12']);
  });
});
