// A control character in the manifest folder is a usage error naming the field, not a file-system crash.
import { describe, expect, test } from 'vitest';
import { manifestPath } from '../../source/documents/apple/manifest-path.js';
import { UsageError } from '../../source/core/errors.js';
import type { DocumentContext } from '../../source/documents/types.js';

const ctx = (path: string) => ({ facts: { answers: { 'product.privacyManifestPath': path } }, project: { root: '/p' } }) as unknown as DocumentContext;

describe('manifestPath', () => {
  test('a folder inside the project gets the manifest file name', () => {
    expect(manifestPath(ctx('ios/App'))).toBe('/p/ios/App/PrivacyInfo.xcprivacy');
  });
  test('a NUL in the answer names the field and the fix', () => {
    expect(() => manifestPath(ctx('ios/\u0000App'))).toThrow(UsageError);
    try {
      manifestPath(ctx('ios/\u0000App'));
    } catch (error) {
      expect((error as UsageError).format()).toContain('answers.product.privacyManifestPath.value');
    }
  });
});
