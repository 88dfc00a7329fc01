// The App Store privacy answers, the iOS privacy manifest and the Play Data safety CSV: valid files
// (the plist parses, the CSV has the Console's header and only its ids), and the three agree with
// each other and with the policy's "What we collect" for the mobile example and for any set of data.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PolicyFacts } from '../../source/core/facts/types.js';
import { APPLE_DATA_TYPES, APPLE_PURPOSES } from '../../source/core/store-labels/apple-types.js';
import { DATA_CATEGORY_MAP, SENSITIVE_CATEGORY_MAP, SERVICE_CATEGORY_MAP } from '../../source/core/store-labels/category-map.js';
import { notFromTheApp } from '../../source/core/store-labels/declarations.js';
import { PLAY_HEADER, playFormRows } from '../../source/core/store-labels/google-form.js';
import { shortLabel } from '../../source/core/render/format.js';
import { DOCUMENTS } from '../../source/documents/registry.js';
import { answersOf, factsFrom, loadAnswersFixture } from '../helpers/facts.js';
import { contextFor, csvTypes, markdownTypes, policyCategories, renderAll, type Rendered } from './store-labels-helpers.js';

const mobile = () => answersOf(loadAnswersFixture('us-mobile-ads'));
const mobileFacts = (overrides: Record<string, unknown> = {}) => {
  const answers: Record<string, unknown> = { ...mobile(), ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete answers[k];
  return factsFrom(answers as ReturnType<typeof mobile>);
};

const FORM = playFormRows();
const KNOWN_ROWS = new Set(FORM.map((r) => `${r.question}|${r.response}`));
const APPLE_KEYS = new Set(APPLE_DATA_TYPES.map((t) => t.key));
const APPLE_PURPOSE_KEYS = new Set<string>(APPLE_PURPOSES.map((p) => p.key));
const URL_ROWS = new Set(['PSL_ACCOUNT_DELETION_URL', 'PSL_DATA_DELETION_URL', 'PSL_ACM_SPECIFY', 'PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY']);

/** The files are what the stores accept: keys and ids from Apple's and Google's own lists only. */
function expectValid(r: Rendered) {
  expect(r.plistText.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist')).toBe(true);
  expect(typeof r.manifest.NSPrivacyTracking).toBe('boolean');
  expect(Array.isArray(r.manifest.NSPrivacyTrackingDomains)).toBe(true);
  expect(r.manifest.NSPrivacyAccessedAPITypes).toEqual([]);
  const keys = r.manifest.NSPrivacyCollectedDataTypes.map((d) => d.NSPrivacyCollectedDataType);
  expect(new Set(keys).size).toBe(keys.length);
  for (const d of r.manifest.NSPrivacyCollectedDataTypes) {
    expect(APPLE_KEYS.has(d.NSPrivacyCollectedDataType)).toBe(true);
    expect(typeof d.NSPrivacyCollectedDataTypeLinked).toBe('boolean');
    expect(typeof d.NSPrivacyCollectedDataTypeTracking).toBe('boolean');
    expect(d.NSPrivacyCollectedDataTypePurposes.length).toBeGreaterThan(0);
    for (const p of d.NSPrivacyCollectedDataTypePurposes) expect(APPLE_PURPOSE_KEYS.has(p)).toBe(true);
  }
  // Apple rejects a manifest that tracks without naming a domain only at upload; we must not claim domains without tracking.
  if (!r.manifest.NSPrivacyTracking) expect(r.manifest.NSPrivacyTrackingDomains).toEqual([]);

  expect(r.csv[0]).toEqual([...PLAY_HEADER]);
  expect(r.csvText.split('\n')[0]).toBe('Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label');
  const body = r.csv.slice(1);
  expect(body.map((row) => `${row[0]}|${row[1]}|${row[3]}`)).toEqual(FORM.map((f) => `${f.question}|${f.response}|${f.requirement}`));
  for (const row of body) {
    expect(row).toHaveLength(5);
    expect(KNOWN_ROWS.has(`${row[0]}|${row[1]}`)).toBe(true);
    if (!URL_ROWS.has(row[0]!)) expect(['', 'true', 'false']).toContain(row[2]);
  }
}

/** Every data type declared in one file appears in the others, and all of them trace to the policy. */
function expectAgreement(r: Rendered, facts: PolicyFacts) {
  const md = markdownTypes(r.markdown);
  const plistKeys = r.manifest.NSPrivacyCollectedDataTypes.map((d) => d.NSPrivacyCollectedDataType);
  expect(new Set(md.map((m) => m.key))).toEqual(new Set(plistKeys));

  // The sources each file declares: data categories (as the policy names them), sensitive data, SDKs.
  const inPolicy = policyCategories(r.policy);
  // every category the policy lists is declared, unless the answers say it never comes from the app
  const outside = notFromTheApp(facts);
  const cats = facts.data.filter((d) => DATA_CATEGORY_MAP.some((row) => row.id === d.id) && !outside.includes(d));
  expect(new Set(inPolicy)).toEqual(new Set([...cats, ...outside].map((d) => shortLabel(d.label))));
  for (const d of outside) expect(r.markdown).toMatch(new RegExp(`Not declared although the policy lists them: .*${shortLabel(d.label)}`));
  const rows = [
    ...cats.map((d) => DATA_CATEGORY_MAP.find((row) => row.id === d.id)!),
    ...facts.sensitive.map((s) => SENSITIVE_CATEGORY_MAP.find((row) => row.id === s.id)!),
    ...facts.services.flatMap((s) => SERVICE_CATEGORY_MAP.filter((row) => row.id === s.category)),
  ];
  const csv = new Set(csvTypes(r.csv));
  const apple = new Set(plistKeys);
  for (const row of rows) {
    // each source is declared to both stores...
    expect(row.types.some((t) => apple.has(t.apple)), `${row.id} in the manifest`).toBe(true);
    expect(row.types.some((t) => csv.has(t.google)), `${row.id} in the CSV`).toBe(true);
  }
  // ...and nothing is declared that no source accounts for
  for (const key of apple) expect(rows.some((row) => row.types.some((t) => t.apple === key)), key).toBe(true);
  for (const id of csv) expect(rows.some((row) => row.types.some((t) => t.google === id)), id).toBe(true);
  // the Markdown names, for each type, only what the policy lists (or the SDK the policy names)
  for (const m of md)
    for (const from of m.from) {
      if (from.endsWith(' crash and performance reports')) expect(r.policy).toContain(from.replace(/ crash and performance reports$/, ''));
      else expect([...inPolicy, ...facts.sensitive.map((s) => shortLabel(s.label))]).toContain(from.replace(/\\/g, ''));
    }
  // the CSV's first answer says data is collected exactly when something is declared
  expect(r.csv[1]![2]).toBe(rows.length > 0 ? 'true' : 'false');
}

describe('store labels for the mobile example (us-mobile-ads)', () => {
  const facts = mobileFacts();
  const r = renderAll(facts);

  test('the plist parses, the CSV has the exact header and only known ids, and the three agree with the policy', () => {
    expectValid(r);
    expectAgreement(r, facts);
  });

  test('the manifest says the app tracks, with AdMob\'s tracking domains from its own manifest', () => {
    expect(r.manifest.NSPrivacyTracking).toBe(true);
    expect(r.manifest.NSPrivacyTrackingDomains).toContain('googleads-att.g.doubleclick.net');
    const device = r.manifest.NSPrivacyCollectedDataTypes.find((d) => d.NSPrivacyCollectedDataType === 'NSPrivacyCollectedDataTypeDeviceID')!;
    expect(device.NSPrivacyCollectedDataTypeTracking).toBe(true);
    expect(device.NSPrivacyCollectedDataTypePurposes).toContain('NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising');
  });

  test('Google: data an ad SDK receives is shared; data only a service provider receives is collected, not shared', () => {
    const v = (q: string, resp: string) => r.csv.find((row) => row[0] === q && row[1] === resp)?.[2];
    const usage = (type: string, sub: string, resp: string) => v(`PSL_DATA_USAGE_RESPONSES:${type}:${sub}`, resp);
    // AppsFlyer and AdMob (third parties) get the approximate location
    expect(usage('PSL_APPROX_LOCATION', 'PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED')).toBe('true');
    expect(usage('PSL_APPROX_LOCATION', 'DATA_USAGE_SHARING_PURPOSE', 'PSL_ADVERTISING')).toBe('true');
    // RevenueCat, a service provider, is the only recipient of the purchase history
    expect(usage('PSL_PURCHASE_HISTORY', 'PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_COLLECTED')).toBe('true');
    expect(usage('PSL_PURCHASE_HISTORY', 'PSL_DATA_USAGE_COLLECTION_AND_SHARING', 'PSL_DATA_USAGE_ONLY_SHARED')).toBe('');
    expect(v('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', '')).toBe('true');
    expect(v('PSL_SUPPORT_DATA_DELETION_BY_USER', 'DATA_DELETION_YES')).toBe('true');
    // undeclared types stay blank
    expect(v('PSL_DATA_TYPES_HEALTH_AND_FITNESS', 'PSL_HEALTH')).toBe('');
  });

  test('the Markdown gives each type its answers and says what is not sure yet, and the checklist has the same tasks', () => {
    expect(r.markdown).toContain('| Coarse Location | Yes | Yes (not sure yet) | Yes | Third-Party Advertising, Analytics | Approximate location |');
    expect(r.markdown).toContain('## Not sure yet');
    expect(r.markdown).toMatch(/Not sure yet — answer which items you collect for Name and username, Contact details/);
    expect(r.markdown).toContain('Not collected, so leave unticked: Health & Fitness');
    expect(r.markdown).toMatch(/- Google AdMob \(Google Mobile Ads SDK\) \(`Google-Mobile-Ads-SDK`/);
    const tasks = contextFor(facts).audit.tasks.map((t) => t.id);
    expect(tasks).toEqual(expect.arrayContaining(['store-labels-which-types', 'app-privacy-linked', 'ios-sdk-manifests', 'data-safety-account-methods']));
  });
});

describe('decisions the answers drive', () => {
  test('typed items narrow a broad category: "email address" is only an email address, in both stores', () => {
    const details = { ...(mobile()['data.details'] as Record<string, Record<string, unknown>>) };
    details.contact = { ...details.contact, items: 'email address' };
    const r = renderAll(mobileFacts({ 'data.details': details }));
    const keys = r.manifest.NSPrivacyCollectedDataTypes.map((d) => d.NSPrivacyCollectedDataType);
    expect(keys).toContain('NSPrivacyCollectedDataTypeEmailAddress');
    expect(keys).not.toContain('NSPrivacyCollectedDataTypePhoneNumber');
    expect(csvTypes(r.csv)).toContain('PSL_EMAIL');
    expect(csvTypes(r.csv)).not.toContain('PSL_PHONE');
  });

  test('health data and an error-monitoring SDK are declared in all three (Health; Crash Data / Crash logs)', () => {
    const details = structuredClone(mobile()['services.details'] as Record<string, unknown>);
    details.sentry = { role: 'processor', purposes: ['debugging'], data: ['device'], location: 'US', safeguard: 'dpf', dpa: 'signed' };
    const facts = mobileFacts({ 'data.sensitive': ['health'], 'services.used': [...(mobile()['services.used'] as string[]), 'sentry'], 'services.details': details });
    const r = renderAll(facts);
    const keys = r.manifest.NSPrivacyCollectedDataTypes.map((d) => d.NSPrivacyCollectedDataType);
    expect(keys).toEqual(expect.arrayContaining(['NSPrivacyCollectedDataTypeHealth', 'NSPrivacyCollectedDataTypeCrashData']));
    expect(csvTypes(r.csv)).toEqual(expect.arrayContaining(['PSL_HEALTH', 'PSL_CRASH_LOGS']));
    expect(r.markdown).toMatch(/\| Crash Data \| Yes \| .* \| Sentry crash and performance reports \|/);
    expectAgreement(r, facts);
  });

  test('the account deletion page answered goes into the Data safety file, and the task to add it goes away', () => {
    const facts = mobileFacts({ 'product.deletionUrl': 'https://pocketquest.example/delete-account' });
    const r = renderAll(facts);
    expect(r.csv.find((row) => row[0] === 'PSL_ACCOUNT_DELETION_URL')?.[2]).toBe('https://pocketquest.example/delete-account');
    expect(contextFor(facts).audit.tasks.map((t) => t.id)).not.toContain('data-safety-deletion-url');
    expect(contextFor(mobileFacts({ 'product.deletionUrl': undefined })).audit.tasks.map((t) => t.id)).toContain('data-safety-deletion-url');
  });

  test('a product name with XML and Markdown syntax cannot break the manifest or the Markdown', () => {
    const r = renderAll(mobileFacts({ 'product.name': 'Q&A <Quest> -- | **Pro**' }));
    expect(r.manifest.NSPrivacyCollectedDataTypes.length).toBeGreaterThan(0);
    expect(r.plistText).not.toMatch(/<!--(?:(?!-->)[\s\S])*--(?!>)/);
    expect(r.markdown.split('\n').find((l) => l.startsWith('# '))).not.toContain('**Pro**');
  });

  test('a service with no role counts as sharing (the conservative value) and becomes a checklist task', () => {
    const details = structuredClone(mobile()['services.details'] as Record<string, Record<string, unknown>>);
    delete details.revenuecat!.role;
    const facts = mobileFacts({ 'services.details': details });
    const r = renderAll(facts);
    const shared = r.csv.find((row) => row[0] === 'PSL_DATA_USAGE_RESPONSES:PSL_PURCHASE_HISTORY:PSL_DATA_USAGE_COLLECTION_AND_SHARING' && row[1] === 'PSL_DATA_USAGE_ONLY_SHARED');
    expect(shared?.[2]).toBe('true');
    expect(contextFor(facts).audit.tasks.find((t) => t.id === 'data-safety-shared')?.text).toContain('RevenueCat');
  });

  test('no encryption answer leaves Google\'s question blank and asks; no accounts answers "no account creation"', () => {
    const facts = mobileFacts({ 'security.measures': ['access-control'], 'product.accounts': false, 'product.accountDeletion': undefined });
    const r = renderAll(facts);
    expect(r.csv.find((row) => row[0] === 'PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT')?.[2]).toBe('');
    expect(r.csv.find((row) => row[1] === 'PSL_ACM_NONE')?.[2]).toBe('true');
    expect(contextFor(facts).audit.tasks.map((t) => t.id)).toContain('data-safety-encryption');
  });

  test('an app with no ad SDK and no advertising purpose does not track and names no tracking domain', () => {
    const a = mobile();
    const details = structuredClone(a['data.details'] as Record<string, { purposes: string[] }>);
    for (const d of Object.values(details)) d.purposes = d.purposes.filter((p) => p !== 'advertising');
    const facts = mobileFacts({ 'services.used': ['firebase-analytics', 'revenuecat'], 'data.details': details, 'sharing.shares': false, 'purposes.list': (a['purposes.list'] as string[]).filter((p) => p !== 'advertising') });
    const r = renderAll(facts);
    expect(r.manifest.NSPrivacyTracking).toBe(false);
    expect(r.manifest.NSPrivacyTrackingDomains).toEqual([]);
    expect(r.manifest.NSPrivacyCollectedDataTypes.every((d) => !d.NSPrivacyCollectedDataTypeTracking)).toBe(true);
    expect(r.markdown).toContain('None of the data is used for tracking');
    expectAgreement(r, facts);
  });
});

describe('which products get the store documents', () => {
  const applies = (facts: PolicyFacts) => Object.fromEntries(DOCUMENTS.filter((d) => ['app-store', 'privacy-manifest', 'play-data-safety'].includes(d.id)).map((d) => [d.id, [d.applies(contextFor(facts)), d.offered?.(contextFor(facts)) ?? true]]));

  test('iOS and Android: all three', () => {
    expect(applies(mobileFacts())).toEqual({ 'app-store': [true, true], 'privacy-manifest': [true, true], 'play-data-safety': [true, true] });
  });
  test('Android only: the Data safety file, and the Apple files are not even offered', () => {
    expect(applies(mobileFacts({ 'product.platforms': ['android'] }))).toEqual({ 'app-store': [false, false], 'privacy-manifest': [false, false], 'play-data-safety': [true, true] });
  });
  test('iOS only: the Apple files, and the Data safety file is not offered', () => {
    expect(applies(mobileFacts({ 'product.platforms': ['ios'] }))).toEqual({ 'app-store': [true, true], 'privacy-manifest': [true, true], 'play-data-safety': [false, false] });
  });
  test('a web product: none, and none is offered', () => {
    expect(applies(factsFrom(answersOf(loadAnswersFixture('eu-b2b-processor'))))).toEqual({ 'app-store': [false, false], 'privacy-manifest': [false, false], 'play-data-safety': [false, false] });
  });
});

describe('agreement over any set of data', () => {
  const categories = DATA_CATEGORY_MAP.map((r) => r.id);
  const purposes = ['provide-service', 'account', 'analytics', 'advertising', 'personalisation', 'security', 'debugging', 'marketing', 'legal', 'ai-training'];
  const category = fc.record({
    purposes: fc.subarray(purposes, { minLength: 1 }),
    required: fc.constantFrom('required', 'optional', 'automatic', undefined),
    items: fc.constantFrom(undefined, 'email address', 'phone number and postal address', 'photos and voice notes', 'support tickets', 'files'),
    sources: fc.constantFrom(['user'], ['automatic'], ['partners'], ['user', 'partners'], ['public']),
  });
  const services = ['firebase-analytics', 'appsflyer', 'google-admob', 'revenuecat', 'sentry'];

  test('the manifest, the Markdown and the CSV always declare the same data, valid and traceable to the policy', () => {
    fc.assert(
      fc.property(fc.subarray(categories), fc.array(category, { minLength: categories.length, maxLength: categories.length }), fc.subarray(services), fc.subarray(['health', 'biometric', 'government-id']), fc.constantFrom(true, false), (cats, props, used, sensitive, accounts) => {
        const details = Object.fromEntries(cats.map((c, i) => [c, { ...props[i], ...(props[i]!.required ? {} : { required: undefined }) }]));
        const serviceDetails = Object.fromEntries(used.map((s) => [s, { role: s === 'appsflyer' || s === 'google-admob' ? 'third-party' : 'processor', purposes: s === 'sentry' ? ['debugging'] : ['analytics'], data: cats.filter((c) => c === 'device' || c === 'usage').slice(0, 2), location: 'US' }]));
        const facts = mobileFacts({ 'data.categories': cats, 'data.details': details, 'services.used': used, 'services.details': serviceDetails, 'data.sensitive': sensitive, 'product.accounts': accounts, 'purposes.list': purposes });
        const r = renderAll(facts);
        expectValid(r);
        expectAgreement(r, facts);
      }),
      { numRuns: 30 },
    );
    // a generous limit: the machine is shared, and this is a correctness test, not a timing one
  }, 180_000);
});

describe('the writer matches a real Play Console export', () => {
  // Fingerprint of a real export's machine-readable columns (question id, response id, answer
  // requirement, in order): smenaria2/wreadom-flutter data_safety_export.csv at commit 4f0a1875
  // (783 lines, en-GB). The file itself is not kept in this repository: it came from a fetched
  // snapshot, which the workplace rules keep out of commits. Set PLAY_EXPORT_FIXTURE to a local copy
  // to compare row by row as well.
  const REAL_EXPORT = { rows: 782, sha256: 'a958b7655bc43c452eed338a4b68f9ecfee7a0cdb483cd70742f25e19e3f1c6c' };
  const ours = FORM.map((r) => [r.question, r.response, r.requirement].join(',')).join('\n');

  test('same rows, ids, requirements and order as the Console exports', () => {
    expect(FORM).toHaveLength(REAL_EXPORT.rows);
    expect(createHash('sha256').update(ours).digest('hex')).toBe(REAL_EXPORT.sha256);
  });

  const local = process.env.PLAY_EXPORT_FIXTURE ?? fileURLToPath(new URL('../../../shared/reference/play-data-safety-export.csv', import.meta.url));
  test.skipIf(!existsSync(local))('row by row against the local copy of a real export', () => {
    const real = parseCsv(readFileSync(local, 'utf8')) as string[][];
    const generated = renderAll(mobileFacts()).csv;
    expect(generated[0]).toEqual(real[0]);
    expect(generated.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(real.slice(1).map((r) => [r[0], r[1], r[3]]));
  });
});
