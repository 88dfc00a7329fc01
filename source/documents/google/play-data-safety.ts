// privacy/play-data-safety.csv: the Data safety form in the Play Console's CSV import format
// (Play Console → App content → Data safety → Import from CSV). Every row of the form is written,
// in the Console's order, as the Console's own export does; unanswered rows keep an empty value.
// Values are "true"/"false" as in the Console's exports. CSV has no comments: where the answers do not
// decide a value, the file carries the conservative one and the checklist says what to settle
// (core/store-labels/open-questions.ts).
import type { PolicyFacts } from '../../core/facts/types.js';
import { deletionOffered, deletionUrl, encryptedInTransit, googleSummary, storeDeclarations, type TypeSummary } from '../../core/store-labels/declarations.js';
import { PLAY_DATA_TYPES, PLAY_HEADER, playFormRows } from '../../core/store-labels/google-form.js';
import type { DocumentContext, DocumentSpec } from '../types.js';

export const PLAY_FILE = 'play-data-safety.csv';

/** RFC 4180: quote a field that holds a comma, a quote or a line break. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const TRUE = 'true';
const FALSE = 'false';

/** The value of each answered row, keyed "question|response". */
export function playAnswers(facts: PolicyFacts): Map<string, string> {
  const values = new Map<string, string>();
  const set = (question: string, response: string, value: string) => values.set(`${question}|${response}`, value);
  const types = googleSummary(storeDeclarations(facts));

  set('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', types.length > 0 ? TRUE : FALSE);
  if (types.length > 0 && encryptedInTransit(facts) === true) set('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', '', TRUE);
  if (facts.product.accounts === false) set('PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', 'PSL_ACM_NONE', TRUE);
  if (types.length > 0 && deletionOffered(facts)) set('PSL_SUPPORT_DATA_DELETION_BY_USER', 'DATA_DELETION_YES', TRUE);
  const url = deletionUrl(facts);
  if (facts.product.accounts === true && url) set('PSL_ACCOUNT_DELETION_URL', '', url);
  for (const t of types) usage(t, set);
  return values;
}

function usage(t: TypeSummary, set: (q: string, r: string, v: string) => void) {
  const category = playTypeCategory(t.key);
  const q = (sub: string) => `PSL_DATA_USAGE_RESPONSES:${t.key}:${sub}`;
  set(category, t.key, TRUE);
  // Collected: everything declared leaves the device (Google's "collected"); shared only when a third
  // party that is not our service provider receives it. 'unsure' counts as shared: never understate.
  set(q('PSL_DATA_USAGE_COLLECTION_AND_SHARING'), 'PSL_DATA_USAGE_ONLY_COLLECTED', TRUE);
  if (t.shared !== false) set(q('PSL_DATA_USAGE_COLLECTION_AND_SHARING'), 'PSL_DATA_USAGE_ONLY_SHARED', TRUE);
  // Ephemeral processing is never answered; "false" is the answer that claims nothing.
  set(q('PSL_DATA_USAGE_EPHEMERAL'), '', FALSE);
  set(q('DATA_USAGE_USER_CONTROL'), t.required === false ? 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL' : 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED', TRUE);
  for (const p of t.purposes) set(q('DATA_USAGE_COLLECTION_PURPOSE'), p, TRUE);
  if (t.shared !== false) for (const p of t.sharePurposes.length > 0 ? t.sharePurposes : t.purposes) set(q('DATA_USAGE_SHARING_PURPOSE'), p, TRUE);
}

let categories: Map<string, string> | undefined;
function playTypeCategory(id: string): string {
  // the data-type rows of the form are PLAY_DATA_TYPES, each under its category question
  categories ??= new Map(PLAY_DATA_TYPES.map((t) => [t.id, t.category]));
  return categories.get(id)!;
}

export function renderPlayDataSafety(ctx: DocumentContext): string {
  const values = playAnswers(ctx.facts);
  // one string built as it goes: 783 rows of five fields, of which only the value depends on the answers
  let text = PLAY_HEADER.map(field).join(',');
  for (const r of playFormRows()) text += `\n${field(r.question)},${field(r.response)},${field(values.get(`${r.question}|${r.response}`) ?? '')},${field(r.requirement)},${field(r.label)}`;
  return `${text}\n`;
}

export const playDataSafetyDocument: DocumentSpec = {
  id: 'play-data-safety',
  title: 'Google Play Data safety (CSV import)',
  file: () => PLAY_FILE,
  applies: (ctx) => ctx.project.android,
  offered: (ctx) => ctx.project.android,
  render: renderPlayDataSafety,
  marker: 'none',
};
