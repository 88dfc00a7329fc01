import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../source/core/answers/types.js';
import { UsageError } from '../../source/core/errors.js';
import { AnswersStore } from '../../source/store/answers-store.js';
import { locate } from '../../source/store/locate.js';
import { readAnswersFile } from '../../source/store/read-answers.js';

const project = () => mkdtempSync(join(tmpdir(), 'pw-store-'));

describe('answers store', () => {
  test('opening does not create a file; the first answer does, with provenance', () => {
    const root = project();
    const store = AnswersStore.open(locate(root));
    expect(existsSync(join(root, 'privacy', 'answers.json'))).toBe(false);
    store.setAnswer('product.name', 'Acme', 'detected');
    store.setAnswer('org.email', 'privacy@acme.example');
    const onDisk = JSON.parse(readFileSync(join(root, 'privacy', 'answers.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.outputDir).toBe('privacy');
    expect(onDisk.answers['product.name']).toMatchObject({ value: 'Acme', source: 'detected' });
    expect(Object.keys(onDisk.answers)).toEqual(['org.email', 'product.name']);
    // a second store sees what the first wrote (nothing is cached between runs)
    expect(AnswersStore.open(locate(root)).answers()).toEqual({ 'product.name': 'Acme', 'org.email': 'privacy@acme.example' });
  });

  test('dismissals are stored with their reason', () => {
    const root = project();
    const store = AnswersStore.open(locate(root));
    store.dismiss('stripe', 'dev dependency only');
    expect(readAnswersFile(store.path)?.dismissed.stripe?.reason).toBe('dev dependency only');
    store.undismiss('stripe');
    expect(readAnswersFile(store.path)?.dismissed).toEqual({});
  });

  test('a custom --dir is remembered in the file and found again without --dir', () => {
    const root = project();
    AnswersStore.open(locate(root, 'docs/legal')).setAnswer('product.name', 'Acme');
    const found = locate(root);
    expect(found.dirName).toBe('docs/legal');
    expect(AnswersStore.open(found).answers()['product.name']).toBe('Acme');
  });

  const broken: [string, string, RegExp, RegExp][] = [
    ['corrupt JSON', '{"schemaVersion": 1, "answers": {', /not valid JSON/, /fix the JSON syntax/],
    ['newer version', '{"schemaVersion": 99, "toolVersion": "9.0.0", "answers": {}}', /newer privacy-wizard/, /upgrade privacy-wizard/],
    ['bad provenance', '{"schemaVersion": 1, "toolVersion": "0.1.0", "answers": {"org.email": {"value": "a@b.c", "source": "guess"}}}', /answers\.org\.email\.source/, /re-answer/],
    ['unknown top-level field', '{"schemaVersion": 1, "toolVersion": "0.1.0", "answers": {}, "extra": 1}', /unknown property "extra"/, /correct the value/],
  ];
  test.each(broken)('a %s file is an error naming file, field and fix, and is left unchanged', (_name, text, message, fix) => {
    const root = project();
    mkdirSync(join(root, 'privacy'));
    const path = join(root, 'privacy', 'answers.json');
    writeFileSync(path, text);
    try {
      AnswersStore.open(locate(root));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      const printed = (error as UsageError).format();
      expect(printed).toMatch(message);
      expect(printed).toContain(path);
      expect(printed).toMatch(fix);
    }
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
