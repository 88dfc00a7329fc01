import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('Python: requirements*.txt, pyproject.toml (PEP 621 + Poetry) and Pipfile', () => {
  it('finds each requirement at its line, with PEP 503 name normalisation', async () => {
    const result = await scanFixture('python');
    expect(evidenceByService(result)).toEqual({
      mixpanel: ['requirements-dev.txt:2 (dev)', 'worker/Pipfile:11 (dev)'],
      openai: ['pyproject.toml:5'],
      posthog: ['pyproject.toml:11 (dev)'],
      sentry: ['pyproject.toml:18 (dev)', 'requirements.txt:6'],
      stripe: ['requirements.txt:5', 'worker/Pipfile:7'],
      twilio: ['pyproject.toml:15', 'requirements/base.txt:1'],
    });
  });

  it('names the matched spelling in the evidence and keeps a dev-only service marked as such', async () => {
    const result = await scanFixture('python');
    const sentry = result.services.find((s) => s.serviceId === 'sentry');
    expect(sentry?.evidence.map((e) => [e.kind, e.match])).toEqual([
      ['pypi', 'Sentry.SDK'],
      ['pypi', 'sentry_sdk'],
    ]);
    expect(result.services.find((s) => s.serviceId === 'mixpanel')?.devOnly).toBe(true);
  });

  it('reports unknown analytics packages but not pytest plugins', async () => {
    const result = await scanFixture('python');
    expect(unrecognisedList(result)).toEqual(['segment-analytics-python pyproject.toml:7']);
  });
});
