import type { Question, QuestionBank, Section } from '../../../source/core/questions/types.js';

/** A small question bank: two sections, a conditional question, a records form. */
export function smallBank(): QuestionBank {
  const q = (id: string, section: string, extra: Partial<Question> = {}): Question => ({
    id,
    section,
    prompt: `${id}?`,
    help: `Help for ${id}.`,
    type: 'text',
    ...extra,
  });
  const questions: Question[] = [
    q('a.name', 'a'),
    q('a.kids', 'a', { type: 'confirm' }),
    q('a.age', 'a', { type: 'number', when: { q: 'a.kids', equals: true } }),
    q('b.list', 'b', { type: 'multiselect', choices: [{ value: 'x', label: 'X' }] }),
    q('b.details', 'b', { type: 'records', itemsFrom: ['b.list'], fields: [{ id: 'f', prompt: 'F', type: 'text' }] }),
    q('b.last', 'b'),
  ];
  const sections: Section[] = [
    { id: 'a', title: 'Section A', intro: '', questions: questions.filter((x) => x.section === 'a') },
    { id: 'b', title: 'Section B', intro: '', questions: questions.filter((x) => x.section === 'b') },
  ];
  return { sections, questions, byId: new Map(questions.map((x) => [x.id, x])) };
}
