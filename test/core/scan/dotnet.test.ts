import { describe, expect, it } from 'vitest';
import { evidenceByService, scanFixture, unrecognisedList } from './helpers.js';

describe('*.csproj and packages.config', () => {
  it('matches NuGet ids case-insensitively at the line where each reference starts', async () => {
    const result = await scanFixture('dotnet');
    expect(evidenceByService(result)).toEqual({
      mixpanel: ['legacy/packages.config:4 (dev)'],
      sentry: ['src/Api/Api.csproj:7'],
      stripe: ['src/Api/Api.csproj:6'],
      twilio: ['legacy/packages.config:3'],
    });
    expect(unrecognisedList(result)).toEqual(['Acme.Telemetry.Client src/Api/Api.csproj:12']);
  });
});
