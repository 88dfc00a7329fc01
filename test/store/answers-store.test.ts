import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
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

describe('the file on disk changes while the store has it open', () => {
  const opened = () => {
    const root = project();
    const first = AnswersStore.open(locate(root));
    first.setAnswer('product.name', 'Acme');
    const store = AnswersStore.open(locate(root));
    return { root, store, path: store.path };
  };
  const sideFiles = (root: string) => readdirSync(join(root, 'privacy')).filter((n) => n.includes('.unsaved-'));

  const changes: [string, (path: string) => void, RegExp][] = [
    ['truncated', (path) => writeFileSync(path, '{"schemaVersion": 1, "answ'), /now invalid/],
    ['given an unknown key', (path) => writeFileSync(path, readFileSync(path, 'utf8').replace('{', '{"extra": 1,')), /now invalid/],
    ['deleted', (path) => unlinkSync(path), /was deleted/],
    ['written by a newer version', (path) => writeFileSync(path, readFileSync(path, 'utf8').replace(/"schemaVersion": \d+/, '"schemaVersion": 999')), /newer privacy-wizard/],
    ['edited validly by another program', (path) => writeFileSync(path, readFileSync(path, 'utf8').replace('Acme', 'Acme Ltd')), /changed by another program/],
  ];
  test.each(changes)('%s: the save fails with a UsageError, the file is not overwritten, the answer is kept in a side file', (_name, change, message) => {
    const { root, store, path } = opened();
    change(path);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    let failure: UsageError | undefined;
    try {
      store.setAnswer('org.email', 'privacy@acme.example');
    } catch (error) {
      failure = error as UsageError;
    }
    expect(failure).toBeInstanceOf(UsageError);
    expect(failure!.message).toMatch(message);
    expect(failure!.message).toMatch(/org\.email/);
    expect(existsSync(path) ? readFileSync(path, 'utf8') : undefined).toBe(before);
    const [side] = sideFiles(root);
    expect(side).toBeDefined();
    expect(JSON.parse(readFileSync(join(root, 'privacy', side!), 'utf8')).answers['org.email'].value).toBe('privacy@acme.example');
    // and no later save goes through either
    expect(() => store.setAnswer('org.country', 'DE')).toThrow(UsageError);
    expect(existsSync(path) ? readFileSync(path, 'utf8') : undefined).toBe(before);
  });

  test('another run wrote exactly what this save writes (two generates at once): no conflict', () => {
    const { root, path } = opened();
    const a = AnswersStore.open(locate(root), { keepUnsaved: false });
    const b = AnswersStore.open(locate(root), { keepUnsaved: false });
    const versions = [{ date: '2026-12-02', summary: 'First version.' }];
    a.setPolicyVersions(versions);
    const written = readFileSync(path, 'utf8');
    expect(() => b.setPolicyVersions(versions)).not.toThrow();
    expect(readFileSync(path, 'utf8')).toBe(written);
    expect(sideFiles(root)).toEqual([]);
  });

  test('keepUnsaved: false (generate) refuses a conflicting save without leaving a side file', () => {
    const { root, path } = opened();
    const store = AnswersStore.open(locate(root), { keepUnsaved: false });
    writeFileSync(path, readFileSync(path, 'utf8').replace('Acme', 'Acme Ltd'));
    const before = readFileSync(path, 'utf8');
    expect(() => store.setPolicyVersions([{ date: '2026-12-02', summary: 'First version.' }])).toThrow(/changed by another program/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(sideFiles(root)).toEqual([]);
  });

  test('with onFailure set (the wizard), the failure is reported instead of thrown', () => {
    const { store, path } = opened();
    unlinkSync(path);
    const seen: UsageError[] = [];
    store.onFailure = (error) => seen.push(error);
    store.setAnswer('org.email', 'privacy@acme.example');
    expect(seen).toHaveLength(1);
  });
});

describe('opening and writing', () => {
  test('opening an existing file never changes it, even one without defaults, with conf bookkeeping or a BOM', () => {
    const root = project();
    mkdirSync(join(root, 'privacy'));
    const path = join(root, 'privacy', 'answers.json');
    const text = '\uFEFF{"answers": {"product.name": {"value": "Acme", "source": "user"}}, "schemaVersion": 1, "toolVersion": "0.0.1", "__internal__": {"migrations": {"version": "1.0.0"}}}';
    writeFileSync(path, text);
    const store = AnswersStore.open(locate(root));
    expect(store.answers()).toEqual({ 'product.name': 'Acme' });
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  test('SNAP set (Node from snap): the answers are still written by rename, never truncated in place', () => {
    const root = project();
    const store = AnswersStore.open(locate(root));
    store.setAnswer('product.name', 'Acme');
    const inode = statSync(store.path).ino;
    process.env.SNAP = '/snap/node/1';
    try {
      store.setAnswer('org.email', 'privacy@acme.example');
    } finally {
      delete process.env.SNAP;
    }
    expect(statSync(store.path).ino).not.toBe(inode);
    expect(readAnswersFile(store.path)?.answers['org.email']?.value).toBe('privacy@acme.example');
  });

  test('a deeply nested __internal__ (conf bookkeeping) neither crashes nor survives the next write', () => {
    const root = project();
    mkdirSync(join(root, 'privacy'));
    const path = join(root, 'privacy', 'answers.json');
    writeFileSync(path, `{"schemaVersion": 1, "toolVersion": "0.0.1", "answers": {}, "__internal__": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`);
    const store = AnswersStore.open(locate(root));
    store.setAnswer('product.name', 'Acme');
    expect(readFileSync(path, 'utf8')).not.toContain('__internal__');
  });

  test('an absolute --dir outside the project is remembered as an absolute path', () => {
    const root = project();
    const outside = project();
    const store = AnswersStore.open(locate(root, outside));
    store.setAnswer('product.name', 'Acme');
    expect(readAnswersFile(store.path)?.outputDir).toBe(outside);
  });
});
