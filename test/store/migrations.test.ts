import { describe, expect, test } from 'vitest';
import { MIGRATIONS, migrate } from '../../source/store/migrations.js';

describe('answers file migrations', () => {
  // A made-up format change: version 2 renames the answer "org.email" to "org.privacyEmail".
  const migrations = {
    2: (file: Record<string, unknown>) => {
      const { 'org.email': email, ...answers } = file.answers as Record<string, unknown>;
      return { ...file, answers: email === undefined ? answers : { ...answers, 'org.privacyEmail': email } };
    },
  };
  const v1 = { schemaVersion: 1, toolVersion: '0.1.0', answers: { 'org.email': { value: 'a@b.example', source: 'user' } }, dismissed: {} };

  test('an older file is brought up to the current version step by step', () => {
    const migrated = migrate(v1, migrations, 2);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.answers).toEqual({ 'org.privacyEmail': { value: 'a@b.example', source: 'user' } });
  });

  test('a current file is left as it is', () => {
    expect(migrate(v1, migrations, 1)).toEqual(v1);
  });

  test('the input is not modified (the file on disk is only rewritten by a later save)', () => {
    const copy = structuredClone(v1);
    migrate(v1, migrations, 2);
    expect(v1).toEqual(copy);
  });
});

describe('version 2: transfer safeguards per origin', () => {
  const v1 = (safeguard: string) => ({
    schemaVersion: 1,
    toolVersion: '0.1.0',
    answers: { 'services.details': { value: { intercom: { role: 'processor', location: 'US', safeguard } }, source: 'user' } },
    dismissed: {},
  });
  const row = (file: { answers: Record<string, { value: unknown }> }) => (file.answers['services.details']!.value as Record<string, Record<string, unknown>>).intercom!;

  test('a UK-only tool answered for "EEA/UK data" moves to the UK answer, and the EEA answer waits for the user', () => {
    const migrated = migrate(v1('uk-addendum'), MIGRATIONS);
    expect(migrated.schemaVersion).toBe(2);
    expect(row(migrated as never)).toEqual({ role: 'processor', location: 'US', safeguard: 'not-sure', ukSafeguard: 'uk-addendum' });
  });

  test('an EEA tool stays the EEA answer, and nothing is guessed for UK data', () => {
    expect(row(migrate(v1('dpf'), MIGRATIONS) as never)).toEqual({ role: 'processor', location: 'US', safeguard: 'dpf' });
  });
});
