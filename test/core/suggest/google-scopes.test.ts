// google.data is suggested from the OAuth scopes the code requests, found by the real scan with the
// real catalog; the googleapis package alone proves no scope, so it pre-selects nothing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../source/core/catalog/load.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { detectServices } from '../../../source/core/scan/detect.js';
import { choiceMarkers, suggestAnswer } from '../../../source/core/suggest/index.js';
import { context } from './fixtures.js';

process.env.PRIVACY_WIZARD_CACHE_DIR ??= join(tmpdir(), 'privacy-wizard-test-cache');

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pw-google-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const question = loadQuestionBank().byId.get('google.data')!;
const suggestFor = async (files: Record<string, string>) => {
  const scan = await detectServices(project(files), loadCatalog());
  const ctx = context({ detections: scan.services });
  return { scan, suggestion: suggestAnswer(question, ctx), markers: choiceMarkers(question, ctx) };
};

describe('Google data from OAuth scopes', () => {
  it('pre-selects the Google data whose scopes the code requests, with where', async () => {
    const { scan, suggestion, markers } = await suggestFor({
      'package.json': JSON.stringify({ name: 'mailer', dependencies: { googleapis: '^140.0.0' } }),
      // The scan keeps one piece of evidence per service per file, so each scope is in its own file here.
      'src/gmail.ts': "export const SCOPES = [\n  'https://www.googleapis.com/auth/gmail.readonly',\n  'https://www.googleapis.com/auth/userinfo.email',\n];\n",
      'src/calendar.ts': "export const SCOPE = 'https://www.googleapis.com/auth/calendar.events';\n",
    });
    expect(scan.services.map((s) => s.serviceId)).toContain('google-workspace-apis');
    expect(suggestion).toMatchObject({ source: 'detected', origin: 'scan' });
    expect([...(suggestion!.value as string[])].sort()).toEqual(['calendar', 'gmail']);
    expect(markers.gmail).toBe('scope requested in src/gmail.ts:2');
    expect(markers.drive).toBeUndefined();
  });

  it('suggests nothing from the googleapis package alone, or from sign-in scopes', async () => {
    const { scan, suggestion } = await suggestFor({
      'package.json': JSON.stringify({ name: 'app', dependencies: { googleapis: '^140.0.0' } }),
      'src/auth.ts': "const scope = 'https://www.googleapis.com/auth/userinfo.profile';\n",
    });
    expect(scan.services.map((s) => s.serviceId)).toContain('google-workspace-apis');
    expect(suggestion).toBeUndefined();
  });
});
