// The store documents through the built CLI: generate writes them for a mobile app, re-runs leave
// them alone, check reports a hand edit (also of the CSV, whose hash lives in answers.json), and the
// manifest goes where the answers say.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

function setAnswer(root: string, id: string, value: unknown): void {
  const path = join(root, 'privacy', 'answers.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  file.answers[id] = { value, source: 'user' };
  writeFileSync(path, JSON.stringify(file, null, 2));
}

const problems = (root: string) => (JSON.parse(runCli(['check', '--cwd', root, '--json']).stdout) as { problems: { kind: string; file?: string }[] }).problems.filter((p) => p.kind !== 'audit-errors' && p.file !== 'privacy/privacy-policy.md');

describe('store documents via generate and check', () => {
  test('a mobile app gets all three; a re-run leaves them unchanged; a hand-edited CSV or manifest fails check', () => {
    const root = projectWithAnswers('us-mobile-ads');
    const first = runCli(['generate', '--cwd', root]);
    for (const f of ['privacy/app-store-privacy.md', 'privacy/PrivacyInfo.xcprivacy', 'privacy/play-data-safety.csv']) expect(first.stdout).toContain(`wrote ${f}`);
    expect(parsePlist(readFileSync(join(root, 'privacy', 'PrivacyInfo.xcprivacy'), 'utf8'))).toHaveProperty('NSPrivacyCollectedDataTypes');

    const again = runCli(['generate', '--cwd', root]);
    for (const f of ['privacy/app-store-privacy.md', 'privacy/PrivacyInfo.xcprivacy', 'privacy/play-data-safety.csv']) expect(again.stdout).toContain(`unchanged ${f}`);
    expect(problems(root)).toEqual([]);

    const csv = join(root, 'privacy', 'play-data-safety.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA,,true', 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA,,false'));
    const plist = join(root, 'privacy', 'PrivacyInfo.xcprivacy');
    writeFileSync(plist, readFileSync(plist, 'utf8').replace('<true/>', '<false/>'));
    expect(problems(root).map((p) => `${p.kind} ${p.file}`)).toEqual(['hand-edited privacy/PrivacyInfo.xcprivacy', 'hand-edited privacy/play-data-safety.csv']);
  });

  test('--skip leaves a store document out, and a web product gets none', () => {
    const root = projectWithAnswers('us-mobile-ads');
    const run = runCli(['generate', '--cwd', root, '--skip', 'play-data-safety']);
    expect(run.stdout).toContain('wrote privacy/app-store-privacy.md');
    expect(existsSync(join(root, 'privacy', 'play-data-safety.csv'))).toBe(false);

    const web = projectWithAnswers('eu-b2b-processor');
    runCli(['generate', '--cwd', web]);
    for (const f of ['app-store-privacy.md', 'PrivacyInfo.xcprivacy', 'play-data-safety.csv']) expect(existsSync(join(web, 'privacy', f))).toBe(false);
  });

  test('the manifest goes into the folder the answers name, and only there', () => {
    const root = projectWithAnswers('us-mobile-ads');
    mkdirSync(join(root, 'ios', 'PocketQuest'), { recursive: true });
    setAnswer(root, 'product.privacyManifestPath', 'ios/PocketQuest');
    const run = runCli(['generate', '--cwd', root]);
    expect(run.stdout).toContain('wrote ios/PocketQuest/PrivacyInfo.xcprivacy');
    expect(existsSync(join(root, 'privacy', 'PrivacyInfo.xcprivacy'))).toBe(false);
    expect(readFileSync(join(root, 'privacy', 'app-store-privacy.md'), 'utf8')).toContain('`ios/PocketQuest/PrivacyInfo.xcprivacy` declares the same data types');
  });

  test('a manifest the tool did not write is not overwritten without --force', () => {
    const root = projectWithAnswers('us-mobile-ads');
    mkdirSync(join(root, 'ios'), { recursive: true });
    const own = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict/></plist>\n';
    writeFileSync(join(root, 'ios', 'PrivacyInfo.xcprivacy'), own);
    setAnswer(root, 'product.privacyManifestPath', 'ios');
    runCli(['generate', '--cwd', root]);
    expect(readFileSync(join(root, 'ios', 'PrivacyInfo.xcprivacy'), 'utf8')).toBe(own);
  });
});
