import { describe, expect, it } from 'vitest';
import { declaredServiceLines } from '../../../source/core/scan/declared-lines.js';

describe('declaredServiceLines', () => {
  it('gives the line of each declared service in a pretty-printed answers file', () => {
    const text = JSON.stringify({ version: 1, answers: { 'company.name': { value: 'A' }, 'services.used': { value: ['stripe', 'intercom', 'aws'], source: 'detected' } } }, null, 2);
    const lines = declaredServiceLines(text, ['intercom', 'aws', 'absent']);
    const at = (id: string) => text.split('\n').findIndex((l) => l.includes(`"${id}"`)) + 1;
    expect(Object.fromEntries(lines)).toEqual({ intercom: at('intercom'), aws: at('aws') });
  });

  it('finds ids on one line, ignores the same word elsewhere, and gives nothing without the key', () => {
    const text = '{"answers":{"services.custom":{"value":["aws"]},\n"services.used":{"value":["aws","sentry"]}}}';
    expect(Object.fromEntries(declaredServiceLines(text, ['aws', 'sentry']))).toEqual({ aws: 2, sentry: 2 });
    expect(declaredServiceLines('{"answers":{}}', ['aws']).size).toBe(0);
  });
});
