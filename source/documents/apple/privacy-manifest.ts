// PrivacyInfo.xcprivacy: the app's privacy manifest, an XML property list.
// Keys and values: Apple, "Privacy manifest files", "Describing data use in privacy manifests" and
// TN3184 "Adding data collection details to your privacy manifest" (developer.apple.com): the root
// dictionary holds NSPrivacyTracking (Boolean), NSPrivacyTrackingDomains (array of strings),
// NSPrivacyCollectedDataTypes (array of dictionaries with NSPrivacyCollectedDataType,
// NSPrivacyCollectedDataTypeLinked, NSPrivacyCollectedDataTypeTracking and
// NSPrivacyCollectedDataTypePurposes) and NSPrivacyAccessedAPITypes.
// Written by hand rather than with a plist builder, because the "not sure yet" values need an XML
// comment that says why the conservative value was chosen.
import { appTracks, appleSummary, storeDeclarations, type Decision, type TypeSummary } from '../../core/store-labels/declarations.js';
import { shortLabelOf } from '../../core/store-labels/labels.js';
import type { DocumentContext, DocumentSpec } from '../types.js';
import { manifestPath } from './manifest-path.js';
import { trackingDomains } from './sdk-manifests.js';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An XML comment may not contain "--" (XML 1.0 §2.5). */
const comment = (text: string) => `<!-- ${xml(text).replace(/-{2,}/g, '-')} -->`;
const bool = (d: Decision) => (d === false ? '<false/>' : '<true/>');

function typeDict(s: TypeSummary, ctx: DocumentContext): string[] {
  const notes = [`From your answers: ${s.sources.map((d) => shortLabelOf(d, ctx.facts)).join('; ')}.`];
  if (s.linked === 'unsure') notes.push('Linked: not sure yet; Apple counts data as linked unless it is de-identified before collection, so true.');
  if (s.tracking === 'unsure') notes.push('Tracking: not sure yet; used for advertising with no known ad SDK, so true until you decide.');
  return [
    '\t\t<dict>',
    `\t\t\t${comment(notes.join(' '))}`,
    '\t\t\t<key>NSPrivacyCollectedDataType</key>',
    `\t\t\t<string>${s.key}</string>`,
    '\t\t\t<key>NSPrivacyCollectedDataTypeLinked</key>',
    `\t\t\t${bool(s.linked)}`,
    '\t\t\t<key>NSPrivacyCollectedDataTypeTracking</key>',
    `\t\t\t${bool(s.tracking)}`,
    '\t\t\t<key>NSPrivacyCollectedDataTypePurposes</key>',
    '\t\t\t<array>',
    ...s.purposes.map((p) => `\t\t\t\t<string>${p}</string>`),
    '\t\t\t</array>',
    '\t\t</dict>',
  ];
}

export function renderPrivacyManifest(ctx: DocumentContext): string {
  const decls = storeDeclarations(ctx.facts);
  const types = appleSummary(decls);
  const tracks = appTracks(decls);
  const domains = tracks === false ? [] : trackingDomains(ctx.facts, ctx.engine.catalog);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    `\t${comment(`Privacy manifest for ${ctx.facts.product.name ?? 'the app'}, from the same answers as ${ctx.policyFile}; app-store-privacy.md explains each value.`)}`,
    '\t<key>NSPrivacyTracking</key>',
    `\t${bool(tracks)}`,
  ];
  if (tracks === 'unsure') lines.push(`\t${comment('Tracking: not sure yet (see app-store-privacy.md); true, so that App Tracking Transparency applies until you decide.')}`);
  lines.push('\t<key>NSPrivacyTrackingDomains</key>');
  if (domains.length === 0) {
    if (tracks !== false) lines.push(`\t${comment('No tracking domain is known for the SDKs in your answers: add the domains the app contacts for tracking.')}`);
    lines.push('\t<array/>');
  } else {
    lines.push(`\t${comment("From the tracking SDKs' own privacy manifests (catalog field appleTracking).")}`, '\t<array>', ...domains.map((d) => `\t\t<string>${xml(d)}</string>`), '\t</array>');
  }
  lines.push('\t<key>NSPrivacyCollectedDataTypes</key>');
  if (types.length === 0) lines.push('\t<array/>');
  else lines.push('\t<array>', ...types.flatMap((s) => typeDict(s, ctx)), '\t</array>');
  lines.push(
    `\t${comment('Required-reason APIs your own code calls (UserDefaults, file timestamps, system boot time, disk space, active keyboards) go here with Apple\'s reason codes; the answers do not say which, so it is empty.')}`,
    '\t<key>NSPrivacyAccessedAPITypes</key>',
    '\t<array/>',
    '</dict>',
    '</plist>',
    '',
  );
  return lines.join('\n');
}

export const privacyManifestDocument: DocumentSpec = {
  id: 'privacy-manifest',
  title: 'iOS privacy manifest',
  file: manifestPath,
  applies: (ctx) => ctx.project.ios,
  offered: (ctx) => ctx.project.ios,
  render: renderPrivacyManifest,
  marker: 'xml',
};
