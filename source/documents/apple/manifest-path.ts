// Where PrivacyInfo.xcprivacy goes: beside the policy unless the answers name a place
// (product.privacyManifestPath), a folder or the file itself, relative to the project root. The tool
// writes into an Xcode project only when the user names a place there.
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { NOT_SURE } from '../../core/questions/types.js';
import type { DocumentContext } from '../types.js';

export const MANIFEST_FILE = 'PrivacyInfo.xcprivacy';

const named = (ctx: DocumentContext): string => {
  const raw = ctx.facts.answers['product.privacyManifestPath'];
  const place = typeof raw === 'string' && raw !== NOT_SURE ? raw.trim() : '';
  // a control character (a NUL) in a path would reach the file system as a cryptic error
  if (/[\u0000-\u001f\u007f]/.test(place)) {
    throw new UsageError('the folder for the privacy manifest holds a control character', {
      file: 'privacy/answers.json',
      field: 'answers.product.privacyManifestPath.value',
      fix: 'give a folder inside the project such as ios/MyApp (or leave it empty to write it beside the policy)',
    });
  }
  return place;
};

/** The path the registry writes: relative to the privacy folder, or absolute when the user named one. */
export function manifestPath(ctx: DocumentContext): string {
  const place = named(ctx);
  if (place === '') return MANIFEST_FILE;
  const full = isAbsolute(place) ? place : resolve(ctx.project.root, place);
  return full.endsWith('.xcprivacy') ? full : join(full, MANIFEST_FILE);
}

/** The named place relative to the project root, for the Markdown; undefined when it is the default. */
export function manifestShownPath(ctx: DocumentContext): string | undefined {
  if (named(ctx) === '') return undefined;
  return relative(ctx.project.root, manifestPath(ctx)).split('\\').join('/');
}
