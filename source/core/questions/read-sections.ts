// Reads and validates the question bank's YAML. Only a run from source (the tests) does this: the
// bundle replaces this module with the bank the build validated with this same code
// (scripts/compiled-data-plugin.mjs), so a broken file fails the build with the message below.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import { describeSchemaError, schemaValidator } from '../schema.js';
import { foldMode } from './folds.js';
import { NOT_SURE, type Condition, type Question, type Section } from './types.js';

/** The sections of <dir>/*.yaml in file-name order, each question with its section id. Throws UsageError naming file and field. */
export function readSections(dir: string): Section[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const validate = schemaValidator('question-section.schema.json');
  const sections: Section[] = [];
  const byId = new Map<string, Question>();
  for (const name of files) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`question file is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
        file,
        fix: 'fix the YAML syntax at the line shown',
      });
    }
    if (!validate(raw)) {
      const { path, message } = describeSchemaError(validate.errors);
      throw new UsageError(`question file ${message}`, {
        file,
        field: fieldName(raw, path),
        fix: 'see schema/question-section.schema.json for the allowed fields and values',
      });
    }
    const section = raw as Section;
    for (const q of section.questions) {
      const question = { ...q, section: section.id };
      if (byId.has(question.id)) {
        throw new UsageError(`duplicate question id "${question.id}"`, { file, field: question.id, fix: 'give each question a unique id' });
      }
      checkQuestion(question, byId, file);
      checkFold(question, byId, section.questions, file);
      byId.set(question.id, question);
    }
    sections.push({ ...section, questions: section.questions.map((q) => byId.get(q.id)!) });
  }
  return sections;
}

/** "questions.3.type" -> "org.email.type", so the error names the question. */
function fieldName(raw: unknown, path: string): string {
  const match = /^questions\.(\d+)(.*)$/.exec(path);
  if (!match) return path || '(top level)';
  const list = (raw as { questions?: { id?: string }[] }).questions;
  const id = list?.[Number(match[1])]?.id;
  return id ? `${id}${match[2]}` : path;
}

function conditionRefs(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionRefs);
  if ('any' in condition) return condition.any.flatMap(conditionRefs);
  if ('not' in condition) return conditionRefs(condition.not);
  return [condition.q];
}

/** A folded question: its parent is the question just before it (or shares it with the question before), in its section, not folded itself. */
function checkFold(q: Question, earlier: Map<string, Question>, inSection: Question[], file: string): void {
  const fail = (field: string, message: string, fix: string): never => {
    throw new UsageError(message, { file, field: `${q.id}.${field}`, fix });
  };
  if (!q.foldInto) {
    if (q.foldLabels) fail('foldLabels', 'foldLabels without foldInto', 'add foldInto or remove foldLabels');
    return;
  }
  const parent = earlier.get(q.foldInto);
  if (!parent || parent.section !== q.section) return fail('foldInto', `"${q.foldInto}" is not an earlier question of this section`, 'fold a question into one asked before it in the same section');
  if (parent.foldInto) fail('foldInto', `"${q.foldInto}" is folded itself`, 'fold into the question it is folded into');
  if (q.type === 'records' || parent.type === 'records') fail('foldInto', 'a table cannot be folded or folded into', 'remove foldInto');
  const at = inSection.findIndex((x) => x.id === q.id);
  const before = inSection[at - 1];
  if (!before || (before.id !== parent.id && before.foldInto !== parent.id)) {
    fail('foldInto', `a folded question must come right after "${q.foldInto}"`, 'move it after the question it is folded into');
  }
  const mode = foldMode(parent, q);
  if (mode === 'field' && inSection.some((x) => x.id !== q.id && x.foldInto === parent.id && foldMode(parent, x) === 'field')) {
    fail('foldInto', `"${q.foldInto}" already has a second field`, 'fold one question as a field into each question');
  }
  for (const key of Object.keys(q.foldLabels ?? {})) {
    if (mode !== 'choices') fail('foldLabels', 'foldLabels are for a select folded into the choices of a select', 'remove foldLabels');
    if (key !== NOT_SURE && !q.choices?.some((c) => c.value === key)) fail(`foldLabels.${key}`, `"${key}" is not a choice of this question`, 'use the values of its choices (or not-sure)');
  }
}

/** Cross-reference checks the schema cannot express. */
function checkQuestion(q: Question, earlier: Map<string, Question>, file: string): void {
  const fail = (field: string, message: string, fix: string): never => {
    throw new UsageError(message, { file, field: `${q.id}.${field}`, fix });
  };
  for (const ref of q.when ? conditionRefs(q.when) : []) {
    if (!earlier.has(ref)) fail('when', `condition refers to "${ref}", which is not an earlier question`, 'refer only to questions asked before this one');
  }
  const needsChoices = (type: string) => type === 'select' || type === 'multiselect';
  if (needsChoices(q.type) && !q.choices && !q.choicesFrom && !q.choicesFromAnswer) {
    fail('choices', `a ${q.type} question needs choices`, 'add choices, choicesFrom or choicesFromAnswer');
  }
  if (q.choicesFromAnswer && !earlier.has(q.choicesFromAnswer)) {
    fail('choicesFromAnswer', `"${q.choicesFromAnswer}" is not an earlier question`, 'name an earlier multiselect or list question');
  }
  if (q.type === 'records') {
    if (!q.itemsFrom || !q.fields) fail('itemsFrom', 'a records question needs itemsFrom and fields', 'add both');
    for (const ref of q.itemsFrom ?? []) {
      if (!earlier.has(ref)) fail('itemsFrom', `"${ref}" is not an earlier question`, 'name an earlier multiselect or list question');
    }
    const fieldIds = new Set<string>();
    for (const field of q.fields ?? []) {
      for (const ref of field.shownIf ? conditionRefs(field.shownIf) : []) {
        if (!earlier.has(ref)) fail(`fields.${field.id}.shownIf`, `condition refers to "${ref}", which is not an earlier question`, 'refer only to questions asked before this one');
      }
      for (const ref of field.when ? conditionRefs(field.when) : []) {
        if (!fieldIds.has(ref)) fail(`fields.${field.id}.when`, `condition refers to "${ref}", which is not an earlier field of this form`, 'refer to a field listed before it');
      }
      if (needsChoices(field.type) && !field.choices && !field.choicesFrom && !field.choicesFromAnswer) {
        fail(`fields.${field.id}.choices`, `a ${field.type} field needs choices`, 'add choices, choicesFrom or choicesFromAnswer');
      }
      if (field.choicesFromAnswer && !earlier.has(field.choicesFromAnswer)) {
        fail(`fields.${field.id}.choicesFromAnswer`, `"${field.choicesFromAnswer}" is not an earlier question`, 'name an earlier question');
      }
      fieldIds.add(field.id);
    }
  } else if (q.fields || q.itemsFrom) {
    fail('fields', 'only records questions have fields and itemsFrom', 'set type: records or remove them');
  }
}
