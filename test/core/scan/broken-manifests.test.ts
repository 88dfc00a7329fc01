import { describe, expect, it } from 'vitest';
import { detectServices } from '../../../source/core/scan/detect.js';
import { evidenceByService, tempProject, testCatalog } from './helpers.js';

describe('a half-edited manifest', () => {
  it('is skipped without stopping the scan of the others', async () => {
    const root = tempProject({
      'package.json': '{ "dependencies": { "stripe": "1", ',
      'pyproject.toml': '[project\ndependencies = ["openai"',
      'pom.xml': '<project><dependencies><dependency><groupId>com.stripe</groupId>',
      'pubspec.yaml': 'dependencies:\n  flutter_stripe: [unclosed\n',
      'composer.json': '[1, 2]',
      'app/package.json': JSON.stringify({ dependencies: { twilio: '1' } }),
    });
    const result = await detectServices(root, testCatalog());
    expect(evidenceByService(result)).toEqual({ twilio: ['app/package.json:1'] });
    expect(result.filesRead).toContain('package.json');
  });
});
