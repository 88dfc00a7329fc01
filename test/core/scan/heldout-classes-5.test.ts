import { beforeAll, describe, expect, it } from 'vitest';
import { confidences, proofs, shipped } from './helpers.js';

// The scanner classes the fifth held-out batch (test/fixtures/real-world-heldout, FIRST-SEEN.md
// "Fifth batch") left to the scanner, each on a small hand-made project against the shipped catalog.
describe('scanner classes from the fifth held-out batch', () => {
  beforeAll(() => {
    shipped();
  }, 180_000);

  const pbxproj = [
    '// !$*UTF8*$!',
    '{',
    '/* Begin XCLocalSwiftPackageReference section */',
    '\t\t9F24EEB829360C330042359D /* XCLocalSwiftPackageReference "Packages/Env" */ = {',
    '\t\t\tisa = XCLocalSwiftPackageReference;',
    '\t\t\trelativePath = Packages/Env;',
    '\t\t};',
    '/* End XCLocalSwiftPackageReference section */',
    '/* Begin XCRemoteSwiftPackageReference section */',
    '\t\t9F7D939329800B0300EE6B7A /* XCRemoteSwiftPackageReference "purchases-ios-spm" */ = {',
    '\t\t\tisa = XCRemoteSwiftPackageReference;',
    '\t\t\trepositoryURL = "https://github.com/RevenueCat/purchases-ios-spm";',
    '\t\t\trequirement = {',
    '\t\t\t\tkind = upToNextMajorVersion;',
    '\t\t\t\tminimumVersion = 5.0.0;',
    '\t\t\t};',
    '\t\t};',
    '\t\t9F7D939429800B0300EE6B7A /* XCRemoteSwiftPackageReference "sentry-cocoa" */ = {',
    '\t\t\tisa = XCRemoteSwiftPackageReference;',
    '\t\t\trepositoryURL = "git@github.com:getsentry/sentry-cocoa.git";',
    '\t\t};',
    '/* End XCRemoteSwiftPackageReference section */',
    '}',
    '',
  ].join('\n');

  it("takes an Xcode project's Swift packages (project.pbxproj XCRemoteSwiftPackageReference) as its dependencies when it has no Package.swift", async () => {
    const app = { 'Acme.xcodeproj/project.pbxproj': pbxproj, 'Acme/AcmeApp.swift': 'import SwiftUI\n' };
    expect(await proofs(app)).toEqual({
      revenuecat: ['Acme.xcodeproj/project.pbxproj:12 manifest https://github.com/RevenueCat/purchases-ios-spm'],
      sentry: ['Acme.xcodeproj/project.pbxproj:20 manifest git@github.com:getsentry/sentry-cocoa.git'],
    });
    // a package reference in a comment, or a URL that is not a package reference, declares nothing
    expect(await confidences({ 'Acme.xcodeproj/project.pbxproj': '{\n/* repositoryURL = "https://github.com/getsentry/sentry-cocoa"; */\n\t\tWEB_URL = "https://github.com/RevenueCat/purchases-ios";\n}\n' })).toEqual({});
  });

  it("reads SwiftPM's Package.resolved (v1 object.pins[].repositoryURL, v2/v3 pins[].location) as name-only: it pins the packages' own packages too", async () => {
    const v1 = JSON.stringify({ object: { pins: [{ package: 'Sentry', repositoryURL: 'https://github.com/getsentry/sentry-cocoa.git', state: { version: '8.0.0' } }] }, version: 1 }, null, 2);
    const v2 = JSON.stringify(
      {
        pins: [
          { identity: 'purchases-ios-spm', kind: 'remoteSourceControl', location: 'https://github.com/RevenueCat/purchases-ios-spm', state: { version: '5.3.0' } },
          { identity: 'local', kind: 'localSourceControl', location: '/Users/dev/sentry-cocoa', state: { revision: 'abc' } },
        ],
        version: 2,
      },
      null,
      2,
    );
    const resolved = 'Acme.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved';
    expect(await proofs({ [resolved]: v1 })).toEqual({ sentry: [`${resolved}:6 name https://github.com/getsentry/sentry-cocoa.git`] });
    expect(await proofs({ [resolved]: v2 })).toEqual({ revenuecat: [`${resolved}:6 name https://github.com/RevenueCat/purchases-ios-spm`] });
    // declared by the project: proven by the declaration, the pin cited after it
    expect((await proofs({ 'Acme.xcodeproj/project.pbxproj': pbxproj, [resolved]: v2 })).revenuecat).toEqual([
      'Acme.xcodeproj/project.pbxproj:12 manifest https://github.com/RevenueCat/purchases-ios-spm',
      `${resolved}:6 name https://github.com/RevenueCat/purchases-ios-spm`,
    ]);
  });

  it('reads a large hand-written source file (a 225 KB locale file) past its first 64 KB, up to 1 MB, and a file that says it is generated only to 64 KB', async () => {
    const strings = Array.from({ length: 4000 }, (_, n) => `    "label${n}": "Some interface text number ${n}",\n`).join('');
    const locale = `export const en = {\n${strings}  "supademos": {\n    "transformer": "https://app.supademo.com/embed/clyohuj2r0sluy805bs0e8mru?embed_v=2",\n  },\n};\n`;
    expect(locale.length).toBeGreaterThan(200 * 1024);
    expect(await proofs({ 'src/i18n/locales/en.ts': locale })).toEqual({ supademo: ['src/i18n/locales/en.ts:4003 import app.supademo.com/embed'] });
    // past 1 MB the file is not read further
    const huge = `export const en = {\n${strings.repeat(6)}  "demo": "https://app.supademo.com/embed/clyohuj2r0sluy805bs0e8mru",\n};\n`;
    expect(huge.length).toBeGreaterThan(1024 * 1024);
    expect(await confidences({ 'src/i18n/locales/en.ts': huge })).toEqual({});
    // a file that says it is generated is a data table past its first 64 KB (openpanel's referrer and bot lists)
    const rows = Array.from({ length: 3000 }, (_, n) => `  'referrer${n}.example.org': { type: 'search', name: 'Engine ${n}' },\n`).join('');
    const table = (header: string, last: string) => `${header}\nexport const referrers = {\n${rows}${last}};\n`;
    const past = "  'googleads.g.doubleclick.net': { type: 'paid', name: 'Google' },\n";
    expect(table('', past).length).toBeGreaterThan(128 * 1024);
    expect(await confidences({ 'src/referrers.ts': table('// This file is generated by the script get-referrers.ts', past) })).toEqual({});
    expect(await confidences({ 'src/referrers.ts': table('// Code generated by refgen. DO NOT EDIT.', past) })).toEqual({});
    expect(Object.keys(await confidences({ 'src/referrers.ts': table('// The referrers we label as paid', past) }))).toEqual(['google-ads']);
    // its first 64 KB are read as before
    expect(Object.keys(await confidences({ 'src/referrers.ts': table(`// This file is generated by the script get-referrers.ts\n${past}`, '') }))).toEqual(['google-ads']);
  });

  it("takes no host shown as a form field's example (a placeholder, a help or hint text) as use", async () => {
    const examples = {
      'lang/en/texts.php': "<?php\nreturn [\n    'host_help' => 'ie. smtp.gmail.com',\n];\n",
      'lang/de/texts.php': "<?php\nreturn [\n    'host_help' => 'z.B. smtp.gmail.com',\n];\n",
      'src/Settings.tsx': 'export const Settings = () => (\n  <Input\n    placeholder="https://instance.matomo.cloud/"\n  />\n);\n',
      'src/form.ts': "export const fields = [{ name: 'webhook', placeholder: 'https://hooks.slack.com/services/...', emailHint: \"e.g. smtp.gmail.com\" }];\n",
    };
    expect(await confidences(examples)).toEqual({});
    // the same hosts as values the product uses
    const used = {
      'config/mail.php': "<?php\nreturn [\n    'host' => 'smtp.gmail.com',\n];\n",
      'src/Settings.tsx': 'export const matomo = "https://acme.matomo.cloud/";\nexport const hint = "ie. the host";\n',
    };
    expect(Object.keys(await confidences(used)).sort()).toEqual(['gmail-smtp', 'matomo-cloud']);
  });
});

