import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_DIR_ENV, OrgProfile } from '../../source/store/org-profile.js';

describe('OrgProfile', () => {
  it('remembers org.* answers in the folder given by the environment, and only those', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-profile-'));
    const env = { [CONFIG_DIR_ENV]: dir };
    const profile = OrgProfile.open(env);
    expect(profile.answers()).toEqual({});
    profile.remember('org.legalName', 'Acme Ltd');
    profile.remember('product.name', 'Notes');
    expect(profile.path).toBe(join(dir, 'profile.json'));
    expect(OrgProfile.open(env).answers()).toEqual({ 'org.legalName': 'Acme Ltd' });
  });

  it('keeps working when the folder cannot be used', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pw-profile-')), 'a-file');
    writeFileSync(file, '');
    const profile = OrgProfile.open({ [CONFIG_DIR_ENV]: join(file, 'sub') });
    profile.remember('org.legalName', 'Acme');
    expect(profile.answers()).toEqual({});
  });
});
