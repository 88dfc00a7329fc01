// What generate, check and the wizard share: load the engine, turn answers into
// the policy and checklist text, compare with what is on disk, write atomically.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnswersFile, OutputFormat, PolicyVersion } from './core/answers/types.js';
import { runAudit } from './core/audit/engine.js';
import { obligations, rules } from './core/audit/rules/index.js';
import type { AuditResult } from './core/audit/types.js';
import { loadCatalog } from './core/catalog/load.js';
import { declaredCover, lineage } from './core/catalog/relations.js';
import type { Catalog } from './core/catalog/types.js';
import { buildFacts } from './core/facts/build-facts.js';
import type { PolicyFacts } from './core/facts/types.js';
import { loadQuestionBank } from './core/questions/load.js';
import type { QuestionBank } from './core/questions/types.js';
import { renderChecklist } from './core/render/checklist.js';
import { frontMatter } from './core/render/front-matter.js';
import { renderPolicy } from './core/render/policy.js';
import { describeChange, recordVersion, seedVersions } from './core/render/versions.js';
import type { Detection, ScanResult } from './core/scan/types.js';
import { loadVocabulary, type Vocabulary } from './core/vocabulary/load.js';
import { answersOf } from './store/read-answers.js';
import { composeGenerated, readGenerated, untick, type GeneratedFile } from './store/generated-file.js';
import type { Location } from './store/locate.js';
import { HTML_PREAMBLE, htmlPage } from './documents/html/page.js';
import { htmlSections, withoutTitle } from './documents/html/sections.js';
import { cleanStaleTemps, ensureFolder, refuseLink, writeFileSafely } from './store/safe-write.js';
import { computeDocument, documentContext } from './documents/compute.js';
import { DOCUMENTS } from './documents/registry.js';
import { policyCookieTable } from './documents/cookies/documents.js';
import { DRAFT_BANNER } from './core/render/draft.js';

export const POLICY_FILE = 'privacy-policy.md';
export const CHECKLIST_FILE = 'checklist.md';
export const POLICY_HTML_FILE = 'privacy-policy.html';

/** The policy's file name in a format: a page for `html`, Markdown for the rest. */
export const policyFile = (format: OutputFormat | undefined): string => (format === 'html' ? POLICY_HTML_FILE : POLICY_FILE);

/** A policy this tool wrote in the other file format (before a switch to or from html), if one is still there. */
export function leftoverPolicy(dir: string, format: OutputFormat | undefined): string | undefined {
  const other = join(dir, format === 'html' ? POLICY_FILE : POLICY_HTML_FILE);
  return readGenerated(other)?.lastUpdated ? other : undefined;
}

/**
 * Documents this tool wrote in the privacy folder that it no longer writes: unticked in the write step,
 * left behind by a switch of format (cookies.md after --format html) or written elsewhere now (a moved
 * privacy manifest). A file is ours when it carries our marker or answers.json records its hash; the
 * old-format policy is `leftoverPolicy`'s.
 */
export function leftoverDocuments(dir: string, outputs: Pick<Outputs, 'files'>, file: Pick<AnswersFile, 'generatedFiles'>): string[] {
  const current = new Set(outputs.files.map((o) => resolve(o.path)));
  const skip = new Set([POLICY_FILE, POLICY_HTML_FILE, 'answers.json']);
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
  return names
    .filter((name) => !skip.has(name) && !current.has(resolve(dir, name)))
    .filter((name) => {
      if (file.generatedFiles?.[name]) return true;
      if (!/\.(md|html|xcprivacy)$/.test(name)) return false;
      try {
        return !!readGenerated(join(dir, name))?.lastUpdated;
      } catch {
        return false;
      }
    })
    .map((name) => join(dir, name))
    .sort();
}

/** The data the engine runs on: question bank, vocabulary, service catalog. */
export interface Engine {
  bank: QuestionBank;
  vocabulary: Vocabulary;
  catalog: Catalog;
}

export function loadEngine(): Engine {
  return { bank: loadQuestionBank(), vocabulary: loadVocabulary(), catalog: loadCatalog() };
}

/** Today's date as YYYY-MM-DD (UTC). PRIVACY_WIZARD_TODAY overrides it for reproducible runs and tests. */
export function today(): string {
  const forced = process.env.PRIVACY_WIZARD_TODAY;
  if (forced && /^\d{4}-\d{2}-\d{2}$/.test(forced)) return forced;
  return new Date().toISOString().slice(0, 10);
}

/**
 * Detected services the answers neither declare nor dismiss. With the catalog, a declared parent
 * covers its children: declaring "aws" declares a detected "aws-s3" and "amazon-ses".
 */
export function undeclaredServices(file: AnswersFile, scan: ScanResult, catalog?: Catalog): Detection[] {
  const used = file.answers['services.used']?.value;
  const declared = new Set<string>(Array.isArray(used) ? used : []);
  const covered = (id: string) => (catalog ? declaredCover(catalog, id, declared) !== undefined : declared.has(id));
  return scan.services.filter((d) => !covered(d.serviceId) && !(d.serviceId in (file.dismissed ?? {})));
}

export function factsFor(engine: Engine, file: AnswersFile, date: string, scan?: ScanResult): PolicyFacts {
  return buildFacts(answersOf(file), {
    bank: engine.bank,
    vocabulary: engine.vocabulary,
    service: (id) => engine.catalog.byId.get(id),
    today: date,
    detected: scan?.services.map((d) => {
      const entry = engine.catalog.byId.get(d.serviceId);
      const first = d.evidence[0];
      return {
        id: d.serviceId,
        name: d.name,
        where: first ? `${first.file}:${first.line}` : '',
        sellingOrSharing: entry?.sellingOrSharing,
        category: entry?.category,
        parents: lineage(engine.catalog, d.serviceId).slice(1),
      };
    }),
    dismissed: Object.keys(file.dismissed ?? {}),
  });
}

export function auditFacts(engine: Engine, facts: PolicyFacts): AuditResult {
  return runAudit(facts, rules, obligations, engine.bank);
}

/** One output file: the text to write and how it compares with the file on disk. */
export interface OutputFile {
  /** 'policy', 'checklist' or a registry id (--only/--skip name it) */
  id: string;
  /** what the file is, for people ("Privacy policy", "Google Play Data safety import file") */
  title: string;
  path: string;
  text: string;
  existing?: GeneratedFile;
  /** the text differs from the file on disk (ignoring ticked boxes for the checklist) */
  changed: boolean;
  /** for a file without comment syntax (CSV, JSON): its marker, kept in answers.json once written */
  record?: { key: string; lastUpdated: string; sha256: string };
}

export interface Outputs {
  facts: PolicyFacts;
  audit: AuditResult;
  /** the date shown as "Last updated": kept when the policy text did not change */
  lastUpdated: string;
  /** the policy's versions including this text; differs from the answers file's when the text changed */
  versions: PolicyVersion[];
  /** the policy as Markdown (the file's text for Markdown formats; the source of the page for html), for previews */
  policyMarkdown: string;
  policy: OutputFile;
  checklist: OutputFile;
  /** the other documents the product needs (registry entries that apply or that the answers ask for) */
  documents: OutputFile[];
  /** policy, checklist and documents, in that order */
  files: OutputFile[];
  /** the documents the write step offers, and whether each is chosen */
  choices: DocumentChoice[];
}

/** A registry document the user may choose to write. */
export interface DocumentChoice {
  id: string;
  title: string;
  file: string;
  selected: boolean;
}

/** Renders the policy and checklist for the answers and compares them with the files on disk. */
export function computeOutputs(
  engine: Engine,
  file: AnswersFile,
  location: Location,
  options: { today: string; format?: OutputFormat; scan?: ScanResult; versionSummary?: string | undefined },
): Outputs {
  const facts = factsFor(engine, file, options.today, options.scan);
  const audit = auditFacts(engine, facts);
  const format = options.format ?? file.format ?? 'markdown';

  const html = format === 'html';
  const policyPath = join(location.dir, policyFile(format));
  const existingPolicy = readGenerated(policyPath);
  // Switching to HTML: the Markdown policy is the previous text, so the same words keep their date.
  const earlier = html && !existingPolicy ? readGenerated(join(location.dir, POLICY_FILE)) : undefined;
  // Keep the old date when the text is otherwise the same; bump it only on a real change.
  let lastUpdated = existingPolicy?.lastUpdated ?? earlier?.lastUpdated ?? options.today;
  // A policy written before versions were kept starts its record at the date it carries.
  // A draft (the banner of outputs/policy/intro.eta, in Markdown or as the HTML page) was never published: it starts no record.
  const previous = existingPolicy ?? earlier;
  const wasDraft = DRAFT_BANNER.test(previous?.body ?? '');
  let versions = file.policyVersions ?? (wasDraft ? [] : seedVersions(previous?.lastUpdated));
  // Jekyll and Hugo layouts print the front-matter title; a second H1 would repeat it.
  const heading = format !== 'jekyll' && format !== 'hugo';
  const openItems = audit.counts.error;
  // the cookie table is on its own page or, when the user chose not to write it, in the policy's cookie section
  const base = (date: string, as: OutputFormat = format) => documentContext({ facts, audit, engine, today: options.today, lastUpdated: date, format: as, location, policyFile: policyFile(as) });
  const tableIn = (as: OutputFormat) => policyCookieTable(base(lastUpdated, as), file.documents?.cookies);
  const cookieTable = tableIn(format);
  const render = (table = cookieTable) => renderPolicy(facts, { lastUpdated, heading, versions, openItems, checklist: CHECKLIST_FILE, cookieTable: table });
  // The HTML page is made from the same Markdown, so the two never say different things.
  const toFile = (markdown: string) => (html ? htmlPage(markdown, { title: policyTitle(facts), lang: 'en' }) : markdown);
  let markdown = render();
  const front = (date: string) => (html ? HTML_PREAMBLE : frontMatter(format, { title: policyTitle(facts), lastUpdated: date }));
  const unchanged = existingPolicy
    ? toFile(markdown) === existingPolicy.body && front(lastUpdated) === existingPolicy.frontMatter
    : // the Markdown policy linked cookies.md where the page links cookies.html: the same words
      !!earlier && !earlier.handEdited && withoutTitle(render(tableIn('markdown'))) === withoutTitle(earlier.body);
  if (!unchanged) {
    // A changed text is a new version: it takes effect today, with a line saying what changed.
    // A draft (audit errors open) is not published, so it records no version.
    lastUpdated = options.today;
    if (openItems === 0) {
      const change = html && existingPolicy ? describeChange(existingPolicy.body, toFile(render()), htmlSections) : describeChange(existingPolicy?.body ?? earlier?.body, render());
      versions = recordVersion(versions, options.today, change);
      // the summary the user wrote in the write step replaces the generated one for this version
      const summary = options.versionSummary?.trim();
      if (summary) versions = [...versions.slice(0, -1), { date: options.today, summary }];
    }
    markdown = render();
  }
  const body = toFile(markdown);
  const policyText = composeGenerated(front(lastUpdated), body, lastUpdated, undefined, format === 'docusaurus' ? 'mdx' : 'html');

  const checklistPath = join(location.dir, CHECKLIST_FILE);
  const existingChecklist = readGenerated(checklistPath, untick);
  const style = format === 'docusaurus' ? 'mdx' : 'html';
  const checklistBody = renderChecklist(audit, facts, { previous: existingChecklist?.body, style });
  const checklistText = composeGenerated('', checklistBody, lastUpdated, untick, style);

  const policy: OutputFile = { id: 'policy', title: 'Privacy policy', path: policyPath, text: policyText, existing: existingPolicy, changed: existingPolicy?.text !== policyText };
  const checklist: OutputFile = {
    id: 'checklist',
    title: 'Checklist of what is left to do',
    path: checklistPath,
    text: checklistText,
    existing: existingChecklist,
    changed: !existingChecklist || untick(existingChecklist.body) !== untick(checklistBody),
  };
  const ctx = base(lastUpdated);
  const chosen = (spec: (typeof DOCUMENTS)[number]) => file.documents?.[spec.id] ?? spec.applies(ctx);
  const documents = DOCUMENTS.filter(chosen).map((spec) => computeDocument(spec, ctx, location, file));
  const choices = DOCUMENTS.filter((spec) => spec.offered?.(ctx) ?? true).map((spec) => ({ id: spec.id, title: spec.title, file: spec.file(ctx), selected: chosen(spec) }));
  return { facts, audit, lastUpdated, versions, policyMarkdown: markdown, policy, checklist, documents, files: [policy, checklist, ...documents], choices };
}

/** The outputs that `--only`/`--skip` leave (ids as in `documentIds()`); both empty = every file. */
export function pickFiles(outputs: Outputs, only: string[] = [], skip: string[] = []): OutputFile[] {
  return outputs.files.filter((o) => (only.length === 0 || only.includes(o.id)) && !skip.includes(o.id));
}

/** Whether the outputs carry a version the answers file does not record yet. */
export function versionsChanged(file: AnswersFile, outputs: Outputs): boolean {
  return JSON.stringify(file.policyVersions ?? []) !== JSON.stringify(outputs.versions);
}

function policyTitle(facts: PolicyFacts): string {
  return facts.product.name ? `${facts.product.name} Privacy Policy` : 'Privacy Policy';
}

/** What to do with a policy that was edited by hand. */
export type HandEditChoice = 'overwrite' | 'keep' | 'beside';

/** Path of the copy written beside a hand-edited file. */
export const besidePath = (path: string): string => path.replace(/(\.[A-Za-z0-9]+)?$/, (ext) => `.new${ext || ''}`);

/**
 * Writes the outputs atomically (every byte to a temp file, fsync, then rename), so a file
 * is never half-written; a failure is a UsageError and leaves the old file as it was. A hand-edited file is handled as `handEdited` says.
 */
export async function writeOutputs(outputs: Outputs, handEdited: HandEditChoice, files: OutputFile[] = outputs.files): Promise<string[]> {
  const written: string[] = [];
  // A link among the outputs is refused before anything is written, so no run writes half the set.
  for (const out of files) refuseLink(out.path);
  for (const out of files) {
    if (!out.changed && out.existing && !out.existing.handEdited) continue;
    let target = out.path;
    if (out.existing?.handEdited && out.changed) {
      if (handEdited === 'keep') continue;
      if (handEdited === 'beside') target = besidePath(out.path);
    }
    ensureFolder(join(target, '..'));
    cleanStaleTemps(join(target, '..'));
    writeFileSafely(target, out.text);
    written.push(target);
  }
  return written;
}
