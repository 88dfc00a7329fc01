// The composite action at the repository root: its shape, and its check step run as the runner
// would run it (bash, GITHUB_ACTION_PATH = this checkout, inputs as environment variables).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { projectWithAnswers, runCli } from './helpers/cli.js';

interface Step { name?: string; uses?: string; if?: string; shell?: string; run?: string; env?: Record<string, string>; 'working-directory'?: string }
interface Action { runs: { using: string; steps: Step[] }; inputs: Record<string, { default?: string }> }

const repo = fileURLToPath(new URL('..', import.meta.url));
const action = parse(readFileSync(`${repo}action.yml`, 'utf8')) as Action;
const checkStep = action.runs.steps.find((s) => s.run?.includes('check'))!;

/** Runs the check step's script with the given inputs (defaults for the rest). */
function runCheckStep(cwd: string, inputs: Record<string, string> = {}) {
  const value = (expr: string) => {
    const m = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expr);
    if (!m) throw new Error(`env value is not a plain input: ${expr}`);
    return inputs[m[1]!] ?? action.inputs[m[1]!]?.default ?? '';
  };
  const env = Object.fromEntries(Object.entries(checkStep.env ?? {}).map(([k, v]) => [k, value(v)]));
  return spawnSync('bash', ['-e', '-c', checkStep.run!], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: repo, GITHUB_WORKSPACE: cwd, PRIVACY_WIZARD_TODAY: '2026-11-23', NO_COLOR: '1' },
  });
}

describe('action.yml', () => {
  test('is a composite action whose scripts never splice inputs into their text', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toContain('${{');
    }
    expect(checkStep.run).toContain('check --reporter github');
  });

  const manifest = JSON.stringify({ name: 'brightnote', dependencies: { stripe: '^17', '@sentry/node': '^9', twilio: '^5' } }, null, 2);

  test('its check step annotates the undeclared service and fails the job', () => {
    const root = projectWithAnswers('saas', { 'package.json': manifest });
    runCli(['generate', '--cwd', root]);
    const run = runCheckStep(root);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=package\.json,line=6,title=Undeclared third-party service::Twilio/m);
    expect(run.stdout).toMatch(/^::warning /m);
  });

  test('strict: true turns warnings into errors; dir is passed on', () => {
    const root = projectWithAnswers('saas', { 'package.json': manifest });
    runCli(['generate', '--cwd', root]);
    const strict = runCheckStep(root, { strict: 'true' });
    expect(strict.stdout).not.toMatch(/^::warning /m);
    expect(strict.stdout).toMatch(/^::error [^:]*title=Declared service not found in the code::/m);
    const wrongDir = runCheckStep(root, { dir: 'nowhere' });
    expect(wrongDir.status).toBe(2);
    expect(wrongDir.stderr).toContain('nowhere');
  });

  // The metadata GitHub reads: a key it does not know, a run step without a shell or a required
  // field left out makes the action fail to load in every job that uses it.
  describe('is valid action metadata (test/fixtures/github-action/metadata.schema.json)', () => {
    const schema = JSON.parse(readFileSync(`${repo}test/fixtures/github-action/metadata.schema.json`, 'utf8')) as object;
    const validate = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true }).compile(schema);
    const errors = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

    test('action.yml passes', () => {
      expect(errors(parse(readFileSync(`${repo}action.yml`, 'utf8')))).toEqual([]);
    });

    test.each([
      ['a step key GitHub does not know', (a: Record<string, any>) => void (a.runs.steps[1].shel = 'bash')],
      ['a run step without a shell', (a: Record<string, any>) => void delete a.runs.steps[1].shell],
      ['an input without a description', (a: Record<string, any>) => void delete a.inputs.strict.description],
      ['an input that does not say whether it is required', (a: Record<string, any>) => void delete a.inputs.dir.required],
      ['a branding colour GitHub does not offer', (a: Record<string, any>) => void (a.branding.color = 'pink')],
      ['no description', (a: Record<string, any>) => void delete a.description],
      ['a uses step with a run script', (a: Record<string, any>) => void (a.runs.steps[0].run = 'echo')],
    ])('fails with %s', (_, spoil) => {
      const broken = parse(readFileSync(`${repo}action.yml`, 'utf8')) as Record<string, any>;
      spoil(broken);
      expect(errors(broken)).not.toEqual([]);
    });
  });
});
