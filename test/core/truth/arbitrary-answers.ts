// Arbitrary answers files that are valid for the question bank: every value has its question's
// type and comes from its choices (or from pools of realistic typed text). Records cover every
// possible item, so whatever the list answers pick, their forms are filled in (or left out).
import fc from 'fast-check';
import type { AnswerValue, Answers, FieldValue } from '../../../source/core/answers/types.js';
import type { Catalog } from '../../../source/core/catalog/types.js';
import { NOT_SURE, type Field, type Question, type QuestionBank } from '../../../source/core/questions/types.js';
import type { Vocabulary } from '../../../source/core/vocabulary/load.js';

/** Services the generator declares: processors, ad tech that sells or shares, iOS attribution, EU and US hosts. */
const SERVICES = ['stripe', 'sentry', 'posthog', 'aws', 'intercom', 'openai', 'google-analytics', 'google-admob', 'meta', 'appsflyer', 'firebase-analytics', 'hetzner', 'postmark', 'plausible', 'google-workspace-apis', 'sign-in-with-google'];
const CUSTOM = ['Acme CRM', 'Local Payroll Ltd'];

const TEXT: Record<string, string[]> = {
  email: ['privacy@acme.example', 'dpo@acme.example'],
  url: ['https://acme.example', 'https://acme.example/privacy-request'],
  date: ['2026-01-15', '2026-11-01', '2027-03-01'],
  text: ['Acme Ltd', '1 Main Street, Dublin D02, Ireland', 'While your account is open, then 30 days', 'keeping accounts safe from fraud', 'Jane Doe, Head of Privacy', 'Email us and we will send a copy', '+1 800 555 0100', 'We ask you to confirm from your account email'],
};
const LOCATIONS = ['US', 'IE', 'DE', 'GB', 'CH', 'IN', 'JP', 'CA', 'KR', 'BR', 'somewhere in Asia'];
/** Countries of the business's own servers, offices and staff: adequate, not adequate, in Europe, and a typo. */
const OWN_COUNTRIES = ['PH', 'CA', 'US', 'DE', 'IN', 'ph', 'Canada'];
/** Breach deadlines in hours: within and beyond the GDPR's 72 for the authority. */
const HOURS = [24, 48, 72, 96];

interface Pools {
  bank: QuestionBank;
  vocabulary: Vocabulary;
  catalog: Catalog;
}

function choiceValues(spec: Question | Field, p: Pools): string[] {
  if (spec.choices) return spec.choices.map((c) => c.value);
  if (spec.choicesFrom === 'catalog') return SERVICES.filter((id) => p.catalog.byId.has(id));
  if (spec.choicesFrom) return (p.vocabulary[spec.choicesFrom] ?? []).map((t) => t.id);
  if (spec.choicesFromAnswer) {
    const from = p.bank.byId.get(spec.choicesFromAnswer);
    return from ? choiceValues(from, p) : [];
  }
  return [];
}

function scalar(spec: Question | Field, p: Pools): fc.Arbitrary<FieldValue> {
  const unsure = spec.notSure ? [fc.constant(NOT_SURE)] : [];
  switch (spec.type) {
    case 'confirm':
      return fc.oneof(fc.boolean(), ...unsure);
    case 'number':
      return spec.id === 'security.breachNoticeHours' ? fc.constantFrom(...HOURS) : fc.oneof(fc.constantFrom(13, 16, 18), ...unsure);
    case 'select': {
      const values = spec.id === 'location' ? LOCATIONS : choiceValues(spec, p);
      return values.length ? fc.oneof(fc.constantFrom(...values), ...unsure) : fc.constant(NOT_SURE);
    }
    case 'multiselect': {
      const values = choiceValues(spec, p);
      return fc.oneof(fc.subarray(values, { maxLength: Math.min(6, values.length) }), ...unsure.map((u) => u.map((v) => [v as string])));
    }
    case 'list':
      return fc.subarray(spec.id === 'services.custom' ? CUSTOM : spec.id === 'transfers.ownCountries' ? OWN_COUNTRIES : TEXT.text!, { maxLength: spec.id === 'transfers.ownCountries' ? 3 : 2 });
    default: {
      const pool = spec.id === 'location' ? LOCATIONS : (TEXT[spec.type] ?? TEXT.text!);
      return fc.oneof(fc.constantFrom(...pool), ...unsure);
    }
  }
}

function itemsOf(q: Question, p: Pools): string[] {
  return (q.itemsFrom ?? []).flatMap((ref) => (ref === 'services.custom' ? CUSTOM : ref === 'transfers.ownCountries' ? OWN_COUNTRIES : choiceValues(p.bank.byId.get(ref)!, p)));
}

function value(q: Question, p: Pools): fc.Arbitrary<AnswerValue> {
  if (q.type !== 'records') return scalar(q, p) as fc.Arbitrary<AnswerValue>;
  const fields = q.fields ?? [];
  const row = fc.record(Object.fromEntries(fields.map((f) => [f.id, scalar(f, p)])), { requiredKeys: fields.filter((f) => f.required).map((f) => f.id) });
  return fc.record(Object.fromEntries(itemsOf(q, p).map((item) => [item, row]))) as fc.Arbitrary<AnswerValue>;
}

/** Answers for the whole bank, every question answered or left open at random: mostly drafts. */
export function arbitraryAnswers(p: Pools): fc.Arbitrary<Answers> {
  const entries = p.bank.questions.map((q) => [q.id, value(q, p)] as const);
  return fc.record(Object.fromEntries(entries), { requiredKeys: p.bank.questions.filter((q) => q.required).map((q) => q.id) }) as fc.Arbitrary<Answers>;
}

/** A complete example product (test/fixtures/answers) with up to four answers changed or removed: mostly publishable. */
export function arbitraryVariants(p: Pools, examples: Answers[]): fc.Arbitrary<Answers> {
  const ids = p.bank.questions.map((q) => q.id);
  const change = fc.subarray(ids, { minLength: 1, maxLength: 4 }).chain((picked) =>
    fc.record(Object.fromEntries(picked.map((id) => [id, fc.option(value(p.bank.byId.get(id)!, p), { nil: undefined })]))),
  );
  return fc.tuple(fc.constantFrom(...examples), change).map(([base, changes]) => {
    const answers: Answers = { ...base };
    for (const [id, v] of Object.entries(changes)) {
      if (v === undefined) delete answers[id];
      else answers[id] = v as AnswerValue;
    }
    return answers;
  });
}

/** Both kinds, half and half. */
export function arbitraryAnswersFiles(p: Pools, examples: Answers[]): fc.Arbitrary<Answers> {
  return fc.oneof(arbitraryAnswers(p), arbitraryVariants(p, examples));
}
