// Suggested answers: what the scan found, what package.json and the build files say,
// the organisation profile of another project, per-service defaults from the catalog,
// and the bank's defaults. The wizard pre-selects them and says where each came from.
import type { AnswerValue, Answers, FieldValue, RecordsValue } from '../answers/types.js';
import type { Catalog, ServiceEntry } from '../catalog/types.js';
import { resolveChoices } from './choices.js';
import type { Question } from '../questions/types.js';
import { CONFIDENCE, type DataKindFinding, type Detection } from '../scan/types.js';
import type { ChoiceContext } from './choices.js';
import { recordItems } from './items.js';
import type { ProjectHints } from './project-hints.js';
import { countryFromAddress, leadAuthorityFor } from './org.js';
import { DATA_SOURCES, EEA_OR_UK, suggestedBasis } from './vetted.js';
import { googleDataFromScopes } from './google-scopes.js';
import { cookieKindOf } from '../answers/item-filters.js';

/** Everything suggestions are made from. */
export interface SuggestContext extends ChoiceContext {
  /** detections of the scan, including dismissed ones */
  detections: Detection[];
  /** kinds of personal data the scan found in schemas (absent: none looked for) */
  dataKinds?: DataKindFinding[];
  /** service id -> reason, for detections the user said do not belong */
  dismissed: Record<string, unknown>;
  hints: ProjectHints;
  /** org.* answers remembered from another project */
  profile: Answers;
  /** today's date (YYYY-MM-DD), for the effective date */
  today?: string;
}

/** A value to pre-fill, where it came from (shown to the user) and how it is stored if accepted. */
export interface Suggestion {
  value: AnswerValue;
  /** provenance stored when the user accepts it unchanged */
  source: 'detected' | 'default';
  /** where it came from */
  origin: 'scan' | 'project' | 'catalog' | 'profile' | 'default';
  /** shown under the prompt, e.g. "Suggested from package.json" */
  note: string;
}

/** Where a detection was proven, as "package.json:14". */
export function evidenceOf(detection: Detection): string {
  // Strongest first: a manifest line says more than an import, an import more than an env key
  // (the scan sorts it so; hand-made records without a confidence are ranked by kind).
  const rank = (e: Detection['evidence'][number]) => CONFIDENCE.indexOf(e.confidence ?? (e.kind === 'env' ? 'env' : 'manifest'));
  const first = detection.evidence.reduce<Detection['evidence'][number] | undefined>((best, e) => (!best || rank(e) < rank(best) ? e : best), undefined);
  return first ? `${first.file}:${first.line}` : 'the project';
}

/** Where a kind of personal data was found, as "prisma/schema.prisma:42". */
export function dataEvidenceOf(finding: DataKindFinding): string {
  const first = finding.evidence[0];
  return first ? `${first.file}:${first.line}` : 'the schemas';
}

/** Markers shown next to choices: "detected in package.json:14", "dev dependency only", "dismissed: …". */
export function choiceMarkers(question: Question, ctx: SuggestContext): Record<string, string> {
  const markers: Record<string, string> = {};
  if (question.suggest === 'services') {
    for (const d of ctx.detections) {
      markers[d.serviceId] = `detected in ${evidenceOf(d)}${d.devOnly ? ', dev only' : ''}${d.optional ? ', optional' : ''}${d.serviceId in ctx.dismissed ? ', dismissed' : ''}`;
    }
  }
  if (question.suggest === 'platforms') {
    for (const p of ctx.hints.platforms) markers[p.value] = `detected in ${p.from}`;
  }
  if (question.suggest === 'googleScopes') {
    for (const [value, where] of googleDataFromScopes(ctx.detections)) markers[value] = `scope requested in ${where}`;
  }
  const fromServices = FROM_SERVICES[question.suggest ?? ''];
  if (fromServices) {
    for (const [value, names] of fromServices(servicesInUse(ctx).flatMap((id) => ctx.catalog.byId.get(id) ?? []), ctx.answers, ctx.catalog)) markers[value] = `suggested: ${names.join(', ')}`;
  }
  // Kinds of data found in the schemas, like detected services: "found in prisma/schema.prisma:42".
  if (question.suggest === 'dataKinds' || question.suggest === 'dataFromServices') {
    for (const finding of ctx.dataKinds ?? []) {
      const found = `found in ${dataEvidenceOf(finding)} (${finding.kinds.join(', ')})`;
      markers[finding.category] = markers[finding.category] ? `${found}; ${markers[finding.category]}` : found;
    }
  }
  return markers;
}

/** The suggestion for a question without an answer, or undefined. */
export function suggestAnswer(question: Question, ctx: SuggestContext): Suggestion | undefined {
  switch (question.suggest) {
    case 'services': {
      // Optional integrations (commented-out keys) and name-only signals are marked, not pre-selected.
      const ids = ctx.detections
        .filter((d) => !d.devOnly && !d.optional && d.confidence !== 'name' && !(d.serviceId in ctx.dismissed))
        .map((d) => d.serviceId);
      if (ids.length > 0) return { value: ids, source: 'detected', origin: 'scan', note: `Pre-selected: ${ids.length} detected in your code` };
      break;
    }
    case 'googleScopes': {
      const found = googleDataFromScopes(ctx.detections.filter((d) => !(d.serviceId in ctx.dismissed)));
      if (found.size > 0) return { value: [...found.keys()], source: 'detected', origin: 'scan', note: `Pre-selected: the OAuth scopes your code requests (${[...new Set(found.values())].slice(0, 3).join(', ')})` };
      break;
    }
    case 'dataKinds': {
      const categories = (ctx.dataKinds ?? []).map((f) => f.category).filter((id) => ctx.vocabulary.dataCategories.some((t) => t.id === id));
      if (categories.length > 0) {
        const where = [...new Set((ctx.dataKinds ?? []).map((f) => f.evidence[0]?.file).filter(Boolean))].slice(0, 3).join(', ');
        return { value: categories, source: 'detected', origin: 'scan', note: `Pre-selected: ${categories.length} found in your schemas (${where})` };
      }
      break;
    }
    case 'productName':
      if (ctx.hints.name) return { value: ctx.hints.name.value, source: 'detected', origin: 'project', note: `Suggested from ${ctx.hints.name.from}` };
      break;
    case 'productUrl':
      if (ctx.hints.url) return { value: ctx.hints.url.value, source: 'detected', origin: 'project', note: `Suggested from ${ctx.hints.url.from}` };
      break;
    case 'platforms':
      if (ctx.hints.platforms.length > 0) {
        return { value: ctx.hints.platforms.map((p) => p.value), source: 'detected', origin: 'project', note: `Suggested from ${ctx.hints.platforms.map((p) => p.from).join(', ')}` };
      }
      break;
    case 'productKind':
      if (ctx.hints.platforms.length > 0) return { value: ['mobile'], source: 'detected', origin: 'project', note: 'Suggested: mobile build files found' };
      break;
    case 'dataFromServices':
    case 'purposesFromServices':
    case 'cookiesFromServices': {
      const services = servicesInUse(ctx).flatMap((id) => ctx.catalog.byId.get(id) ?? []);
      const found = FROM_SERVICES[question.suggest]!(services, ctx.answers, ctx.catalog);
      const known = new Set(resolveChoices(question, ctx).map((c) => c.value));
      // Data kinds the schemas store come first: the code itself says they are collected.
      const fromSchemas = question.suggest === 'dataFromServices' ? (ctx.dataKinds ?? []).map((f) => f.category) : [];
      const value = [...new Set([...fromSchemas, ...found.keys()])].filter((v) => known.has(v));
      if (value.length > 0 && fromSchemas.some((v) => known.has(v)) && found.size === 0) {
        return { value, source: 'detected', origin: 'scan', note: 'Suggested from your schemas (each marked); untick what you do not collect' };
      }
      // a kind answered for a service the user added comes from their answers, not from the code
      const custom = ctx.answers['services.custom'];
      const added = new Set(Array.isArray(custom) ? custom.map((c) => c.trim()) : []);
      const fromAnswers = [...found.values()].some((names) => names.some((n) => added.has(n)));
      if (value.length > 0) {
        const note = fromAnswers ? 'Suggested from the services you use and what you said of them (each marked); untick what you do not do' : 'Suggested from the services found in your code (each marked); untick what you do not do';
        return { value, source: 'detected', origin: 'catalog', note };
      }
      break;
    }
    case 'today':
      if (ctx.today) return { value: ctx.today, source: 'default', origin: 'default', note: 'Suggested: today' };
      break;
    case 'countryFromAddress': {
      const country = countryFromAddress(ctx.answers['org.address'], question.choices ?? []);
      if (country) return { value: country, source: 'default', origin: 'default', note: 'Suggested from your postal address' };
      break;
    }
    case 'leadAuthority': {
      const authority = leadAuthorityFor(ctx.answers['org.country']);
      if (authority) return { value: authority, source: 'default', origin: 'default', note: 'Suggested from your country of establishment' };
      break;
    }
    case 'purposeBases': {
      const value = purposeBasisDefaults(question, ctx);
      if (Object.keys(value).length > 0) return { value, source: 'default', origin: 'default', note: 'Suggested from each purpose; values marked * are suggestions' };
      break;
    }
    case 'dataDetails': {
      const value = dataDetailsDefaults(question, ctx);
      if (Object.keys(value).length > 0) return { value, source: 'default', origin: 'default', note: 'Suggested from each kind of data and the services that receive it' };
      break;
    }
  }
  if (question.type === 'records' && question.itemsFrom?.includes('services.used')) {
    const value = serviceDetailsDefaults(question, ctx);
    if (Object.keys(value).length > 0) return { value, source: 'detected', origin: 'catalog', note: 'Suggested from our service catalog; values marked * are suggestions' };
  }
  const remembered = ctx.profile[question.id];
  if (question.id.startsWith('org.') && remembered !== undefined) return { value: remembered, source: 'default', origin: 'profile', note: 'From your profile (another project)' };
  if (question.default !== undefined && isAnswerValue(question.default)) return { value: question.default, source: 'default', origin: 'default', note: 'Suggested: check it before you confirm' };
  return undefined;
}

/** The vetted basis for each chosen purpose (providing the service -> contract, security -> legitimate interests…). */
export function purposeBasisDefaults(question: Question, ctx: SuggestContext): RecordsValue {
  const value: RecordsValue = {};
  for (const item of recordItems(question, ctx)) {
    const row = suggestedBasis(item.key, ctx.answers['product.audienceType']);
    if (row) value[item.key] = row;
  }
  return value;
}

/** value -> the names of the catalog services it comes from, for the questions suggested from the services in use. */
const FROM_SERVICES: Record<string, (services: ServiceEntry[], answers: Answers, catalog: Catalog) => Map<string, string[]>> = {
  dataFromServices: (services) => collect(services, (s) => s.data),
  purposesFromServices: (services) => collect(services, (s) => s.purposes),
  // the catalog's kind, or (on a re-run) the kind answered for a service whose vendor does not state it,
  // or for a service the user added ("Does it set cookies…?"): the same helper as the facts
  cookiesFromServices: (services, answers, catalog) => {
    const details = answers['services.details'];
    const rows = details && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, Record<string, unknown> | undefined>) : {};
    const row = (id: string) => (Object.hasOwn(rows, id) ? rows[id] : undefined);
    const found = collect(services, (s) => {
      const kind = s.cookies?.sets ? cookieKindOf(s, row(s.id)) : undefined;
      return kind ? [kind] : [];
    });
    const custom = answers['services.custom'];
    for (const name of Array.isArray(custom) ? new Set(custom.map((c) => c.trim())) : []) {
      if (name === '' || catalog.byId.has(name)) continue;
      const kind = cookieKindOf(undefined, row(name));
      if (kind) found.set(kind, [...(found.get(kind) ?? []), name]);
    }
    return found;
  },
};

function collect(services: ServiceEntry[], values: (s: ServiceEntry) => string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const s of services) for (const v of values(s)) found.set(v, [...(found.get(v) ?? []), s.name]);
  return found;
}

/** The services that will receive data: the answer, or before it is given, the detected ones. */
function servicesInUse(ctx: SuggestContext): string[] {
  const used = ctx.answers['services.used'];
  if (Array.isArray(used)) return used;
  return ctx.detections.filter((d) => !d.devOnly && !(d.serviceId in ctx.dismissed)).map((d) => d.serviceId);
}

/** Per kind of data: its usual source (vetted by the category), and the purposes of the catalog services that receive it. */
export function dataDetailsDefaults(question: Question, ctx: SuggestContext): RecordsValue {
  const chosen = ctx.answers['purposes.list'];
  const purposes = Array.isArray(chosen) ? chosen : [];
  const services = servicesInUse(ctx).flatMap((id) => ctx.catalog.byId.get(id) ?? []);
  const value: RecordsValue = {};
  for (const item of recordItems(question, ctx)) {
    const row: Record<string, FieldValue> = {};
    const vetted = DATA_SOURCES[item.key];
    if (vetted) row.sources = vetted.sources;
    if (vetted?.required) row.required = vetted.required;
    const used = purposes.filter((p) => services.some((s) => s.data.includes(item.key) && s.purposes.includes(p)));
    if (used.length > 0) row.purposes = used;
    if (Object.keys(row).length > 0) value[item.key] = row;
  }
  return value;
}

/** Per-service defaults for the services form, for the catalog services among its items. */
export function serviceDetailsDefaults(question: Question, ctx: SuggestContext): RecordsValue {
  const value: RecordsValue = {};
  for (const item of recordItems(question, ctx)) {
    const defaults = serviceDefaults(item.key, ctx.catalog, ctx.answers);
    if (defaults) value[item.key] = defaults;
  }
  return value;
}

/** Catalog defaults for one service, narrowed to the purposes and data categories answered earlier. */
export function serviceDefaults(serviceId: string, catalog: Catalog, answers: Answers): Record<string, FieldValue> | undefined {
  const entry = catalog.byId.get(serviceId);
  if (!entry) return undefined;
  const within = (id: string, list: string[]) => {
    const chosen = answers[id];
    return Array.isArray(chosen) ? list.filter((x) => chosen.includes(x)) : [];
  };
  // The catalog does not say whether a service acts only on your instructions; one that uses data for
  // cross-context advertising does not, so only that is suggested. Everything else starts on "Not sure yet".
  const defaults: Record<string, FieldValue> = {};
  if (entry.sellingOrSharing === true) defaults.role = 'third-party';
  const purposes = within('purposes.list', entry.purposes);
  const data = within('data.categories', entry.data);
  if (purposes.length > 0) defaults.purposes = purposes;
  if (data.length > 0) defaults.data = data;
  if (entry.country) defaults.location = entry.country;
  // A safeguard is suggested only where the catalog proves it: a DPF-certified US entity, or a recipient inside the EEA/UK.
  if (entry.dpf === true && entry.country === 'US') defaults.safeguard = 'dpf';
  // a recipient in the EEA, the UK or Switzerland receives data from any of them without a transfer out of the three
  if (entry.country && (EEA_OR_UK.has(entry.country.toUpperCase()) || entry.country.toUpperCase() === 'CH')) {
    defaults.safeguard = 'none';
    defaults.ukSafeguard = 'none';
    defaults.chSafeguard = 'none';
  }
  if (entry.privacyPolicy) defaults.policyUrl = entry.privacyPolicy;
  return defaults;
}

/** An existing records answer completed with suggested fields it does not have yet. */
export function mergeRecords(answer: RecordsValue | undefined, suggested: RecordsValue): RecordsValue {
  const merged: RecordsValue = { ...suggested };
  for (const [key, fields] of Object.entries(answer ?? {})) merged[key] = { ...suggested[key], ...fields };
  return merged;
}

function isAnswerValue(v: unknown): v is AnswerValue {
  return ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
}
