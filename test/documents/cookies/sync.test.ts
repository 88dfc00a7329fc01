// Through the registry, for every example product: the cookie documents, the sub-processor list and the record, where they apply, is written,
// unchanged on a re-run, and a hand edit is detected (Markdown by its marker, CSV/JSON by answers.json).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { AnswersFile } from '../../../source/core/answers/types.js';
import { computeOutputs, loadEngine } from '../../../source/project.js';
import type { Location } from '../../../source/store/locate.js';
import { loadAnswersFixture } from '../../helpers/facts.js';

const engine = loadEngine();
const IDS = ['cookies', 'cookies-json', 'subprocessors', 'records', 'records-csv'];
const NAMES = readdirSync(fileURLToPath(new URL('../../fixtures/answers/', import.meta.url))).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

function place(): Location {
  const root = mkdtempSync(join(tmpdir(), 'pw-biz-'));
  const dir = join(root, 'privacy');
  mkdirSync(dir);
  return { root, dir, dirName: 'privacy', answersPath: join(dir, 'answers.json') };
}

/** Writes what generate would: every file, and the markers of comment-less files into the answers. */
function write(file: AnswersFile, location: Location, today: string): AnswersFile {
  const outputs = computeOutputs(engine, file, location, { today });
  const generatedFiles = { ...(file.generatedFiles ?? {}) };
  for (const f of outputs.files) {
    writeFileSync(f.path, f.text);
    if (f.record) generatedFiles[f.record.key] = { lastUpdated: f.record.lastUpdated, sha256: f.record.sha256 };
  }
  return { ...file, policyVersions: outputs.versions, generatedFiles };
}

describe('business documents are kept in sync', () => {
  test.each(NAMES)('%s', (name) => {
    const location = place();
    const file = write(loadAnswersFixture(name), location, '2026-12-02');
    const again = computeOutputs(engine, file, location, { today: '2026-12-20' });
    const mine = again.documents.filter((d) => IDS.includes(d.id));
    if (name === 'eu-b2b-processor') expect(mine.map((d) => d.id).sort()).toEqual([...IDS].sort());
    for (const d of mine) {
      expect({ id: d.id, changed: d.changed, handEdited: d.existing?.handEdited }).toEqual({ id: d.id, changed: false, handEdited: false });
      writeFileSync(d.path, `${d.existing!.text}edited by hand\n`);
      const after = computeOutputs(engine, file, location, { today: '2026-12-20' }).documents.find((x) => x.id === d.id)!;
      expect({ id: d.id, handEdited: after.existing?.handEdited }).toEqual({ id: d.id, handEdited: true });
      writeFileSync(d.path, d.existing!.text);
    }
  });
});
