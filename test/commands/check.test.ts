import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

const manifest = (deps: Record<string, string>) => JSON.stringify({ name: 'brightnote', dependencies: deps }, null, 2);

describe('privacy-wizard check', () => {
  test('passes when the outputs match the answers and every detected service is declared', () => {
    const root = projectWithAnswers('saas', { 'package.json': manifest({ stripe: '^17.0.0', '@sentry/node': '^9.0.0' }) });
    expect(runCli(['generate', '--cwd', root]).code).toBe(0);
    const run = runCli(['check', '--cwd', root]);
    expect(run.stdout).toContain('match the answers and the code');
    expect(run.code).toBe(0);
  });

  test('fails on a service used in the code but not declared, naming file and line', () => {
    const root = projectWithAnswers('saas', { 'package.json': manifest({ stripe: '^17.0.0', twilio: '^5.0.0' }) });
    runCli(['generate', '--cwd', root]);
    const run = runCli(['check', '--cwd', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Twilio.* \(package\.json:5\)/);
    expect(run.stdout).toContain('npx privacy-wizard');

    const json = runCli(['check', '--cwd', root, '--json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.problems).toContainEqual(expect.objectContaining({ kind: 'undeclared-service', service: 'twilio', file: 'package.json', line: 5 }));
  });

  test('warns, both ways, when the answers lag the code: declared services without evidence and schema data not declared; --strict fails', () => {
    const root = projectWithAnswers('saas', {
      'package.json': manifest({ stripe: '^17.0.0', '@sentry/node': '^9.0.0', 'posthog-node': '^4.0.0', openai: '^4.0.0', '@sendgrid/mail': '^8.0.0' }),
      'prisma/schema.prisma': 'model User {\n  id Int @id\n  email String\n  dateOfBirth DateTime\n}\n',
    });
    runCli(['generate', '--cwd', root]);
    const run = runCli(['check', '--cwd', root, '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    // demographic (date of birth) is not in the saas answers; contact (email) is.
    expect(doc.warnings).toContainEqual(expect.objectContaining({ kind: 'undeclared-data', file: 'prisma/schema.prisma', line: 4 }));
    expect(doc.warnings.filter((w: { kind: string }) => w.kind === 'undeclared-data')).toHaveLength(1);
    const without = doc.warnings.filter((w: { kind: string }) => w.kind === 'service-without-evidence').map((w: { service: string }) => w.service);
    expect(without).toContain('intercom');
    expect(without).not.toContain('stripe');

    const text = runCli(['check', '--cwd', root]);
    expect(text.stdout).toContain('The schema stores date of birth (prisma/schema.prisma:4), of the kind "Demographic details (age, date of birth, gender)", which the answers do not list.');
    expect(text.stdout).toMatch(/Intercom is declared in the answers \(privacy\/answers\.json:\d+\), but the code shows no sign of it/);

    const strict = runCli(['check', '--cwd', root, '--strict', '--json']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).problems).toContainEqual(expect.objectContaining({ kind: 'undeclared-data', file: 'prisma/schema.prisma', line: 4 }));
  });

  test('names every lagging service and data kind with file:line, in both directions', () => {
    // The code moved on: Twilio and Resend added, PostHog, SendGrid and Intercom removed, a phone
    // number and a date of birth stored; the answers (saas) still say what the product used to do.
    const root = projectWithAnswers('saas', {
      'package.json': manifest({ stripe: '^17.0.0', '@sentry/node': '^9.0.0', openai: '^4.0.0', twilio: '^5.0.0', resend: '^4.0.0' }),
      'infra/main.tf': 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n',
      'prisma/schema.prisma': 'model User {\n  id Int @id\n  email String\n  phone String\n  birthDate DateTime\n}\n',
    });
    runCli(['generate', '--cwd', root]);
    const answers = readFileSync(join(root, 'privacy', 'answers.json'), 'utf8').split('\n');
    const answersLine = (id: string) => answers.findIndex((l) => l.trim() === `"${id}",` || l.trim() === `"${id}"`) + 1;
    const doc = JSON.parse(runCli(['check', '--cwd', root, '--json', '--strict']).stdout);
    const named = (kind: string) =>
      doc.problems.filter((p: { kind: string }) => p.kind === kind).map((p: { service?: string; file: string; line: number }) => `${p.service ?? ''} ${p.file}:${p.line}`).sort();
    expect(named('undeclared-service')).toEqual(['resend package.json:8', 'twilio package.json:7']);
    expect(named('service-without-evidence')).toEqual(
      ['intercom', 'posthog', 'sendgrid'].map((id) => `${id} privacy/answers.json:${answersLine(id)}`),
    );
    expect(answersLine('intercom')).toBeGreaterThan(1);
    // demographic (date of birth) is the only kind the saas answers do not list; contact covers email and phone.
    expect(named('undeclared-data')).toEqual([' prisma/schema.prisma:5']);

    const text = runCli(['check', '--cwd', root]).stdout;
    expect(text).toMatch(/Twilio.* \(package\.json:7\)/);
    expect(text).toMatch(/Resend.* \(package\.json:8\)/);
    expect(text).toContain(`Intercom is declared in the answers (privacy/answers.json:${answersLine('intercom')}), but the code shows no sign of it`);
    expect(text).toContain(`SendGrid is declared in the answers (privacy/answers.json:${answersLine('sendgrid')})`);
    expect(text).toContain('The schema stores date of birth (prisma/schema.prisma:5), of the kind "Demographic details (age, date of birth, gender)"');
  });

  test('a dismissed service no longer fails the check', () => {
    const root = projectWithAnswers('saas', { 'package.json': manifest({ twilio: '^5.0.0' }) });
    const path = join(root, 'privacy', 'answers.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.dismissed = { twilio: { reason: 'dev dependency only' } };
    writeFileSync(path, JSON.stringify(file, null, 2));
    runCli(['generate', '--cwd', root]);
    expect(runCli(['check', '--cwd', root]).code).toBe(0);
  });

  test('fails when the policy is missing, stale or edited by hand', () => {
    const root = projectWithAnswers('saas');
    const missing = runCli(['check', '--cwd', root, '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).problems.map((p: { kind: string }) => p.kind)).toContain('missing-output');

    runCli(['generate', '--cwd', root]);
    const path = join(root, 'privacy', 'answers.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Brightnote, Inc.', 'Brightnote Holdings, Inc.'));
    const stale = runCli(['check', '--cwd', root]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('privacy/privacy-policy.md is out of date with the answers');

    runCli(['generate', '--cwd', root]);
    const policy = join(root, 'privacy', 'privacy-policy.md');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('Brightnote Holdings, Inc.', 'Brightnote Corp'));
    const edited = runCli(['check', '--cwd', root]);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('was edited by hand');
  });

  test('ticking a checklist box is not a hand edit', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    const path = join(root, 'privacy', 'checklist.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('- [ ]', '- [x]'));
    expect(runCli(['check', '--cwd', root]).code).toBe(0);
  });

  test('--json prints one JSON document and nothing else', () => {
    const root = projectWithAnswers('saas');
    runCli(['generate', '--cwd', root]);
    const run = runCli(['check', '--cwd', root, '--json']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toBe('');
  });

  test('a project using Stripe, Sentry, PostHog, Twilio, OpenAI and Google Analytics fails until all six are declared', () => {
    const root = projectWithAnswers('saas', {
      'package.json': manifest({ stripe: '^17.0.0', '@sentry/node': '^9.0.0', 'posthog-js': '^1.0.0', twilio: '^5.0.0', openai: '^4.0.0' }),
      'index.html': '<!doctype html>\n<head>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>\n</head>\n',
    });
    const path = join(root, 'privacy', 'answers.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.answers['services.used'].value = [];
    file.answers['services.details'].value = {};
    writeFileSync(path, JSON.stringify(file, null, 2));
    runCli(['generate', '--cwd', root]);
    const undeclared = () =>
      (JSON.parse(runCli(['check', '--cwd', root, '--json']).stdout).problems as { kind: string; service?: string; file?: string; line?: number }[])
        .filter((p) => p.kind === 'undeclared-service');
    expect(undeclared().map((p) => p.service).sort()).toEqual(['google-analytics', 'openai', 'posthog', 'sentry', 'stripe', 'twilio']);
    expect(undeclared().find((p) => p.service === 'google-analytics')).toMatchObject({ file: 'index.html', line: 3 });

    file.answers['services.used'].value = ['stripe', 'sentry', 'posthog', 'twilio', 'openai', 'google-analytics'];
    writeFileSync(path, JSON.stringify(file, null, 2));
    expect(undeclared()).toEqual([]);
  });
  test('a declared parent covers its detected children: "AWS" declares Amazon S3 and Amazon SES', () => {
    const root = projectWithAnswers('saas', {
      'package.json': manifest({ stripe: '^17.0.0', '@sentry/node': '^9.0.0', '@aws-sdk/client-s3': '^3.0.0', '@aws-sdk/client-ses': '^3.0.0' }),
    });
    const path = join(root, 'privacy', 'answers.json');
    const declare = (ids: string[]) => {
      // edited as a person would: the file as it is now (with what generate recorded in it)
      const file = JSON.parse(readFileSync(path, 'utf8'));
      file.answers['services.used'].value = ids;
      writeFileSync(path, JSON.stringify(file, null, 2));
      runCli(['generate', '--cwd', root]);
      const run = runCli(['check', '--cwd', root, '--json']);
      const problems = JSON.parse(run.stdout).problems as { kind: string; service?: string; message: string }[];
      return { code: run.code, problems };
    };
    const undeclared = (ids: string[]) => declare(ids).problems.filter((p) => p.kind === 'undeclared-service').map((p) => p.service).sort();
    expect(undeclared(['stripe', 'sentry'])).toEqual(['amazon-ses', 'aws-s3']);
    // Declaring one child does not declare its sibling.
    expect(undeclared(['stripe', 'sentry', 'aws-s3'])).toEqual(['amazon-ses']);
    const covered = declare(['stripe', 'sentry', 'aws']);
    expect(covered.problems.filter((p) => p.kind === 'undeclared-service')).toEqual([]);
    // The audit's own "used but not declared" error (C-15) agrees, so check passes.
    expect(covered.problems.map((p) => p.message).join('\n')).not.toContain('Amazon');
    expect(covered.code).toBe(0);
  });
});
