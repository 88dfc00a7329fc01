// Renders one registry document and compares it with the file on disk, the same way the policy is:
// the marker's hash tells a hand edit from a stale file, and the date changes only with the text.
import { isAbsolute, join, relative } from 'node:path';
import type { AnswersFile, OutputFormat } from '../core/answers/types.js';
import type { AuditResult } from '../core/audit/types.js';
import type { PolicyFacts } from '../core/facts/types.js';
import { composeGenerated, hashOf, parseGenerated, withoutCarriageReturns, type GeneratedFile } from '../store/generated-file.js';
import { stripControls } from '../core/render/markdown-escape.js';
import type { Location } from '../store/locate.js';
import { readUserText } from '../store/read-answers.js';
import type { OutputFile } from '../project.js';
import type { DocumentContext, DocumentSpec, MarkerKind } from './types.js';

export function documentContext(input: {
  facts: PolicyFacts;
  audit: AuditResult;
  engine: DocumentContext['engine'];
  today: string;
  lastUpdated: string;
  format: OutputFormat;
  location: Location;
  policyFile: string;
}): DocumentContext {
  const { facts, location } = input;
  const kinds = facts.product.kinds;
  const platforms = facts.product.platforms;
  const mobile = kinds.includes('mobile');
  return {
    facts: input.facts,
    audit: input.audit,
    engine: input.engine,
    today: input.today,
    lastUpdated: input.lastUpdated,
    format: input.format,
    policyFile: input.policyFile,
    project: {
      root: location.root,
      dir: location.dir,
      mobile,
      ios: mobile && platforms.includes('ios'),
      android: mobile && platforms.includes('android'),
      web: kinds.includes('website') || kinds.includes('webapp'),
    },
  };
}

/** The key of a comment-less file's marker in answers.json: its path relative to the privacy folder. */
const recordKey = (location: Location, path: string) => relative(location.dir, path).split('\\').join('/');

export function computeDocument(spec: DocumentSpec, base: DocumentContext, location: Location, file: AnswersFile): OutputFile {
  const name = spec.file(base);
  const path = isAbsolute(name) ? name : join(location.dir, name);
  const marker: MarkerKind = typeof spec.marker === 'function' ? spec.marker(base) : spec.marker;
  const raw = readUserText(path, spec.title);
  if (marker === 'none') return withoutComments(spec, base, path, raw, recordKey(location, path), file);

  const existing: GeneratedFile | undefined = raw === undefined ? undefined : parseGenerated(raw);
  const ctx: DocumentContext = { ...base, previous: existing?.body };
  // a control character typed into any answer never reaches a document (matrix class C5)
  const text = stripControls(spec.render(ctx));
  const [head, body] = marker === 'xml' ? splitXmlDeclaration(text) : ['', text];
  // Keep the old date while the text is the same, so re-running never changes an unchanged file.
  const date = existing && !existing.handEdited && existing.body === body && existing.lastUpdated ? existing.lastUpdated : base.today;
  const full = composeGenerated(head, body, date, undefined, marker === 'mdx' ? 'mdx' : 'html');
  return { id: spec.id, title: spec.title, path, text: full, existing, changed: existing?.text !== full };
}

/** CSV and JSON have no comments: the hash of the text as written is kept in answers.json. */
function withoutComments(spec: DocumentSpec, base: DocumentContext, path: string, raw: string | undefined, key: string, file: AnswersFile): OutputFile {
  const text = stripControls(spec.render({ ...base, previous: raw }));
  const record = file.generatedFiles?.[key];
  // Without a record (answers.json lost it) a file is ours only if it is what we would write now.
  // compared and hashed with LF line ends: CSV is written with CRLF (RFC 4180), and a checkout may change them
  const lf = withoutCarriageReturns;
  const onDisk = raw === undefined ? undefined : lf(raw);
  const existing: GeneratedFile | undefined =
    onDisk === undefined ? undefined : { text: onDisk, frontMatter: '', body: onDisk, lastUpdated: record?.lastUpdated, handEdited: record ? hashOf(onDisk) !== record.sha256 : onDisk !== lf(text) };
  const changed = onDisk !== lf(text);
  const lastUpdated = !changed && record ? record.lastUpdated : base.today;
  return { id: spec.id, title: spec.title, path, text, existing, changed, record: { key, lastUpdated, sha256: hashOf(lf(text)) } };
}

/** A marker must follow the XML declaration (and DOCTYPE), which must come first. */
function splitXmlDeclaration(text: string): [string, string] {
  const match = /^(<\?xml[^>]*\?>\n(?:<!DOCTYPE[^>]*>\n)?)/.exec(text);
  return match ? [match[1]!, text.slice(match[1]!.length)] : ['', text];
}
