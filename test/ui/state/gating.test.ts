// Skipping what cannot apply: the questions a US answer gates, and gating questions asked before what they gate.
import { describe, expect, it } from 'vitest';
import { visibleQuestions } from '../../../source/core/answers/visibility.js';
import { loadQuestionBank } from '../../../source/core/questions/load.js';

const bank = loadQuestionBank();
const shown = (answers: Record<string, unknown>) => visibleQuestions(bank, answers as never).map((q) => q.id);
const CCPA_FOLLOW_UPS = ['org.tollFree', 'org.contactForm', 'ccpa.onlineOnly', 'ccpa.noticeAtCollection', 'sharing.financialIncentive'];
const US_FOLLOW_UPS = ['rights.agents', 'rights.appeals', 'cookies.gpc'];

describe('questions gated by the US answers', () => {
  const base = { 'audience.regions': ['eea', 'uk', 'california', 'us-other'] };

  it('after "none" of the CCPA thresholds and a small business under every state threshold, none of the follow-ups is asked', () => {
    const ids = shown({ ...base, 'audience.ccpaThresholds': [], 'audience.usStates': ['VA', 'TX'], 'audience.usStateVolumes': { VA: { volume: 'under-10k' }, TX: { volume: 'under-10k' } }, 'audience.smallBusiness': true });
    for (const id of [...CCPA_FOLLOW_UPS, ...US_FOLLOW_UPS]) expect(ids, id).not.toContain(id);
  });

  it('a threshold met, or "Not sure yet", asks them', () => {
    for (const thresholds of [['revenue'], 'not-sure']) {
      const ids = shown({ ...base, 'audience.ccpaThresholds': thresholds, 'audience.usStates': ['VA', 'TX'], 'audience.usStateVolumes': { VA: { volume: 'under-10k' }, TX: { volume: 'under-10k' } }, 'audience.smallBusiness': true });
      for (const id of [...CCPA_FOLLOW_UPS, 'rights.agents', 'cookies.gpc']) expect(ids, id).toContain(id);
    }
    const states = shown({ ...base, 'audience.ccpaThresholds': [], 'audience.usStates': ['VA'], 'audience.usStateVolumes': { VA: { volume: '100k-175k' } } });
    for (const id of US_FOLLOW_UPS) expect(states, id).toContain(id);
    // Texas: any business that is not a small business
    expect(shown({ ...base, 'audience.ccpaThresholds': [], 'audience.usStates': ['VA', 'TX'], 'audience.usStateVolumes': { VA: { volume: 'under-10k' }, TX: { volume: 'under-10k' } }, 'audience.smallBusiness': false })).toContain('rights.appeals');
  });

  it('an online-only business is not asked for a toll-free number; the gating question comes first', () => {
    const answers = { ...base, 'audience.ccpaThresholds': ['revenue'] };
    expect(shown({ ...answers, 'ccpa.onlineOnly': true })).not.toContain('org.tollFree');
    expect(shown({ ...answers, 'ccpa.onlineOnly': false })).toContain('org.tollFree');
    const order = bank.questions.map((q) => q.id);
    expect(order.indexOf('ccpa.onlineOnly')).toBeLessThan(order.indexOf('org.tollFree'));
  });

  // brazil-ecommerce picked a web form for requests, but the form's address was asked only of CCPA businesses,
  // so the policy left the channel out and the audit's fix pointed to a question the wizard never asked
  it('a request channel picked outside California asks for its address, after the channels', () => {
    const brazil = { 'audience.regions': ['brazil'] };
    expect(shown(brazil)).not.toContain('org.contactForm');
    expect(shown({ ...brazil, 'rights.methods': ['email', 'web-form'] })).toContain('org.contactForm');
    expect(shown({ ...brazil, 'rights.methods': ['email', 'web-form'] })).not.toContain('org.tollFree');
    expect(shown({ ...brazil, 'rights.methods': ['phone'] })).toContain('org.tollFree');
    const order = bank.questions.map((q) => q.id);
    expect(order.indexOf('rights.methods')).toBeLessThan(order.indexOf('org.contactForm'));
    expect(order.indexOf('rights.methods')).toBeLessThan(order.indexOf('org.tollFree'));
  });

  it('every question is asked after the questions its `when` reads', () => {
    const order = new Map(bank.questions.map((q, i) => [q.id, i]));
    const reads = (c: unknown): string[] => {
      if (!c || typeof c !== 'object') return [];
      const o = c as Record<string, unknown>;
      if (Array.isArray(o.all)) return o.all.flatMap(reads);
      if (Array.isArray(o.any)) return o.any.flatMap(reads);
      if (o.not) return reads(o.not);
      return typeof o.q === 'string' ? [o.q] : [];
    };
    for (const q of bank.questions) for (const id of reads(q.when)) expect(order.get(id), `${q.id} reads ${id}`).toBeLessThan(order.get(q.id)!);
  });
});
