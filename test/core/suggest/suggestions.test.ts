import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../../source/core/scan/types.js';
import { choiceMarkers, evidenceOf, mergeRecords, productNameOf, readProjectHints, serviceDefaults, suggestAnswer } from '../../../source/core/suggest/index.js';
import { byId, catalog, context } from './fixtures.js';

const detection = (serviceId: string, extra: Partial<Detection> = {}): Detection => ({
  serviceId,
  name: serviceId,
  evidence: [
    { file: '.env.example', line: 2, kind: 'env', match: 'X_' },
    { file: 'package.json', line: 14, kind: 'npm', match: serviceId },
  ],
  ...extra,
});

describe('service suggestions', () => {
  it('pre-selects detected services, not dev-only or dismissed ones, with provenance "detected"', () => {
    const ctx = context({ detections: [detection('stripe'), detection('adyen', { devOnly: true }), detection('zeta')], dismissed: { zeta: { reason: 'dev' } } });
    expect(suggestAnswer(byId('services.used'), ctx)).toMatchObject({ value: ['stripe'], source: 'detected', origin: 'scan' });
  });

  it('marks detected services with the manifest line that proves them', () => {
    const ctx = context({ detections: [detection('stripe'), detection('adyen', { devOnly: true })] });
    expect(choiceMarkers(byId('services.used'), ctx)).toEqual({ stripe: 'detected in package.json:14', adyen: 'detected in package.json:14, dev only' });
    expect(evidenceOf(detection('x', { evidence: [{ file: '.env', line: 1, kind: 'env', match: 'X' }] }))).toBe('.env:1');
  });

  it('fills per-service defaults from the catalog, narrowed to earlier answers', () => {
    const answers = { 'purposes.list': ['payments'], 'data.categories': ['contact', 'usage'] };
    // the catalog does not say who decides how a service uses data, so no role is suggested (it starts on "Not sure yet")
    expect(serviceDefaults('stripe', catalog, answers)).toEqual({
      purposes: ['payments'],
      data: ['contact'],
      location: 'US',
      safeguard: 'dpf',
      policyUrl: 'https://stripe.example/privacy',
    });
    // inside the EEA: no transfer out of it; anywhere else without DPF: no safeguard is suggested
    expect(serviceDefaults('adyen', catalog, {})).toEqual({ location: 'NL', safeguard: 'none', policyUrl: 'https://adyen.example/privacy' });
    expect(serviceDefaults('zeta', catalog, {})).toEqual({ policyUrl: 'https://zeta.example/privacy' });
    expect(serviceDefaults('Acme Payroll', catalog, {})).toBeUndefined();
    const s = suggestAnswer(byId('services.details'), context({ answers: { 'services.used': ['stripe'], 'services.custom': ['Acme'] } }));
    expect(Object.keys(s!.value as object)).toEqual(['stripe']);
  });

  it('keeps the user\'s fields over the defaults', () => {
    expect(mergeRecords({ stripe: { role: 'third-party' } }, { stripe: { role: 'processor', location: 'US' }, adyen: { role: 'processor' } })).toEqual({
      stripe: { role: 'third-party', location: 'US' },
      adyen: { role: 'processor' },
    });
  });
});

describe('project suggestions', () => {
  it('offers the product name and platforms from the project', () => {
    const ctx = context({ hints: { name: { value: 'Notes App', from: 'package.json' }, platforms: [{ value: 'ios', from: 'ios/Podfile' }] } });
    expect(suggestAnswer(byId('product.name'), ctx)).toMatchObject({ value: 'Notes App', note: 'Suggested from package.json' });
    expect(suggestAnswer(byId('product.platforms'), ctx)).toMatchObject({ value: ['ios'], source: 'detected' });
    expect(choiceMarkers(byId('product.platforms'), ctx)).toEqual({ ios: 'detected in ios/Podfile' });
  });

  it('offers the organisation profile, then the bank default', () => {
    const ctx = context({ profile: { 'org.legalName': 'Acme Ltd' } });
    expect(suggestAnswer(byId('org.legalName'), ctx)).toMatchObject({ value: 'Acme Ltd', origin: 'profile', note: expect.stringContaining('profile') });
    expect(suggestAnswer(byId('org.hasDpo'), ctx)).toMatchObject({ value: false, source: 'default', note: expect.stringContaining('Suggested') });
    expect(suggestAnswer(byId('data.categories'), ctx)).toBeUndefined();
  });

  it('reads package.json and mobile build files', () => {
    const root = mkdtempSync(join(tmpdir(), 'pw-hints-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: '@acme/notes-app', homepage: 'https://notes.example' }));
    mkdirSync(join(root, 'ios'));
    writeFileSync(join(root, 'ios', 'Podfile'), "target 'Notes' do\nend\n");
    mkdirSync(join(root, 'android'));
    writeFileSync(join(root, 'android', 'build.gradle'), '');
    expect(readProjectHints(root)).toEqual({
      name: { value: 'Notes App', from: 'package.json' },
      url: { value: 'https://notes.example', from: 'package.json' },
      platforms: [
        { value: 'ios', from: 'ios/Podfile' },
        { value: 'android', from: 'android/build.gradle' },
      ],
    });
    expect(readProjectHints(mkdtempSync(join(tmpdir(), 'pw-hints-')))).toEqual({ platforms: [] });
    expect(productNameOf('Acme Notes')).toBe('Acme Notes');
  });
});
