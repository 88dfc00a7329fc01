// privacy/app-store-privacy.md: the answers to App Store Connect's App Privacy questionnaire, data
// type by data type, from the same declarations as the privacy manifest and the Data safety file.
import { APPLE_CATEGORIES, appleType, applePurposeLabel } from '../../core/store-labels/apple-types.js';
import { appTracks, appleSummary, notFromTheApp, storeDeclarations, type Decision, type TypeSummary } from '../../core/store-labels/declarations.js';
import { shortLabel } from '../../core/render/format.js';
import { shortLabelOf } from '../../core/store-labels/labels.js';
import { openStoreQuestions } from '../../core/store-labels/open-questions.js';
import { escapeMarkdown } from '../../core/render/markdown-escape.js';
import type { DocumentContext, DocumentSpec } from '../types.js';
import { MANIFEST_FILE, manifestShownPath } from './manifest-path.js';
import { iosSdks, trackingDomains } from './sdk-manifests.js';

export const APP_STORE_FILE = 'app-store-privacy.md';

const yesNo = (d: Decision, unsureAs: string) => (d === true ? 'Yes' : d === false ? 'No' : unsureAs);
const cell = (text: string) => escapeMarkdown(text);

function typeRow(s: TypeSummary, ctx: DocumentContext): string {
  const t = appleType(s.key);
  const from = s.sources.map((d) => shortLabelOf(d, ctx.facts)).join('; ');
  const purposes = s.purposes.map(applePurposeLabel).join(', ');
  return `| ${t.label} | Yes | ${yesNo(s.linked, 'Yes (not sure yet)')} | ${yesNo(s.tracking, 'Yes (not sure yet)')} | ${purposes} | ${cell(from)} |`;
}

export function renderAppStorePrivacy(ctx: DocumentContext): string {
  const { facts } = ctx;
  const decls = storeDeclarations(facts);
  const types = appleSummary(decls);
  const product = escapeMarkdown(facts.product.name ?? 'the app');
  const lines: string[] = [`# App Store privacy answers for ${product}`, ''];
  lines.push(
    `Your answers to App Store Connect's App Privacy questionnaire (App Store Connect → your app → App Privacy → Get Started), worked out from \`answers.json\`, the same answers as the privacy policy (\`${ctx.policyFile}\`). ${ctx.project.ios ? `The privacy manifest \`${MANIFEST_FILE}\` carries the same answers.` : ''}`.trimEnd(),
    '',
  );
  const outside = notFromTheApp(facts);
  const notDeclared = outside.length > 0 ? [`Not declared although the policy lists them: ${outside.map((d) => shortLabel(d.label)).join(', ')}. The answers say they come only from partners or public sources, never from the app, and Apple counts only data sent from the app.`, ''] : [];
  if (types.length === 0) {
    lines.push('## Do you or your third-party partners collect data from this app?', '', 'No. The answers list no personal data the app sends, so choose "No, we do not collect data from this app".', '', ...notDeclared);
    return lines.join('\n');
  }
  lines.push('## Do you or your third-party partners collect data from this app?', '', 'Yes. Select the data types below, then answer the questions Apple asks for each one.', '');
  lines.push('"Linked to the user": Apple counts data as linked to a person unless it is de-identified before you collect it. "Used for tracking": combined with other companies\' data for targeted advertising or ad measurement, or shared with data brokers.', '');

  for (const category of APPLE_CATEGORIES) {
    const rows = types.filter((s) => appleType(s.key).category === category);
    if (rows.length === 0) continue;
    lines.push(`### ${category}`, '', '| Data type | Collected | Linked to the user | Used for tracking | Purposes | From your answers |', '| --- | --- | --- | --- | --- | --- |');
    lines.push(...rows.map((s) => typeRow(s, ctx)), '');
  }
  const skipped = APPLE_CATEGORIES.filter((c) => !types.some((s) => appleType(s.key).category === c));
  lines.push(`Not collected, so leave unticked: ${skipped.join(', ')}.`, '');
  lines.push(...notDeclared);

  const tracks = appTracks(decls);
  lines.push('## Tracking', '');
  lines.push(
    tracks === false
      ? 'None of the data is used for tracking, so the app does not need to ask for permission with the App Tracking Transparency prompt.'
      : `Some data is used for tracking${tracks === 'unsure' ? ' (not sure yet, see below)' : ''}: show the App Tracking Transparency prompt and track only people who allow it.`,
    '',
  );

  const open = openStoreQuestions(facts, decls).filter((q) => q.store !== 'google');
  const domainsKnown = trackingDomains(facts, ctx.engine.catalog);
  if (ctx.project.ios && tracks !== false && domainsKnown.length === 0)
    open.push({ id: 'privacy-manifest-tracking-domains', store: 'apple', text: 'Add the internet domains the app contacts for tracking to NSPrivacyTrackingDomains in the privacy manifest: none of the SDKs in the answers has known tracking domains, and Apple rejects a manifest that says it tracks with no domain.' });
  if (open.length > 0) {
    lines.push('## Not sure yet', '', 'Where the answers do not decide a value, the table and the manifest use the answer Apple treats as the safe one. Settle these, then run `npx privacy-wizard` again:', '');
    lines.push(...open.map((q) => `- ${q.text}${q.question ? ` (question \`${q.question}\`)` : ''}`), '');
  }

  if (ctx.project.ios) lines.push(...manifestSection(ctx));
  return lines.join('\n');
}

function manifestSection(ctx: DocumentContext): string[] {
  const lines = ['## Privacy manifest', ''];
  const shown = manifestShownPath(ctx);
  lines.push(`${shown ? `\`${shown}\`` : `\`${MANIFEST_FILE}\` beside this file`} declares the same data types, purposes and tracking. Add it to the app target in Xcode once (drag it into the project navigator and tick the app target).${shown ? '' : ' To write it into your Xcode project instead, answer where (question `product.privacyManifestPath`); the tool never writes there unless you do.'} It leaves \`NSPrivacyAccessedAPITypes\` empty: list there the required-reason APIs your own code calls (such as UserDefaults), with Apple's reason codes.`, '');
  const sdks = iosSdks(ctx.facts, ctx.engine.catalog);
  lines.push('### SDKs that must ship their own manifest', '', 'Each third-party SDK declares its own data and tracking domains in a manifest of its own, which Xcode merges into the app\'s privacy report.', '');
  if (sdks.length === 0) lines.push('None of the services in your answers has an iOS SDK in the catalog. Check any SDK you added that the answers do not name.', '');
  else {
    lines.push('Use versions of these SDKs that include one:', '');
    lines.push(...sdks.map((s) => `- ${escapeMarkdown(s.name)} (${s.pods.map((p) => `\`${p}\``).join(', ')})${s.listed ? ": on Apple's list of commonly used SDKs, so it must include a privacy manifest and, as a binary, a signature" : ''}`), '');
  }
  return lines;
}

export const appStorePrivacyDocument: DocumentSpec = {
  id: 'app-store',
  title: 'App Store privacy answers',
  file: () => APP_STORE_FILE,
  applies: (ctx) => ctx.project.ios,
  offered: (ctx) => ctx.project.ios,
  render: renderAppStorePrivacy,
  marker: (ctx) => (ctx.format === 'docusaurus' ? 'mdx' : 'html'),
};
