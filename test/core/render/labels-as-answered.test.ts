// A category's label must not claim more than the answers (issue 8: "print what was answered").
// "Messages you send us or other users" is false for a product that carries no messages between users.
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '../../../source/core/render/policy.js';
import { factsWith } from '../../helpers/facts.js';

const policy = (o: Record<string, unknown>) => renderPolicy(factsWith(o, 'calling-app'), { lastUpdated: '2026-11-23' });

describe('the messages category', () => {
  it('says "messages you send us" everywhere once there are no messages between users', () => {
    const text = policy({ 'ccpa.userMessages': false });
    expect(text).not.toMatch(/messages you send us or other users/i);
    expect(text).toContain('| **Messages you send us** |');
    expect(text).toContain('- **Messages you send us:** 3 years after the conversation ends.');
  });

  it('keeps "or other users" when users message each other, or when that is not known', () => {
    expect(policy({ 'ccpa.userMessages': true })).toContain('| **Messages you send us or other users** |');
    expect(policy({ 'ccpa.userMessages': undefined })).toContain('| **Messages you send us or other users** |');
  });
});
