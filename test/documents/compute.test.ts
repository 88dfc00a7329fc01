// The registry machinery every extra document goes through: marker kinds, dates that move only
// with the text, hand edits detected (also for CSV/JSON, whose marker lives in answers.json).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeOutputs, loadEngine, type OutputFile } from '../../source/project.js';
import { computeDocument, documentContext } from '../../source/documents/compute.js';
import type { DocumentSpec } from '../../source/documents/types.js';
import { parseGenerated } from '../../source/store/generated-file.js';
import type { Location } from '../../source/store/locate.js';
import { loadAnswersFixture } from '../helpers/facts.js';

const engine = loadEngine();
const file = loadAnswersFixture('saas');

function place(): Location {
  const root = mkdtempSync(join(tmpdir(), 'pw-doc-'));
  const dir = join(root, 'privacy');
  mkdirSync(dir);
  return { root, dir, dirName: 'privacy', answersPath: join(dir, 'answers.json') };
}

function run(spec: DocumentSpec, location: Location, today: string, answers = file): OutputFile {
  const outputs = computeOutputs(engine, answers, location, { today });
  const ctx = documentContext({ facts: outputs.facts, audit: outputs.audit, engine, today, lastUpdated: outputs.lastUpdated, format: 'markdown', location, policyFile: 'privacy-policy.md' });
  return computeDocument(spec, ctx, location, answers);
}

const spec = (marker: DocumentSpec['marker'], file: string, render: DocumentSpec['render']): DocumentSpec => ({ id: 'test-doc', title: 'Test document', file: () => file, applies: () => true, render, marker });

describe('a registry document', () => {
  test('Markdown: carries the marker; the date stays while the text is the same; a hand edit is detected', () => {
    const location = place();
    const doc = spec('html', 'doc.md', (ctx) => `# ${ctx.facts.product.name}\n`);
    const first = run(doc, location, '2026-12-01');
    expect(first.changed).toBe(true);
    expect(first.existing).toBeUndefined();
    expect(parseGenerated(first.text)).toMatchObject({ lastUpdated: '2026-12-01', handEdited: false, body: '# Brightnote\n' });
    writeFileSync(first.path, first.text);

    const again = run(doc, location, '2026-12-05');
    expect(again.changed).toBe(false);
    expect(again.text).toBe(first.text);

    writeFileSync(first.path, `${first.text}An extra line.\n`);
    const edited = run(doc, location, '2026-12-05');
    expect(edited.existing?.handEdited).toBe(true);
    expect(edited.changed).toBe(true);
  });

  test('a changed text takes the new date', () => {
    const location = place();
    let text = 'one\n';
    const doc = spec('html', 'doc.md', () => text);
    const first = run(doc, location, '2026-12-01');
    writeFileSync(first.path, first.text);
    text = 'two\n';
    expect(parseGenerated(run(doc, location, '2026-12-07').text).lastUpdated).toBe('2026-12-07');
  });

  test('XML: the marker follows the XML declaration and DOCTYPE, which stay first', () => {
    const location = place();
    const plist = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict/></plist>\n';
    const out = run(spec('xml', 'PrivacyInfo.xcprivacy', () => plist), location, '2026-12-01');
    const lines = out.text.split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines[1]).toMatch(/^<!DOCTYPE plist/);
    expect(lines[2]).toMatch(/^<!-- privacy-wizard: generated file; .* sha256=[0-9a-f]{64} -->$/);
    expect(lines[2]!.slice(4, -3)).not.toContain('--');
    expect(parseGenerated(out.text).handEdited).toBe(false);
  });

  test('CSV without comments: the text is written as rendered and its hash goes to answers.json', () => {
    const location = place();
    const csv = 'a,b\r\n1,2\r\n';
    const doc = spec('none', 'data.csv', () => csv);
    const first = run(doc, location, '2026-12-01');
    expect(first.text).toBe(csv);
    expect(first.record).toMatchObject({ key: 'data.csv', lastUpdated: '2026-12-01' });
    writeFileSync(first.path, csv);

    // no record in the answers: the file is ours only while it is what we would write now
    expect(run(doc, location, '2026-12-02').existing?.handEdited).toBe(false);
    writeFileSync(first.path, 'a,b\r\n9,9\r\n');
    expect(run(doc, location, '2026-12-02').existing?.handEdited).toBe(true);
    writeFileSync(first.path, csv);

    const recorded = { ...file, generatedFiles: { 'data.csv': { lastUpdated: first.record!.lastUpdated, sha256: first.record!.sha256 } } };
    const same = run(doc, location, '2026-12-09', recorded);
    expect(same).toMatchObject({ changed: false, existing: { handEdited: false } });
    expect(same.record?.lastUpdated).toBe('2026-12-01');

    writeFileSync(first.path, 'a,b\r\n1,3\r\n');
    expect(run(doc, location, '2026-12-09', recorded).existing?.handEdited).toBe(true);
    // an LF checkout is the same text
    writeFileSync(first.path, 'a,b\n1,2\n');
    expect(run(doc, location, '2026-12-09', recorded)).toMatchObject({ changed: false, existing: { handEdited: false } });
  });

  test('the previous text on disk reaches the renderer (for change logs)', () => {
    const location = place();
    const seen: (string | undefined)[] = [];
    const doc = spec('html', 'log.md', (ctx) => {
      seen.push(ctx.previous);
      return 'log\n';
    });
    const first = run(doc, location, '2026-12-01');
    writeFileSync(first.path, first.text);
    run(doc, location, '2026-12-02');
    expect(seen).toEqual([undefined, 'log\n']);
  });
});

