import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../../source/core/questions/load.js';
import { progressOf } from '../../../source/ui/state/wizard-state.js';
import { possibleQuestions } from '../../../source/ui/state/progress.js';
import type { Answers } from '../../../source/core/answers/types.js';

const bank = loadQuestionBank();

describe('progress', () => {
  it('never goes backwards, and the section count never grows, while a run answers question after question', () => {
    // answers that open gated questions as they come (regions open the US and UK questions, children the age ones)
    const script: Answers = {
      'product.name': 'Acme Notes', 'product.kinds': ['webapp'], 'product.audienceType': 'b2c', 'product.accounts': true,
      'product.accountDeletion': ['in-app'], 'audience.regions': ['eea', 'uk', 'california', 'us-other'], 'audience.ccpaThresholds': ['revenue'],
      'audience.usStates': ['VA'], 'audience.usStateVolumes': { VA: { volume: '100k-175k' } }, 'audience.smallBusiness': false, 'audience.children': 'no', 'audience.minimumAge': 16,
      'org.legalName': 'Acme Ltd', 'org.hasDpo': true, 'org.dpoName': 'DPO', 'data.categories': ['contact'], 'purposes.list': ['security'],
    };
    let answers: Answers = {};
    let last = { percent: -1, sections: Infinity };
    for (const [id, value] of Object.entries(script)) {
      answers = { ...answers, [id]: value };
      const next = possibleQuestions(bank, answers).find((q) => answers[q.id] === undefined);
      if (!next) break;
      const p = progressOf(bank, answers, next);
      expect(p.percent, `after ${id}`).toBeGreaterThanOrEqual(last.percent);
      expect(p.sectionCount, `after ${id}`).toBeLessThanOrEqual(last.sections);
      last = { percent: p.percent, sections: p.sectionCount };
    }
    expect(last.percent).toBeGreaterThan(0);
  });

  it('counts questions that may still be asked: an unanswered gate keeps its follow-ups in the count', () => {
    const before = possibleQuestions(bank, {}).map((q) => q.id);
    expect(before).toContain('ccpa.onlineOnly');
    const after = possibleQuestions(bank, { 'audience.regions': ['eea'] }).map((q) => q.id);
    expect(after).not.toContain('ccpa.onlineOnly');
    expect(after.length).toBeLessThan(before.length);
    // the toll-free number is also asked of anyone who picks a phone line for requests, so it stays possible
    // outside California until the request channels are answered
    expect(after).toContain('org.tollFree');
    expect(possibleQuestions(bank, { 'audience.regions': ['eea'], 'rights.methods': ['email'] }).map((q) => q.id)).not.toContain('org.tollFree');
    expect(possibleQuestions(bank, { 'audience.regions': ['eea'], 'rights.methods': ['email', 'phone'] }).map((q) => q.id)).toContain('org.tollFree');
  });
});
