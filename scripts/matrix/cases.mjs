// The cases of the hardening matrix (issue 10): the 17 classes of the issue and the kinds of
// input around them (arguments, environment, signals, concurrency, schema versions). Each case
// is data: a fixture, a setup, the command, and what a user should see (exit code, which files
// may change, which field the error names). `quick` marks the subset `npm test` runs.
import { readFileSync, readdirSync, symlinkSync, mkdirSync, writeFileSync, chmodSync, rmSync, existsSync, renameSync, linkSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, freeBytes, isRoot } from './harness.mjs';
import { gfmProblems, mdxProblems, moreStructure, structureOf } from './oracles.mjs';
import { wizardCases } from './wizard-cases.mjs';

/** The question bank as data (id, type, fields), read from questions/sections. */
export function questions() {
  const dir = join(ROOT, 'questions', 'sections');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parseYaml(readFileSync(join(dir, f), 'utf8')).questions);
}

const OUTPUTS = ['privacy/privacy-policy.md', 'privacy/checklist.md'];
const ANSWERS = 'privacy/answers.json';
/** The other documents generate writes where they apply (source/documents/registry.ts). */
const DOCS = /^(?:<outside>\/legal|privacy|docs\/privacy)\/(?:app-store-privacy\.md|PrivacyInfo\.xcprivacy|play-data-safety\.csv|subprocessors\.md|records-of-processing\.(?:md|csv)|cookies\.(?:md|json))$/;
const GEN = [...OUTPUTS, ANSWERS, DOCS];
const HOSTILE = 'Acme \u001b]0;PWNED\u0007\u001b[2J\u0000\u0007\u0008\u007f\u009b31m\u202e Co';

/** A value of the wrong type for a question of `type`. */
const WRONG_TYPE = {
  text: 42,
  email: ['privacy@example.com'],
  url: { href: 'https://example.com' },
  date: 20260101,
  number: 'sixteen',
  select: ['b2c'],
  multiselect: 'eea',
  confirm: 'yes',
  list: 'one string',
  records: ['not', 'an', 'object'],
};
/** A value of the right type that is not a valid answer. */
const WRONG_VALUE = {
  email: 'not an email',
  url: 'javascript:alert(1)',
  date: '2026-02-30',
  number: -3,
  select: 'bogus-choice',
  multiselect: ['bogus-choice'],
};

function typeCases(bank) {
  const cases = [];
  for (const q of bank) {
    cases.push({
      id: `type:${q.id}`,
      cls: 'C2 wrong types',
      title: `${q.id} (${q.type}) given ${JSON.stringify(WRONG_TYPE[q.type])}`,
      setup: (ctx) => ctx.setAnswers({ [q.id]: WRONG_TYPE[q.type] }),
      args: ['generate'],
      expect: { code: 2, field: `answers.${q.id}.value`, file: 'answers.json' },
      quick: ['audience.regions', 'org.legalName'].includes(q.id),
    });
    if (WRONG_VALUE[q.type] !== undefined) {
      cases.push({
        id: `value:${q.id}`,
        cls: 'C2 wrong types',
        title: `${q.id} (${q.type}) given ${JSON.stringify(WRONG_VALUE[q.type])}`,
        setup: (ctx) => ctx.setAnswers({ [q.id]: WRONG_VALUE[q.type] }),
        args: ['audit', '--json'],
        expect: { code: 2, field: `answers.${q.id}.value`, file: 'answers.json' },
        quick: ['org.email', 'audience.minimumAge'].includes(q.id),
      });
    }
  }
  // per-item fields
  cases.push(
    { id: 'value:data.details.sources', cls: 'C2 wrong types', setup: (ctx) => ctx.editFile((f) => void (f.answers['data.details'].value.identity.sources = 'user')), args: ['generate'], expect: { code: 2, field: 'answers.data.details.value.identity.sources', file: 'answers.json' } },
    { id: 'value:services.details.safeguard', cls: 'C2 wrong types', setup: (ctx) => ctx.editFile((f) => void (f.answers['services.details'].value.stripe.safeguard = 'pinky-promise')), args: ['generate'], expect: { code: 2, field: 'answers.services.details.value.stripe.safeguard', file: 'answers.json' } },
    { id: 'value:services.details.policyUrl', cls: 'C2 wrong types', setup: (ctx) => ctx.editFile((f) => void (f.answers['services.details'].value.stripe.policyUrl = 'javascript:alert(1)')), args: ['generate'], expect: { code: 2, field: 'answers.services.details.value.stripe.policyUrl', file: 'answers.json' } },
    { id: 'value:answer-without-value', cls: 'C2 wrong types', setup: (ctx) => ctx.editFile((f) => void (f.answers['org.legalName'] = { source: 'user' })), args: ['generate'], expect: { code: 2, field: 'answers.org.legalName', file: 'answers.json' } },
    { id: 'value:answer-is-string', cls: 'C2 wrong types', setup: (ctx) => ctx.editFile((f) => void (f.answers['org.legalName'] = 'Acme')), args: ['generate'], expect: { code: 2, field: 'answers.org.legalName', file: 'answers.json' } },
    { id: 'value:bad-source', cls: 'C2 wrong types', setup: (ctx) => ctx.editFile((f) => void (f.answers['org.legalName'].source = 'guessed')), args: ['generate'], expect: { code: 2, field: 'answers.org.legalName.source', file: 'answers.json' } },
    { id: 'value:null', cls: 'C2 wrong types', setup: (ctx) => ctx.setAnswers({ 'org.legalName': null }), args: ['generate'], expect: { code: 2, field: 'answers.org.legalName', file: 'answers.json' } },
  );
  return cases;
}

const PROTO = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

function protoCases() {
  const raw = (ctx, edit) => ctx.editFile((f) => edit(JSON.stringify(f, null, 2)));
  const list = (id) => ({
    id: `proto:${id}`,
    cls: 'C3 prototype keys',
    setup: (ctx) => ctx.setAnswers({ [id]: PROTO }),
    args: ['generate'],
    expect: { code: 2, field: `answers.${id}.value`, file: 'answers.json' },
    quick: id === 'sharing.otherRecipients',
  });
  return [
    ...['sharing.otherRecipients', 'security.measures', 'changes.notify', 'cookies.kinds', 'audience.regions', 'data.categories', 'services.used', 'purposes.list', 'rights.methods'].map(list),
    { id: 'proto:select-constructor', cls: 'C3 prototype keys', setup: (ctx) => ctx.setAnswers({ 'product.audienceType': 'constructor' }), args: ['generate'], expect: { code: 2, field: 'answers.product.audienceType.value', file: 'answers.json' } },
    { id: 'proto:item-sources', cls: 'C3 prototype keys', setup: (ctx) => ctx.editFile((f) => void (f.answers['data.details'].value.identity.sources = ['constructor'])), args: ['generate'], expect: { code: 2, field: 'answers.data.details.value.identity.sources', file: 'answers.json' } },
    { id: 'proto:item-safeguard', cls: 'C3 prototype keys', setup: (ctx) => ctx.editFile((f) => void (f.answers['services.details'].value.stripe.safeguard = 'toString')), args: ['generate'], expect: { code: 2, field: 'answers.services.details.value.stripe.safeguard', file: 'answers.json' } },
    {
      id: 'proto:__proto__-item-key',
      cls: 'C3 prototype keys',
      setup: (ctx) => raw(ctx, (text) => text.replace('"identity": {', '"__proto__": {"sources": ["user"]}, "identity": {')),
      args: ['generate'],
      expect: { code: [0, 1, 2], changes: GEN },
    },
    {
      id: 'proto:__proto__-answer-id',
      cls: 'C3 prototype keys',
      setup: (ctx) => raw(ctx, (text) => text.replace('"answers": {', '"answers": {"__proto__": {"value": "x", "source": "user"}, "constructor": {"value": "x", "source": "user"},')),
      args: ['generate'],
      expect: { code: 2, field: 'answers.__proto__', file: 'answers.json' },
      quick: true,
    },
    {
      id: 'proto:__proto__-top-level',
      cls: 'C3 prototype keys',
      setup: (ctx) => raw(ctx, (text) => text.replace('{', '{"__proto__": {"polluted": true},')),
      args: ['check', '--json'],
      expect: { code: [0, 1, 2] },
    },
    {
      id: 'proto:services.custom-names',
      cls: 'C3 prototype keys',
      title: 'custom services named constructor and __proto__',
      setup: (ctx) => ctx.setAnswers({ 'services.custom': ['constructor', '__proto__', 'toString'] }),
      args: ['generate'],
      expect: { code: [0, 1, 2], changes: GEN },
    },
  ];
}

function mdxCases() {
  const payloads = {
    export: 'export const pwned = globalThis.console.log("ran"); //',
    import: 'import fs from "node:fs"',
    expression: '{globalThis.process.exit(1)}',
    jsx: '<Pwned onClick={() => 1} />',
    comment: '{/* open',
    html: '<script>alert(1)</script>',
  };
  const cases = [];
  for (const [name, text] of Object.entries(payloads)) {
    for (const id of ['org.legalName', 'product.name', 'transfers.storage']) {
      cases.push({
        id: `mdx:${name}:${id}`,
        cls: 'C4 MDX injection',
        title: `${id} = ${JSON.stringify(text)} under --format docusaurus`,
        setup: (ctx) => ctx.setAnswers(id === 'org.legalName' ? { [id]: text, 'org.address': undefined, 'org.email': undefined } : { [id]: text }),
        args: ['generate', '--format', 'docusaurus'],
        expect: { code: [0, 1], changes: GEN },
        check: async (ctx) => mdxProblems(ctx.privacy),
        quick: name === 'export' && id === 'org.legalName',
      });
    }
  }
  cases.push({
    id: 'mdx:custom-service-export',
    cls: 'C4 MDX injection',
    setup: (ctx) => ctx.setAnswers({ 'services.custom': ['export default function X() {}', 'import x from "y"'] }),
    args: ['generate', '--format', 'docusaurus'],
    expect: { code: [0, 1], changes: GEN },
    check: async (ctx) => mdxProblems(ctx.privacy),
  });
  return cases;
}

function controlCases(bank) {
  const cases = [];
  for (const q of bank.filter((q) => q.type === 'text' || q.type === 'list')) {
    cases.push({
      id: `control:${q.id}`,
      cls: 'C5 control codes',
      title: `${q.id} holds ESC/OSC/CSI/NUL/BEL/BS/DEL/C1/RLO`,
      setup: (ctx) => ctx.setAnswers({ [q.id]: q.type === 'list' ? [HOSTILE] : HOSTILE }),
      args: ['generate'],
      // stripped from the outputs, or (a field that must be a path or name) refused, naming the field
      expect: { code: [0, 1, 2], changes: GEN, field: `answers.${q.id}.value` },
      quick: q.id === 'org.legalName',
    });
  }
  for (const cmd of ['audit', 'check', 'audit --json', 'check --json']) {
    cases.push({
      id: `control:custom-service:${cmd}`,
      cls: 'C5 control codes',
      title: `a custom service name with escape codes, printed by ${cmd}`,
      setup: (ctx) => ctx.setAnswers({ 'services.custom': [HOSTILE] }),
      args: cmd.split(' '),
      expect: { code: [0, 1] },
    });
  }
  cases.push(
    {
      id: 'control:scan-folder-name',
      cls: 'C5 control codes',
      setup: (ctx) => ctx.write(`pkg\u001b]0;PWNED\u0007\u001b[2J/package.json`, JSON.stringify({ dependencies: { stripe: '1' } })),
      args: ['scan'],
      expect: { code: 0 },
      quick: true,
    },
    {
      id: 'control:scan-folder-name-json',
      cls: 'C5 control codes',
      setup: (ctx) => ctx.write(`pkg\u001b[2J\u202e/package.json`, JSON.stringify({ dependencies: { stripe: '1' } })),
      args: ['scan', '--json'],
      expect: { code: 0 },
    },
    {
      id: 'control:broken-manifest-name',
      cls: 'C5 control codes',
      setup: (ctx) => ctx.write(`bad\u001b[2J/package.json`, '{ not json'),
      args: ['check'],
      expect: { code: 1 },
    },
    {
      id: 'control:answers-json-syntax-error-with-escape',
      cls: 'C5 control codes',
      title: 'an answers file whose syntax error quotes an escape code',
      setup: (ctx) => ctx.editFile(() => '{"schemaVersion": 2, \u001b]0;PWNED\u0007 }'),
      args: ['generate'],
      expect: { code: 2, file: 'answers.json' },
    },
  );
  return cases;
}

function symlinkCases() {
  const outsideFile = (ctx, name = 'elsewhere.md') => {
    const path = join(ctx.outside, name);
    writeFileSync(path, 'a file outside the project\n');
    return path;
  };
  const linkOutput = (name, args, quick = false) => ({
    id: `link:${name}:${args.join(' ')}`,
    cls: 'C6 symlinks',
    title: `privacy/${name} is a link to a file outside the project; ${args.join(' ')}`,
    setup: (ctx) => {
      ctx.setAnswers({ 'product.name': 'Brightnote Two' });
      rmSync(join(ctx.privacy, name));
      symlinkSync(outsideFile(ctx), join(ctx.privacy, name));
    },
    args,
    expect: { code: 2, file: name, changes: [ANSWERS] },
    quick,
  });
  return [
    linkOutput('play-data-safety.csv', ['generate', '--force']),
    linkOutput('subprocessors.md', ['generate']),
    linkOutput('privacy-policy.md', ['generate'], true),
    linkOutput('privacy-policy.md', ['generate', '--force']),
    linkOutput('checklist.md', ['generate']),
    linkOutput('checklist.md', ['generate', '--force']),
    {
      id: 'link:answers.json-outside',
      cls: 'C6 symlinks',
      title: 'answers.json is a link to a file outside the project (read; never written through)',
      setup: (ctx) => {
        const target = join(ctx.outside, 'answers.json');
        writeFileSync(target, readFileSync(ctx.answersPath));
        rmSync(ctx.answersPath);
        symlinkSync(target, ctx.answersPath);
        const file = JSON.parse(readFileSync(target, 'utf8'));
        file.answers['product.name'].value = 'Brightnote Two';
        writeFileSync(target, JSON.stringify(file, null, 2));
      },
      args: ['generate'],
      expect: { code: [0, 1, 2], changes: [...OUTPUTS, DOCS] },
    },
    {
      id: 'link:dangling-policy',
      cls: 'C6 symlinks',
      setup: (ctx) => {
        rmSync(join(ctx.privacy, 'privacy-policy.md'));
        symlinkSync(join(ctx.outside, 'missing.md'), join(ctx.privacy, 'privacy-policy.md'));
      },
      args: ['generate'],
      expect: { code: 2, file: 'privacy-policy.md' },
    },
    {
      id: 'link:policy-loop',
      cls: 'C6 symlinks',
      setup: (ctx) => {
        rmSync(join(ctx.privacy, 'privacy-policy.md'));
        symlinkSync('privacy-policy.md', join(ctx.privacy, 'privacy-policy.md'));
      },
      args: ['generate'],
      expect: { code: 2, file: 'privacy-policy.md' },
    },
    {
      id: 'link:privacy-dir-outside',
      cls: 'C6 symlinks',
      setup: (ctx) => {
        renameSync(ctx.privacy, join(ctx.outside, 'privacy'));
        symlinkSync(join(ctx.outside, 'privacy'), ctx.privacy);
      },
      args: ['generate', '--force'],
      expect: { code: 2, field: '--dir' },
      quick: true,
    },
    {
      id: 'link:privacy-dir-outside-with-dir',
      cls: 'C6 symlinks',
      title: 'the linked privacy/ folder named with --dir is used on purpose',
      setup: (ctx) => {
        renameSync(ctx.privacy, join(ctx.outside, 'privacy'));
        symlinkSync(join(ctx.outside, 'privacy'), ctx.privacy);
      },
      args: (ctx) => ['check', '--cwd', ctx.root, '--dir', join(ctx.outside, 'privacy')],
      expect: { code: [0, 1] },
    },
    {
      id: 'link:privacy-dir-inside',
      cls: 'C6 symlinks',
      title: 'privacy/ is a link to another folder inside the project',
      setup: (ctx) => {
        mkdirSync(join(ctx.root, 'docs'));
        renameSync(ctx.privacy, join(ctx.root, 'docs', 'privacy'));
        symlinkSync(join(ctx.root, 'docs', 'privacy'), ctx.privacy);
        const file = JSON.parse(readFileSync(join(ctx.root, 'docs', 'privacy', 'answers.json'), 'utf8'));
        file.answers['product.name'].value = 'Brightnote Two';
        writeFileSync(join(ctx.root, 'docs', 'privacy', 'answers.json'), JSON.stringify(file, null, 2));
      },
      args: ['generate'],
      expect: { code: [0, 1], changes: [...OUTPUTS.map((p) => p.replace('privacy/', 'docs/privacy/')), 'docs/privacy/answers.json', DOCS] },
    },
    {
      id: 'link:scan-link-loop',
      cls: 'C6 symlinks',
      title: 'a folder link loop in the project (scan)',
      setup: (ctx) => {
        mkdirSync(join(ctx.root, 'a'));
        symlinkSync(join(ctx.root, 'a'), join(ctx.root, 'a', 'loop'));
      },
      args: ['scan', '--json'],
      expect: { code: 0 },
    },
    {
      id: 'link:scan-link-outside',
      cls: 'C6 symlinks',
      title: 'a link to a folder outside the project is not scanned as part of it',
      setup: (ctx) => {
        writeFileSync(join(ctx.outside, 'package.json'), JSON.stringify({ dependencies: { '@sentry/node': '1' } }));
        symlinkSync(ctx.outside, join(ctx.root, 'vendor-link'));
      },
      args: ['scan', '--json'],
      expect: { code: 0 },
      check: (_ctx, run) => [/sentry/.test(run.stdout) && 'scan followed a link to outside the project'],
    },
  ];
}

function faultCases() {
  const cases = [
    {
      id: 'fault:policy-is-folder',
      cls: 'C8 file-field-fix',
      setup: (ctx) => {
        rmSync(join(ctx.privacy, 'privacy-policy.md'));
        mkdirSync(join(ctx.privacy, 'privacy-policy.md'));
      },
      args: ['generate'],
      expect: { code: 2, file: 'privacy-policy.md' },
      quick: true,
    },
    { id: 'fault:policy-is-folder-check', cls: 'C8 file-field-fix', setup: (ctx) => { rmSync(join(ctx.privacy, 'privacy-policy.md')); mkdirSync(join(ctx.privacy, 'privacy-policy.md')); }, args: ['check', '--json'], expect: { code: 2, file: 'privacy-policy.md' } },
    { id: 'fault:policy-is-fifo', cls: 'C8 file-field-fix', title: 'the policy path is a named pipe (nothing writes to it)', setup: (ctx) => { rmSync(join(ctx.privacy, 'privacy-policy.md')); spawnSync('mkfifo', [join(ctx.privacy, 'privacy-policy.md')]); }, args: ['generate'], expect: { code: 2, file: 'privacy-policy.md', maxMs: 10_000 }, quick: true },
    { id: 'fault:answers-is-fifo', cls: 'C8 file-field-fix', setup: (ctx) => { rmSync(ctx.answersPath); spawnSync('mkfifo', [ctx.answersPath]); }, args: ['check', '--json'], expect: { code: 2, file: 'answers.json', maxMs: 10_000 } },
    { id: 'fault:answers-links-to-device', cls: 'C8 file-field-fix', title: 'answers.json is a link to /dev/zero', setup: (ctx) => { rmSync(ctx.answersPath); symlinkSync('/dev/zero', ctx.answersPath); }, args: ['audit'], expect: { code: 2, file: 'answers.json', maxMs: 10_000 } },
    { id: 'fault:package.json-fifo', cls: 'C11 scan skips', title: 'a package.json that is a named pipe', setup: (ctx) => spawnSync('mkfifo', [ctx.path('package.json')]), args: ['scan', '--json'], expect: { code: 0, maxMs: 10_000 } },
    { id: 'fault:answers-is-folder', cls: 'C8 file-field-fix', setup: (ctx) => { rmSync(ctx.answersPath); mkdirSync(ctx.answersPath); }, args: ['generate'], expect: { code: 2, file: 'answers.json' } },
    {
      id: 'fault:deep-internal',
      cls: 'C8 file-field-fix',
      title: '10,000-deep __internal__',
      setup: (ctx) => ctx.editFile((f) => {
        const text = JSON.stringify({ ...f, __internal__: 'DEEP' });
        return text.replace('"DEEP"', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
      }),
      args: ['generate'],
      expect: { code: [0, 1, 2], changes: GEN },
    },
    {
      id: 'fault:deep-value',
      cls: 'C8 file-field-fix',
      title: '100,000-deep array as an answer value',
      setup: (ctx) => ctx.editFile((f) => {
        f.answers['org.legalName'].value = 'DEEP';
        return JSON.stringify(f).replace('"DEEP"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      }),
      args: ['generate'],
      expect: { code: 2, file: 'answers.json' },
      quick: true,
    },
    {
      id: 'fault:deep-unknown-key',
      cls: 'C8 file-field-fix',
      title: '100,000-deep object under an unknown top-level key',
      setup: (ctx) => ctx.editFile((f) => JSON.stringify({ ...f, extra: 'DEEP' }).replace('"DEEP"', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)),
      args: ['audit', '--json'],
      expect: { code: 2, file: 'answers.json' },
    },
    {
      id: 'fault:privacy-read-only',
      cls: 'C8 file-field-fix',
      title: 'privacy/ read-only for the user (run as an unprivileged user)',
      user: 'nobody',
      setup: (ctx) => {
        ctx.setAnswers({ 'product.name': 'Brightnote Two' });
        chmodSync(ctx.privacy, 0o555);
      },
      args: ['generate'],
      expect: { code: 2, file: 'privacy', stderr: /EACCES|permission/, maxMs: 5000 },
      quick: true,
    },
    {
      id: 'fault:policy-read-only-file',
      cls: 'C8 file-field-fix',
      title: 'the policy file is read-only (0444) but the folder is writable: replaced like any editor would',
      user: 'nobody',
      setup: (ctx) => {
        ctx.setAnswers({ 'product.name': 'Brightnote Two' });
        chmodSync(join(ctx.privacy, 'privacy-policy.md'), 0o444);
      },
      args: ['generate'],
      expect: { code: [0, 2], changes: GEN },
    },
    {
      id: 'fault:policy-unreadable',
      cls: 'C8 file-field-fix',
      user: 'nobody',
      setup: (ctx) => chmodSync(join(ctx.privacy, 'privacy-policy.md'), 0o000),
      args: ['generate'],
      expect: { code: 2, file: 'privacy-policy.md' },
    },
    { id: 'fault:answers-unreadable', cls: 'C8 file-field-fix', user: 'nobody', setup: (ctx) => chmodSync(ctx.answersPath, 0o000), args: ['check', '--json'], expect: { code: 2, file: 'answers.json' } },
    { id: 'fault:answers-unreadable-audit', cls: 'C8 file-field-fix', user: 'nobody', setup: (ctx) => chmodSync(ctx.answersPath, 0o000), args: ['audit'], expect: { code: 2, file: 'answers.json' } },
    { id: 'fault:privacy-unsearchable', cls: 'C8 file-field-fix', user: 'nobody', setup: (ctx) => chmodSync(ctx.privacy, 0o000), args: ['generate'], expect: { code: 2, file: 'privacy' } },
    { id: 'fault:root-read-only-first-run', cls: 'C8 file-field-fix', title: 'first generate in a read-only project (no privacy/ yet, --dir new)', user: 'nobody', setup: (ctx) => chmodSync(ctx.root, 0o555), args: (ctx) => ['generate', '--cwd', ctx.root, '--dir', 'new'], expect: { code: 2 } },
    { id: 'fault:home-unwritable', cls: 'C8 file-field-fix', title: 'HOME does not exist (the user-level store)', env: { HOME: '/nonexistent/home', XDG_CONFIG_HOME: '/nonexistent/config', PRIVACY_WIZARD_CONFIG_DIR: undefined }, setup: (ctx) => ctx.setAnswers({ 'product.name': 'Brightnote Two' }), args: ['generate'], expect: { code: [0, 1], changes: GEN } },
    {
      id: 'fault:efbig-ulimit',
      cls: 'C8 file-field-fix',
      title: 'a file-size limit (ulimit -f 8) smaller than the policy',
      setup: (ctx) => ctx.setAnswers({ 'product.name': 'Brightnote Two' }),
      shell: (ctx) => `trap '' XFSZ; ulimit -f 8; exec PW generate --cwd "${ctx.root}"`,
      expect: { code: 2, file: 'privacy', stderr: /EFBIG|too large|limit/ },
      quick: true,
    },
  ];
  return cases;
}

function fullDiskCases() {
  const fill = (ctx, free) => writeFileSync(join(ctx.mount, 'filler'), Buffer.alloc(Math.max(0, freeBytes(ctx.mount) - free)));
  const cases = [];
  for (const free of [0, 1024, 4096, 16_384, 32_768]) {
    cases.push({
      id: `disk:generate-${free}`,
      cls: 'C1 full disk',
      title: `generate on a 1 MiB tmpfs with ${free} bytes free`,
      mount: 1024,
      setup: (ctx) => {
        ctx.setAnswers({ 'product.name': 'Brightnote Two' });
        fill(ctx, free);
      },
      args: ['generate'],
      // each file is the old one or a complete new one (judged by the marker); a run that could not write says so
      expect: { code: [0, 2], changes: GEN, stderr: free < 16_384 ? /disk is full \(ENOSPC\)/ : undefined },
      check: (ctx, run) => [run.code === 2 && !/ENOSPC/.test(run.stderr) && 'exit 2 without naming ENOSPC'],
      quick: free === 4096,
    });
  }
  cases.push(
    {
      id: 'disk:first-generate-full',
      cls: 'C1 full disk',
      title: 'first generate (no outputs yet) on a full disk',
      mount: 1024,
      generated: false,
      setup: (ctx) => fill(ctx, 0),
      args: ['generate'],
      expect: { code: 2, stderr: /ENOSPC/ },
    },
    {
      id: 'disk:format-change-full',
      cls: 'C1 full disk',
      title: 'generate --format jekyll with 4 KiB free (answers.json records the format)',
      mount: 1024,
      setup: (ctx) => fill(ctx, 4096),
      args: ['generate', '--format', 'jekyll'],
      expect: { code: 2, changes: GEN, stderr: /ENOSPC/ },
    },
    {
      id: 'disk:check-full',
      cls: 'C1 full disk',
      title: 'check on a full disk (reads only)',
      mount: 1024,
      setup: (ctx) => fill(ctx, 0),
      args: ['check', '--json'],
      expect: { code: [0, 1] },
    },
  );
  return cases;
}

function crlfCases() {
  const crlf = (ctx, names) => {
    for (const name of names) {
      const path = join(ctx.privacy, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    }
  };
  return [
    { id: 'crlf:policy-check', cls: 'C9 CRLF and BOM', setup: (ctx) => crlf(ctx, ['privacy-policy.md']), args: ['check'], expect: { code: 0 }, quick: true },
    { id: 'crlf:both-generate', cls: 'C9 CRLF and BOM', setup: (ctx) => crlf(ctx, ['privacy-policy.md', 'checklist.md']), args: ['generate'], expect: { code: 0 } },
    { id: 'crlf:answers', cls: 'C9 CRLF and BOM', setup: (ctx) => crlf(ctx, ['answers.json']), args: ['check'], expect: { code: 0 } },
    { id: 'crlf:cr-only', cls: 'C9 CRLF and BOM', title: 'old Mac line endings (CR only) in the policy', setup: (ctx) => writeFileSync(join(ctx.privacy, 'privacy-policy.md'), readFileSync(join(ctx.privacy, 'privacy-policy.md'), 'utf8').replace(/\n/g, '\r')), args: ['check'], expect: { code: 0 } },
    ...['docusaurus', 'jekyll', 'hugo'].map((format) => ({
      id: `crlf:${format}-then-check`,
      cls: 'C9 CRLF and BOM',
      title: `--format ${format}, then CRLF line endings and a ticked box: check stays clean, generate keeps the tick`,
      run: async (ctx, cli) => {
        await cli(['generate', '--cwd', ctx.root, '--format', format]);
        for (const name of ['privacy-policy.md', 'checklist.md']) {
          const path = join(ctx.privacy, name);
          writeFileSync(path, readFileSync(path, 'utf8').replace('- [ ]', '- [x]').replace(/\n/g, '\r\n'));
        }
        const check = await cli(['check', '--cwd', ctx.root]);
        const again = await cli(['generate', '--cwd', ctx.root]);
        return { ...check, code: check.code === 0 ? again.code : check.code, stderr: check.stderr + again.stderr, stdout: check.stdout + again.stdout };
      },
      expect: { code: 0, changes: GEN },
      check: (ctx) => [!/- \[x\]/.test(ctx.read('privacy/checklist.md')) && 'the ticked box was lost'],
    })),
    { id: 'bom:answers', cls: 'C9 CRLF and BOM', setup: (ctx) => writeFileSync(ctx.answersPath, `\uFEFF${readFileSync(ctx.answersPath, 'utf8')}`), args: ['check'], expect: { code: 0 }, quick: true },
    { id: 'bom:policy', cls: 'C9 CRLF and BOM', setup: (ctx) => writeFileSync(join(ctx.privacy, 'privacy-policy.md'), `\uFEFF${readFileSync(join(ctx.privacy, 'privacy-policy.md'), 'utf8')}`), args: ['check'], expect: { code: 0 } },
    { id: 'crlf:checklist-ticked', cls: 'C9 CRLF and BOM', title: 'a CRLF checklist with a ticked box keeps the tick', setup: (ctx) => { const p = join(ctx.privacy, 'checklist.md'); writeFileSync(p, readFileSync(p, 'utf8').replace('- [ ]', '- [x]').replace(/\n/g, '\r\n')); ctx.setAnswers({ 'product.name': 'Brightnote Two' }); }, args: ['generate'], expect: { code: 0, changes: GEN }, check: (ctx) => [!/- \[x\]/.test(readFileSync(join(ctx.privacy, 'checklist.md'), 'utf8')) && 'the ticked box was lost'] },
  ];
}

function idCases() {
  const pairs = [
    ['Acme CRM', 'Acme/CRM'],
    ['Яндекс Метрика', '微信支付'],
    ['Acme', 'ACME'],
    ['a-b', 'a b'],
    ['Ünïcödé', 'Unicode'],
  ];
  return pairs.map(([a, b], i) => ({
    id: `ids:${a}|${b}`,
    cls: 'C10 checklist ids',
    title: `custom services "${a}" and "${b}" keep their own tasks`,
    setup: (ctx) => ctx.setAnswers({ 'services.custom': [a, b] }),
    args: ['generate'],
    expect: { code: [0, 1], changes: GEN },
    check: (ctx) => {
      const text = readFileSync(join(ctx.privacy, 'checklist.md'), 'utf8');
      const ids = [...text.matchAll(/id: ([^\s*]+) /g)].map((m) => m[1]);
      const dupes = ids.filter((id, k) => ids.indexOf(id) !== k);
      return [dupes.length > 0 && `duplicate task ids: ${dupes.join(', ')}`, ...[a, b].map((name) => !text.includes(name) && `no task names "${name}"`)];
    },
    quick: i === 1,
  }));
}

function scanCases() {
  const skipped = (run) => {
    const doc = JSON.parse(run.stdout || 'null');
    return doc?.skipped?.length ? [] : ['scan --json has no skipped list'];
  };
  return [
    { id: 'scan:20MB-package.json', cls: 'C11 scan skips', setup: (ctx) => ctx.write('package.json', JSON.stringify({ dependencies: { stripe: '1' }, description: 'x'.repeat(20_000_000) })), args: ['check'], expect: { code: 1, stdout: /Could not scan/ }, quick: true },
    { id: 'scan:20MB-json', cls: 'C11 scan skips', setup: (ctx) => ctx.write('package.json', JSON.stringify({ dependencies: { stripe: '1' }, description: 'x'.repeat(20_000_000) })), args: ['scan', '--json'], expect: { code: 0 }, check: (_c, run) => skipped(run) },
    { id: 'scan:broken-package.json', cls: 'C11 scan skips', setup: (ctx) => ctx.write('package.json', '{ "dependencies": { "stripe": '), args: ['scan'], expect: { code: 0, stderr: /warning: skipped package\.json/ } },
    { id: 'scan:broken-pyproject', cls: 'C11 scan skips', setup: (ctx) => ctx.write('pyproject.toml', '[project\ndependencies = ['), args: ['scan', '--json'], expect: { code: 0 }, check: (_c, run) => skipped(run) },
    { id: 'scan:broken-pubspec', cls: 'C11 scan skips', setup: (ctx) => ctx.write('pubspec.yaml', 'dependencies: [unclosed'), args: ['check'], expect: { code: 1, stdout: /Could not scan/ }, quick: true },
    { id: 'scan:broken-deno.json', cls: 'C11 scan skips', setup: (ctx) => ctx.write('deno.json', '{ "imports": { "stripe": "npm:stripe@17" '), args: ['scan'], expect: { code: 0, stderr: /warning: skipped deno\.json/ }, quick: true },
    { id: 'scan:binary-package.json', cls: 'C11 scan skips', setup: (ctx) => ctx.write('package.json', Buffer.from([0, 1, 2, 255, 254, 0, 0x1b, 0x5b])), args: ['scan'], expect: { code: 0, stderr: /warning: skipped/ } },
    { id: 'scan:package.json-folder', cls: 'C11 scan skips', setup: (ctx) => mkdirSync(join(ctx.root, 'package.json')), args: ['scan', '--json'], expect: { code: 0 } },
    { id: 'scan:unreadable-file', cls: 'C11 scan skips', user: 'nobody', setup: (ctx) => { ctx.write('package.json', JSON.stringify({ dependencies: { stripe: '1' } })); chmodSync(ctx.path('package.json'), 0o000); }, args: ['check'], expect: { code: 1, stdout: /Could not scan/ } },
    { id: 'scan:unreadable-folder', cls: 'C11 scan skips', user: 'nobody', setup: (ctx) => { ctx.write('app/package.json', JSON.stringify({ dependencies: { stripe: '1' } })); chmodSync(ctx.path('app'), 0o000); }, args: ['scan', '--json'], expect: { code: 0 }, check: (_c, run) => skipped(run), quick: true },
    { id: 'scan:prototype-dependencies', cls: 'C3 prototype keys', title: 'package.json dependencies named __proto__, constructor, toString', setup: (ctx) => ctx.write('package.json', '{"dependencies": {"__proto__": "1", "constructor": "1", "toString": "1", "hasOwnProperty": "1"}, "devDependencies": [], "optionalDependencies": null}'), args: ['scan', '--json'], expect: { code: 0 }, check: (_c, run) => [/native code|\[object/.test(run.stdout) && 'prototype value in the scan'] },
    { id: 'scan:prototype-env', cls: 'C3 prototype keys', setup: (ctx) => ctx.write('.env.example', '__proto__=1\nconstructor=2\nSTRIPE_SECRET_KEY=\n\u001b[2J=3\n'), args: ['scan'], expect: { code: 0 } },
    { id: 'scan:deep-folders', cls: 'C11 scan skips', title: 'a 300-deep folder chain with a manifest at the bottom', setup: (ctx) => { const deep = Array.from({ length: 300 }, () => 'd').join('/'); ctx.write(`${deep}/package.json`, JSON.stringify({ dependencies: { stripe: '1' } })); }, args: ['scan', '--json'], expect: { code: 0, maxMs: 20_000 } },
    { id: 'scan:huge-html-line', cls: 'C17 huge values', title: 'a 5 MB one-line index.html full of half script tags', setup: (ctx) => ctx.write('index.html', '<script src="https://js.stripe.com/v3" '.repeat(130_000)), args: ['scan', '--json'], expect: { code: 0, maxMs: 20_000 } },
    { id: 'scan:huge-env-line', cls: 'C17 huge values', setup: (ctx) => ctx.write('.env.example', `KEY=${'='.repeat(5_000_000)}\n`), args: ['check'], expect: { code: [0, 1], maxMs: 20_000 } },
    { id: 'scan:many-files', cls: 'C17 huge values', title: '20,000 small source files', setup: (ctx) => { for (let i = 0; i < 200; i += 1) for (let j = 0; j < 100; j += 1) ctx.write(`src/m${i}/f${j}.js`, 'import x from "y";\n'); }, args: ['scan', '--json'], expect: { code: 0, maxMs: 30_000 } },
    { id: 'scan:missing-cwd', cls: 'C11 scan skips', cwd: false, args: ['scan', '--cwd', '/nonexistent/project'], expect: { code: 2, field: '--cwd' } },
    { id: 'scan:cwd-file-json', cls: 'C11 scan skips', args: (ctx) => ['scan', '--json', '--cwd', ctx.answersPath], expect: { code: 2, field: '--cwd' } },
  ];
}

function tempCases() {
  return [
    { id: 'temp:dead-pid', cls: 'C12 temp files', setup: (ctx) => writeFileSync(join(ctx.privacy, 'answers.json.pw-tmp-999999999-zz'), '{"half'), args: ['generate'], expect: { code: 0, changes: [/pw-tmp/] }, check: (ctx) => [existsSync(join(ctx.privacy, 'answers.json.pw-tmp-999999999-zz')) && 'stale temp file kept'], quick: true },
    { id: 'temp:dead-pid-check', cls: 'C12 temp files', title: 'check (read-only) leaves a stale temp file alone or removes it, never fails', setup: (ctx) => writeFileSync(join(ctx.privacy, 'privacy-policy.md.pw-tmp-999999999-zz'), 'half'), args: ['check'], expect: { code: 0, changes: [/pw-tmp/] } },
    { id: 'temp:legacy-atomically', cls: 'C12 temp files', setup: (ctx) => { const p = join(ctx.privacy, 'answers.json.tmp-1764650000abc123'); writeFileSync(p, '{"half'); spawnTouch(p); }, args: ['generate'], expect: { code: 0, changes: [/\.tmp-/] }, check: (ctx) => [existsSync(join(ctx.privacy, 'answers.json.tmp-1764650000abc123')) && 'legacy temp file kept'] },
    { id: 'temp:user-file-kept', cls: 'C12 temp files', title: "a user's file that merely looks like a temp name is kept", setup: (ctx) => writeFileSync(join(ctx.privacy, 'notes.tmp-mine'), 'mine'), args: ['generate'], expect: { code: 0 } },
    {
      id: 'temp:kill-9-generate',
      cls: 'C12 temp files',
      title: 'generate killed with SIGKILL at random moments; the next run cleans up and every file is whole',
      setup: (ctx) => ctx.setAnswers({ 'product.name': 'Brightnote Two' }),
      run: async (ctx, cli) => {
        for (const delay of [120, 200, 280, 360]) {
          await cli(['generate', '--cwd', ctx.root], { onSpawn: (child) => setTimeout(() => child.kill('SIGKILL'), delay) });
        }
        return cli(['generate', '--cwd', ctx.root]);
      },
      expect: { code: 0, changes: GEN },
    },
  ];
}

function spawnTouch(path) {
  const old = new Date(Date.now() - 3_600_000);
  utimesSync(path, old, old);
}

function jsonCases() {
  const setups = {
    'broken JSON': (ctx) => ctx.editFile(() => '{"schemaVersion": 2,'),
    'empty file': (ctx) => ctx.editFile(() => ''),
    'a JSON array': (ctx) => ctx.editFile(() => '[]'),
    'future schemaVersion': (ctx) => ctx.editFile((f) => ({ ...f, schemaVersion: 999 })),
    'no answers file': (ctx) => rmSync(ctx.answersPath),
    'privacy is a file': (ctx) => { rmSync(ctx.privacy, { recursive: true }); writeFileSync(ctx.privacy, 'x'); },
    'unknown top-level key': (ctx) => ctx.editFile((f) => ({ ...f, colour: 'blue' })),
  };
  const cases = [];
  for (const [name, setup] of Object.entries(setups)) {
    for (const cmd of ['audit', 'check', 'scan']) {
      // scan reads no answers: it runs
      const scanRuns = cmd === 'scan';
      cases.push({
        id: `json:${cmd}:${name}`,
        cls: 'C13 --json errors',
        title: `${cmd} --json with ${name}`,
        setup,
        args: [cmd, '--json'],
        expect: scanRuns ? { code: 0 } : { code: 2, file: name === 'privacy is a file' ? 'privacy' : 'answers.json' },
        quick: cmd === 'check' && name === 'broken JSON',
      });
    }
  }
  cases.push(
    { id: 'json:unknown-option', cls: 'C13 --json errors', args: ['check', '--json', '--nope'], expect: { code: 2, field: '--nope' }, quick: true },
    { id: 'json:missing-cwd', cls: 'C13 --json errors', cwd: false, args: ['audit', '--json', '--cwd', '/nonexistent/x'], expect: { code: 2, field: '--cwd' } },
    { id: 'json:with-generate', cls: 'C13 --json errors', args: ['generate', '--json'], expect: { code: 2, field: '--json' } },
    { id: 'json:bad-format', cls: 'C13 --json errors', args: ['check', '--json', '--format', 'pdf'], expect: { code: 2, field: '--format' } },
    { id: 'json:json-twice', cls: 'C13 --json errors', args: ['audit', '--json', '--json'], expect: { code: [0, 1, 2] } },
    { id: 'json:json-equals-value', cls: 'C13 --json errors', args: ['audit', '--json=yes'], expect: { code: 2, field: '--json' } },
  );
  return cases;
}

function csvCases() {
  const formulas = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=cmd', '"quoted, with comma"\nand a line'];
  return formulas.map((name, i) => ({
    id: `csv:${JSON.stringify(name).slice(1, 12)}`,
    cls: 'C14 autolinks',
    title: `a custom service named ${JSON.stringify(name)}: no CSV cell starts a formula, rows stay rows`,
    setup: (ctx) => ctx.setAnswers({ 'services.custom': [name] }),
    args: ['generate'],
    expect: { code: [0, 1], changes: GEN },
    check: async (ctx) => {
      const { parse } = await import('csv-parse/sync');
      const problems = [];
      for (const name of ['play-data-safety.csv', 'records-of-processing.csv']) {
        if (!existsSync(join(ctx.privacy, name))) continue;
        let rows;
        try {
          rows = parse(readFileSync(join(ctx.privacy, name), 'utf8'), { relax_column_count: false });
        } catch (error) {
          problems.push(`${name} does not parse: ${error.message}`);
          continue;
        }
        for (const cell of rows.flat()) if (/^[=+\-@\t\r]/.test(cell) && /[A-Za-z(]/.test(cell)) problems.push(`${name}: a cell starts a formula: ${cell.slice(0, 30)}`);
      }
      return problems;
    },
    quick: i === 0,
  }));
}

function autolinkCases() {
  const text = 'Write to evil@example.com or visit https://evil.example/x and www.evil.example, also http://a.b';
  return ['transfers.storage', 'rights.verification', 'org.address', 'transfers.copyHow', 'rights.appeals'].map((id, i) => ({
    id: `autolink:${id}`,
    cls: 'C14 autolinks',
    setup: (ctx) => ctx.setAnswers({ [id]: text }),
    args: ['generate'],
    expect: { code: [0, 1], changes: GEN },
    check: (ctx) => gfmProblems(join(ctx.privacy, 'privacy-policy.md'), /evil|a\.b/),
    quick: i === 0,
  }));
}

function structureCases() {
  const payloads = {
    heading: 'Acme\n# PWN heading',
    table: 'Acme | x |\n| --- | --- |\n| PWN | row |',
    list: 'Acme\n- PWN item\n1. PWN',
    html: 'Acme <img src=x onerror=alert(1)> <b>PWN</b>',
    link: 'Acme [PWN](https://evil.example) ![x](https://evil.example/i.png)',
    emphasis: '**PWN** _x_ ~~y~~ `code`',
    fence: 'Acme\n```\nPWN\n```',
    'front matter': '---\ntitle: PWN\nlayout: evil\n---',
    'hr and quote': 'Acme\n\n---\n> PWN',
    'liquid and shortcode': '{{ site.title }} {% include x %} {{< param x >}}',
  };
  const cases = [];
  const formats = ['markdown', 'jekyll', 'hugo'];
  let k = 0;
  for (const [name, text] of Object.entries(payloads)) {
    for (const id of ['product.name', 'org.legalName', 'services.custom']) {
      const format = formats[k++ % formats.length];
      const value = (v) => (id === 'services.custom' ? [v] : v);
      cases.push({
        id: `structure:${name}:${id}:${format}`,
        cls: 'C14 autolinks',
        title: `${name} typed into ${id} (--format ${format}) adds no Markdown structure`,
        run: async (ctx, cli) => {
          ctx.setAnswers({ [id]: value('Acme Plain') });
          await cli(['generate', '--cwd', ctx.root, '--format', format]);
          ctx.base = OUTPUTS.map((o) => structureOf(ctx.read(o)));
          ctx.setAnswers({ [id]: value(text) });
          return cli(['generate', '--cwd', ctx.root, '--format', format]);
        },
        expect: { code: [0, 1], changes: GEN },
        check: (ctx) => OUTPUTS.flatMap((o, i) => moreStructure(ctx.base[i], structureOf(ctx.read(o))).map((p) => `${o}: ${p}`)),
        quick: name === 'table' && id === 'services.custom',
      });
    }
  }
  return cases;
}

function messageCases() {
  return [
    { id: 'msg:cwd-is-file', cls: 'C15 messages', args: (ctx) => ['generate', '--cwd', ctx.answersPath], expect: { code: 2, field: '--cwd', stderr: /is a file, not a folder/ } },
    { id: 'msg:privacy-is-file', cls: 'C15 messages', setup: (ctx) => { rmSync(ctx.privacy, { recursive: true }); writeFileSync(ctx.privacy, 'x'); }, args: ['generate'], expect: { code: 2, file: 'privacy', stderr: /is a file/ }, quick: true },
    { id: 'msg:cwd-missing', cls: 'C15 messages', cwd: false, args: ['generate', '--cwd', '/nonexistent/x'], expect: { code: 2, field: '--cwd', stderr: /does not exist/ } },
    { id: 'msg:dir-is-file', cls: 'C15 messages', setup: (ctx) => ctx.write('legal', 'a file'), args: ['generate', '--dir', 'legal'], expect: { code: 2, file: 'legal', stderr: /is a file/ } },
    { id: 'msg:dir-under-file', cls: 'C15 messages', title: '--dir docs/legal where docs is a file', setup: (ctx) => ctx.write('docs', 'a file'), args: ['check', '--json', '--dir', 'docs/legal'], expect: { code: 2, file: 'docs' } },
    { id: 'msg:dir-name-too-long', cls: 'C15 messages', args: ['generate', '--dir', 'x'.repeat(300)], expect: { code: 2, stderr: /too long/ } },
    { id: 'msg:privacy-link-loop', cls: 'C15 messages', title: 'privacy/ is a link to itself', setup: (ctx) => { rmSync(ctx.privacy, { recursive: true }); symlinkSync('privacy', ctx.privacy); }, args: ['generate'], expect: { code: 2, file: 'privacy', stderr: /link|loop/ } },
    { id: 'msg:answers-utf16', cls: 'C15 messages', title: 'answers.json saved as UTF-16 (PowerShell >)', setup: (ctx) => writeFileSync(ctx.answersPath, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(ctx.answersPath, 'utf8'), 'utf16le')])), args: ['check'], expect: { code: 2, file: 'answers.json', stderr: /UTF-16/ }, quick: true },
    { id: 'msg:answers-latin1', cls: 'C15 messages', title: 'answers.json with Latin-1 bytes in a value', setup: (ctx) => writeFileSync(ctx.answersPath, Buffer.from(readFileSync(ctx.answersPath, 'utf8').replace('Brightnote, Inc.', 'Br\u00eeghtnote'), 'latin1')), args: ['check'], expect: { code: [0, 1, 2] } },
    { id: 'msg:no-answers', cls: 'C15 messages', setup: (ctx) => rmSync(ctx.answersPath), args: ['generate'], expect: { code: 2, file: 'answers.json' } },
    { id: 'msg:empty-project', cls: 'C15 messages', fixture: null, args: ['check'], expect: { code: 2, file: 'answers.json' } },
    {
      id: 'msg:absolute-dir-outside',
      cls: 'C15 messages',
      title: 'an absolute --dir outside the project is remembered so a later check finds it',
      setup: (ctx) => renameSync(ctx.privacy, join(ctx.outside, 'legal')),
      run: async (ctx, cli) => {
        const first = await cli(['generate', '--cwd', ctx.root, '--dir', join(ctx.outside, 'legal')]);
        const second = await cli(['check', '--cwd', join(ctx.outside, 'legal', '..'), '--dir', join(ctx.outside, 'legal')]);
        return { ...second, stderr: first.stderr + second.stderr, code: first.code === 0 ? second.code : first.code };
      },
      expect: { code: 0, changes: [/^<outside>\/legal\/answers\.json$/, DOCS] },
    },
    {
      id: 'msg:hand-edited-checklist',
      cls: 'C15 messages',
      title: 'a hand-edited checklist does not hold back the policy update',
      setup: (ctx) => {
        const p = join(ctx.privacy, 'checklist.md');
        writeFileSync(p, `${readFileSync(p, 'utf8')}\nmy own note\n`);
        ctx.setAnswers({ 'product.name': 'Brightnote Two' });
      },
      args: ['generate'],
      expect: { code: 1, changes: ['privacy/privacy-policy.md', ANSWERS, DOCS], stderr: /checklist\.md was edited by hand/ },
      check: (ctx) => [!readFileSync(join(ctx.privacy, 'privacy-policy.md'), 'utf8').includes('Brightnote Two') && 'the policy was not updated'],
      quick: true,
    },
    { id: 'msg:rerun-unchanged', cls: 'C15 messages', title: 'generate with nothing changed touches no file', args: ['generate'], expect: { code: 0 }, quick: true },
    { id: 'msg:check-unchanged', cls: 'C15 messages', args: ['check'], expect: { code: 0 } },
    { id: 'msg:audit-unchanged', cls: 'C15 messages', args: ['audit'], expect: { code: 0 } },
    { id: 'msg:hand-edited-policy', cls: 'C15 messages', setup: (ctx) => { const p = join(ctx.privacy, 'privacy-policy.md'); writeFileSync(p, `${readFileSync(p, 'utf8')}\nedited\n`); ctx.setAnswers({ 'product.name': 'Brightnote Two' }); }, args: ['generate'], expect: { code: 1, changes: ['privacy/checklist.md', ANSWERS, DOCS], stderr: /privacy-policy\.md was edited by hand/ } },
    { id: 'msg:hand-edited-policy-force', cls: 'C15 messages', setup: (ctx) => { const p = join(ctx.privacy, 'privacy-policy.md'); writeFileSync(p, `${readFileSync(p, 'utf8')}\nedited\n`); ctx.setAnswers({ 'product.name': 'Brightnote Two' }); }, args: ['generate', '--force'], expect: { code: 0, changes: GEN } },
    { id: 'msg:outputs-deleted', cls: 'C15 messages', setup: (ctx) => { for (const o of OUTPUTS) rmSync(ctx.path(o)); }, args: ['check'], expect: { code: 1 } },
    { id: 'msg:incomplete-generate', cls: 'C15 messages', title: 'a second generate of a draft (audit errors open) changes nothing', fixture: 'incomplete', args: ['generate'], expect: { code: 1 }, quick: true },
  ];
}

function pipeCases() {
  return ['check', 'audit', 'scan', 'check --json', 'scan --json', 'generate', '--help'].map((cmd, i) => ({
    id: `pipe:${cmd}`,
    cls: 'C16 EPIPE',
    title: `${cmd} | head -c 1 (three times)`,
    fixture: cmd === 'audit' ? 'incomplete' : 'saas',
    setup: (ctx) => cmd === 'generate' && ctx.setAnswers({ 'product.name': 'Brightnote Two' }),
    shell: (ctx) => Array.from({ length: 3 }, () => `PW ${cmd} --cwd "${ctx.root}" 2>>"${ctx.outside}/err" | head -c 1 >/dev/null`).join('; ') + `; cat "${ctx.outside}/err" >&2`,
    expect: { code: [0], changes: cmd === 'generate' ? [...GEN, '<outside>/err'] : ['<outside>/err'] },
    check: (_ctx, run) => [/EPIPE|Unhandled|\n\s+at /.test(run.stderr) && 'EPIPE crash'],
    quick: i === 0,
  }));
}

function closedOutputCases() {
  const c = (id, cmd, redirect, code, stderr, quick = false) => ({
    id: `output:${id}`,
    cls: 'C16 EPIPE',
    title: `${cmd} ${redirect}`,
    fixture: 'incomplete',
    shell: (ctx) => `PW ${cmd} --cwd "${ctx.root}" ${redirect}`,
    expect: { code, stderr },
    noMessage: code !== 2,
    quick,
  });
  return [
    c('stdout-full', 'audit', '>/dev/full', 2, /could not write the output \(ENOSPC\)/, true),
    c('stdout-full-json', 'check --json', '>/dev/full', 2, /could not write the output/),
    c('stderr-full', 'check', '2>/dev/full', [1]),
    c('stdout-closed', 'audit', '>&-', [1, 2]),
    c('stderr-closed', 'generate', '2>&-', [1]),
    c('stdin-closed', 'check', '<&-', [1]),
  ];
}

function hugeCases() {
  return [
    { id: 'huge:50MB-text', cls: 'C17 huge values', title: 'a 50 MB legal name', setup: (ctx) => ctx.setAnswers({ 'org.legalName': 'A'.repeat(50_000_000) }), args: ['generate'], expect: { code: 2, field: 'answers.org.legalName.value', maxMs: 15_000 } },
    { id: 'huge:20000-chars', cls: 'C17 huge values', title: 'a legal name of exactly 20,000 characters', setup: (ctx) => ctx.setAnswers({ 'transfers.storage': 'ab. '.repeat(5000) }), args: ['generate'], expect: { code: [0, 1], changes: GEN, maxMs: 15_000 }, quick: true },
    { id: 'huge:50000-answers', cls: 'C17 huge values', title: '50,000 unknown answer ids', setup: (ctx) => ctx.editFile((f) => { for (let i = 0; i < 50_000; i += 1) f.answers[`x.q${i}`] = { value: 'v', source: 'user' }; }), args: ['generate'], expect: { code: [0, 1, 2], changes: GEN, maxMs: 15_000 } },
    { id: 'huge:10000-custom-services', cls: 'C17 huge values', setup: (ctx) => ctx.setAnswers({ 'services.custom': Array.from({ length: 10_000 }, (_, i) => `Service ${i}`) }), args: ['generate'], expect: { code: [0, 1, 2], changes: GEN, maxMs: 30_000 } },
    { id: 'huge:long-list-entry', cls: 'C17 huge values', setup: (ctx) => ctx.setAnswers({ 'services.custom': ['x'.repeat(30_000)] }), args: ['generate'], expect: { code: 2, field: 'answers.services.custom.value' } },
    { id: 'huge:emoji-rtl', cls: 'C17 huge values', title: 'emoji, RTL and combining marks', setup: (ctx) => ctx.setAnswers({ 'org.legalName': '👩🏽‍💻 مرحبا שלום e\u0301\u0301\u0301 Co' }), args: ['generate'], expect: { code: [0, 1], changes: GEN } },
  ];
}

function argCases() {
  const c = (id, args, field, extra = {}) => ({ id: `args:${id}`, cls: 'B1 arguments', args, cwd: extra.cwd ?? true, expect: { code: 2, ...(field ? { field } : {}), ...extra.expect }, quick: extra.quick });
  return [
    c('unknown-flag', ['generate', '--nope'], '--nope', { quick: true }),
    c('unknown-short', ['check', '-x'], '-x'),
    c('cwd-no-value', ['check', '--cwd'], '--cwd', { cwd: false }),
    c('dir-no-value', ['check', '--dir'], '--dir'),
    c('format-no-value', ['generate', '--format'], '--format'),
    c('format-bogus', ['generate', '--format', 'pdf'], '--format'),
    c('unknown-command', ['publish'], undefined),
    c('two-commands', ['generate', 'check'], undefined),
    c('cwd-empty', ['check', '--cwd', ''], '--cwd', { cwd: false }),
    c('dir-empty', ['check', '--dir', ''], '--dir', { quick: true }),
    c('force-with-value', ['generate', '--force=yes'], '--force'),
    c('json-generate', ['generate', '--json'], '--json'),
    { id: 'args:help', cls: 'B1 arguments', args: ['--help'], cwd: false, expect: { code: 0, stdout: /Usage/ } },
    { id: 'args:version', cls: 'B1 arguments', args: ['--version'], cwd: false, expect: { code: 0, stdout: /^\d+\.\d+\.\d+/ } },
    { id: 'args:double-dash', cls: 'B1 arguments', args: ['check', '--', '--json'], expect: { code: 2 } },
    { id: 'args:force-on-check', cls: 'B1 arguments', title: '--force with check is accepted (and changes nothing)', args: ['check', '--force'], expect: { code: [0, 2] } },
  ];
}

function envCases() {
  const colourless = (_ctx, run) => [/\u001b\[/.test(run.stdout + run.stderr) && 'colour codes printed'];
  return [
    { id: 'env:NO_COLOR', cls: 'B2 environment', fixture: 'incomplete', args: ['audit'], env: { NO_COLOR: '1' }, expect: { code: 1 }, check: colourless },
    { id: 'env:TERM-dumb', cls: 'B2 environment', fixture: 'incomplete', args: ['check'], env: { TERM: 'dumb', NO_COLOR: undefined }, expect: { code: 1 }, check: colourless },
    { id: 'env:CI', cls: 'B2 environment', args: ['check'], env: { CI: 'true' }, expect: { code: 0 } },
    { id: 'env:FORCE_COLOR-json', cls: 'B2 environment', title: 'FORCE_COLOR=1 does not colour --json', args: ['audit', '--json'], env: { FORCE_COLOR: '1', NO_COLOR: undefined }, expect: { code: 0 }, check: colourless },
    { id: 'env:wizard-no-tty', cls: 'B2 environment', title: 'the wizard with stdin and stdout piped', args: [], expect: { code: 2, stderr: /interactive terminal/ }, quick: true },
    { id: 'env:wizard-no-tty-CI', cls: 'B2 environment', args: [], env: { CI: 'true' }, expect: { code: 2, stderr: /interactive terminal/ } },
    {
      id: 'env:SNAP',
      cls: 'B2 environment',
      title: 'SNAP set (Node from snap): answers.json replaced by a rename (new inode), not rewritten in place',
      env: { SNAP: '/snap/node/1' },
      setup: (ctx) => {
        ctx.setAnswers({ 'product.name': 'Brightnote Two' });
        // another format makes generate record it in answers.json. A hard link outside the project keeps the old
        // bytes when answers.json is replaced by a rename, and shows the new ones if the file is rewritten in place.
        // (Comparing inode numbers was flaky: ext4 can hand the freed inode straight back to the next new file.)
        ctx.answersLink = join(ctx.outside, 'answers-hard-link.json');
        linkSync(ctx.answersPath, ctx.answersLink);
      },
      args: ['generate', '--format', 'hugo'],
      expect: { code: 0, changes: GEN },
      check: (ctx) => [
        !/"format": "hugo"/.test(readFileSync(ctx.answersPath, 'utf8')) && 'the format was not recorded',
        /"format": "hugo"/.test(readFileSync(ctx.answersLink, 'utf8')) && 'answers.json was rewritten in place (its hard link changed)',
      ],
      quick: true,
    },
    { id: 'env:LANG-C', cls: 'B2 environment', env: { LANG: 'C', LC_ALL: 'C' }, setup: (ctx) => ctx.setAnswers({ 'org.legalName': 'Brïghtnöte 微信' }), args: ['generate'], expect: { code: 0, changes: GEN } },
    { id: 'env:TZ-far', cls: 'B2 environment', title: 'TZ=Pacific/Kiritimati without a fixed date', env: { TZ: 'Pacific/Kiritimati', PRIVACY_WIZARD_TODAY: undefined }, args: ['check'], expect: { code: [0, 1] } },
    { id: 'env:bad-today', cls: 'B2 environment', title: 'PRIVACY_WIZARD_TODAY is not a date', env: { PRIVACY_WIZARD_TODAY: 'yesterday' }, setup: (ctx) => ctx.setAnswers({ 'product.name': 'Brightnote Two' }), args: ['generate'], expect: { code: [0, 2], changes: GEN } },
  ];
}

let calibrated;
/** How long a generate that rewrites the outputs takes here: signals are sent at fractions of it, so they land during the writes. */
async function generateMs(ctx, cli) {
  calibrated ??= (async () => {
    const times = [];
    for (let i = 0; i < 2; i += 1) {
      ctx.setAnswers({ 'product.name': `Brightnote ${i}` });
      times.push((await cli(['generate', '--cwd', ctx.root])).ms);
    }
    return Math.min(...times);
  })();
  return calibrated;
}

function signalCases() {
  const cases = [];
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    for (const fraction of [0.7, 0.85, 0.95]) {
      cases.push({
        id: `signal:${signal}@${fraction}`,
        cls: 'B3 signals',
        title: `${signal} at ${Math.round(fraction * 100)}% of a generate: every file is the old or a complete new one`,
        run: async (ctx, cli) => {
          const ms = await generateMs(ctx, cli);
          ctx.setAnswers({ 'product.name': 'Brightnote Two' });
          return cli(['generate', '--cwd', ctx.root], { onSpawn: (child) => setTimeout(() => child.kill(signal), Math.round(ms * fraction)) });
        },
        // ended by the signal, or finished before it came; the files are judged either way
        expect: { code: [0, 130, 143, 129, signal], changes: GEN },
        quick: signal === 'SIGINT' && fraction === 0.85,
      });
    }
  }
  return cases;
}

function concurrencyCases() {
  const together = (n, args = ['generate']) => async (ctx, cli) => {
    const runs = await Promise.all(Array.from({ length: n }, () => cli([...args, '--cwd', ctx.root])));
    const bad = runs.filter((r) => ![0, 1].includes(r.code));
    return { ...runs[0], code: bad[0]?.code ?? runs[0].code, stdout: runs.map((r) => r.stdout).join(''), stderr: runs.map((r) => r.stderr).join('') };
  };
  return [
    { id: 'concurrent:2-generate', cls: 'B4 concurrency', setup: (ctx) => ctx.setAnswers({ 'product.name': 'Brightnote Two' }), run: together(2), expect: { code: 0, changes: GEN }, quick: true },
    { id: 'concurrent:3-generate', cls: 'B4 concurrency', setup: (ctx) => ctx.setAnswers({ 'product.name': 'Brightnote Two' }), run: together(3), expect: { code: 0, changes: GEN } },
    { id: 'concurrent:2-generate-first-run', cls: 'B4 concurrency', generated: false, run: together(2), expect: { code: 0, changes: GEN } },
    { id: 'concurrent:2-generate-format', cls: 'B4 concurrency', run: together(2, ['generate', '--format', 'hugo']), expect: { code: 0, changes: GEN } },
    { id: 'concurrent:generate-and-check', cls: 'B4 concurrency', setup: (ctx) => ctx.setAnswers({ 'product.name': 'Brightnote Two' }), run: async (ctx, cli) => { const [g, c] = await Promise.all([cli(['generate', '--cwd', ctx.root]), cli(['check', '--cwd', ctx.root])]); return { ...g, stderr: g.stderr + c.stderr, code: [0, 1].includes(c.code) ? g.code : c.code }; }, expect: { code: 0, changes: GEN } },
  ];
}

function versionCases() {
  const v = (id, edit, expect, quick = false) => ({ id: `schema:${id}`, cls: 'B5 schema versions and ids', setup: (ctx) => ctx.editFile(edit), args: ['generate'], expect, quick });
  return [
    v('future', (f) => ({ ...f, schemaVersion: 999 }), { code: 2, field: 'schemaVersion' }, true),
    v('zero', (f) => ({ ...f, schemaVersion: 0 }), { code: 2, field: 'schemaVersion' }),
    v('string', (f) => ({ ...f, schemaVersion: '2' }), { code: 2, field: 'schemaVersion' }),
    v('float', (f) => ({ ...f, schemaVersion: 1.5 }), { code: 2, field: 'schemaVersion' }),
    v('missing', (f) => { delete f.schemaVersion; }, { code: 2, field: 'schemaVersion' }),
    v('huge', (f) => ({ ...f, schemaVersion: 1e308 }), { code: 2, field: 'schemaVersion' }),
    { id: 'schema:v1-file', cls: 'B5 schema versions and ids', title: 'a schemaVersion 1 file is read (migrated in memory) and left as it is by check', setup: (ctx) => writeFileSync(ctx.answersPath, readFileSync(join(ROOT, 'test', 'fixtures', 'answers-v1', 'saas.json'))), args: ['check'], expect: { code: [0, 1] } },
    v('unknown-id', (f) => void (f.answers['made.up'] = { value: 'x', source: 'user' }), { code: [0, 2], changes: GEN }),
    v('answers-array', (f) => ({ ...f, answers: [] }), { code: 2, field: 'answers' }),
    v('answers-null', (f) => ({ ...f, answers: null }), { code: 2, field: 'answers' }),
    v('outputDir-absolute-etc', (f) => ({ ...f, outputDir: '/etc' }), { code: [0, 1, 2], changes: GEN }),
    v('outputDir-traversal', (f) => ({ ...f, outputDir: '../../../../tmp/pw-escape' }), { code: [0, 1, 2], changes: GEN }),
    v('format-bogus', (f) => ({ ...f, format: 'pdf' }), { code: 2, field: 'format' }),
    v('toolVersion-number', (f) => ({ ...f, toolVersion: 7 }), { code: 2, field: 'toolVersion' }),
    v('dismissed-wrong', (f) => ({ ...f, dismissed: 'all' }), { code: 2, field: 'dismissed' }),
    v('policyVersions-wrong', (f) => ({ ...f, policyVersions: 'v1' }), { code: 2, field: 'policyVersions' }),
    v('duplicate-keys', () => '{"schemaVersion": 2, "schemaVersion": 999, "answers": {}}', { code: 2, field: 'schemaVersion' }),
    v('lone-surrogate', (f) => JSON.stringify(f).replace('"Brightnote, Inc."', '"Bright\\ud800note"'), { code: [0, 1, 2], changes: GEN }),
  ];
}

/** Every case of the matrix, in class order. */
export function allCases() {
  const bank = questions();
  return [
    ...fullDiskCases(),
    ...typeCases(bank),
    ...protoCases(),
    ...mdxCases(),
    ...controlCases(bank),
    ...symlinkCases(),
    ...wizardCases(),
    ...faultCases(),
    ...crlfCases(),
    ...idCases(),
    ...scanCases(),
    ...tempCases(),
    ...jsonCases(),
    ...autolinkCases(),
    ...csvCases(),
    ...structureCases(),
    ...messageCases(),
    ...pipeCases(),
    ...closedOutputCases(),
    ...hugeCases(),
    ...argCases(),
    ...envCases(),
    ...signalCases(),
    ...concurrencyCases(),
    ...versionCases(),
  ];
}

export { isRoot };
