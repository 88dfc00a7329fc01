import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../source/ui/answer-handler.js';
import { OrgProfile } from '../../source/store/org-profile.js';
import { demoSession } from './screens/helpers.js';

describe('saveAnswer', () => {
  it('stores an accepted suggestion as detected, a changed one as the user\'s', async () => {
    const session = await demoSession();
    saveAnswer(session, 'product.name', 'Acme Notes');
    expect(session.store.file.answers['product.name']).toMatchObject({ value: 'Acme Notes', source: 'detected' });
    saveAnswer(session, 'product.url', 'https://other.example');
    expect(session.store.file.answers['product.url']).toMatchObject({ source: 'user' });
  });

  it('returns the detected services the user unticked, and undoes a dismissal when one is ticked again', async () => {
    const session = await demoSession();
    expect(saveAnswer(session, 'services.used', ['stripe'])).toEqual(['sentry']);
    session.store.dismiss('sentry', 'dev dependency only');
    expect(saveAnswer(session, 'services.used', ['stripe'])).toEqual([]);
    expect(saveAnswer(session, 'services.used', ['stripe', 'sentry'])).toEqual([]);
    expect(session.store.file.dismissed).toEqual({});
  });

  it('remembers organisation answers in the profile, but not "Not sure yet"', async () => {
    const session = await demoSession();
    saveAnswer(session, 'org.legalName', 'Acme Ltd');
    saveAnswer(session, 'org.dpoName', 'not-sure');
    expect(OrgProfile.open().answers()).toEqual({ 'org.legalName': 'Acme Ltd' });
  });
});
