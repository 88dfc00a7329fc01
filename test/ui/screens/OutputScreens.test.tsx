import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { computeOutputs, writeOutputs } from '../../../source/project.js';
import { AuditScreen } from '../../../source/ui/screens/AuditScreen.js';
import { PreviewScreen } from '../../../source/ui/screens/PreviewScreen.js';
import { WriteScreen } from '../../../source/ui/screens/WriteScreen.js';
import { DoneScreen } from '../../../source/ui/screens/DoneScreen.js';
import { called, demoSession, keys, outputsOf, press, tick, waitForText } from './helpers.js';
import { answersOf, loadAnswersFixture } from '../../helpers/facts.js';

afterEach(cleanup);

async function answered() {
  const session = await demoSession();
  session.store.setAnswer('product.name', 'Acme Notes');
  session.store.setAnswer('audience.regions', ['eea']);
  return session;
}

describe('AuditScreen', () => {
  it('groups findings by severity with counts; Enter on one opens the question that fixes it', async () => {
    const session = await answered();
    const outputs = outputsOf(session);
    const props = { onFix: vi.fn(), onContinue: vi.fn(), onSections: vi.fn(), onBack: vi.fn() };
    const { lastFrame, stdin } = render(<AuditScreen session={session} outputs={outputs} width={80} height={23} {...props} />);
    const frame = await waitForText(lastFrame, 'Continue to the preview');
    expect(frame).toMatch(new RegExp(`Audit · ${outputs.audit.counts.error} errors?`));
    expect(frame).toContain('✗ Errors (must fix)');
    expect(frame).toContain('Laws that apply: GDPR (EU)');
    await press(stdin, keys.down);
    const detail = await waitForText(lastFrame, 'Fix (enter):');
    const first = outputs.audit.findings.find((f) => f.severity === 'error')!;
    expect(detail.replace(/\s+/g, ' ')).toContain(first.citation);
    await press(stdin, keys.enter);
    const [id] = await called(props.onFix);
    expect(first.fix).toContain(id);
    await press(stdin, 'p');
    await called(props.onContinue);
  });

  it('wraps the laws line and a long finding instead of cutting them where there is room', async () => {
    const session = await answered();
    session.store.setAnswer('audience.regions', ['eea', 'uk', 'us']);
    const outputs = outputsOf(session);
    const longest = outputs.audit.findings.filter((f) => f.severity === 'error').sort((a, b) => b.message.length - a.message.length)[0]!;
    expect(`${longest.citation}: ${longest.message}`.length).toBeGreaterThan(3 * 80);
    const index = outputs.audit.findings.filter((f) => f.severity === 'error').indexOf(longest);
    const { lastFrame, stdin } = render(<AuditScreen session={session} outputs={outputs} width={80} height={30} onFix={vi.fn()} onContinue={vi.fn()} onSections={vi.fn()} onBack={vi.fn()} />);
    await waitForText(lastFrame, 'Continue to the preview');
    for (let i = 0; i <= index; i++) await press(stdin, keys.down);
    const flat = (await waitForText(lastFrame, 'Fix (enter)')).replace(/\s+/g, ' ');
    expect(flat).toContain(`${longest.citation}: ${longest.message}`.replace(/\s+/g, ' '));
    expect(flat).toMatch(/Laws that apply: GDPR \(EU\), [^…]*UK GDPR/);
  });

  it('back from a fix, the list is on the finding fixed (or the one now in its place), not at the top', async () => {
    const session = await answered();
    const outputs = outputsOf(session);
    const order = ['error', 'warning', 'info'].flatMap((s) => outputs.audit.findings.filter((f) => f.severity === s));
    expect(order.length).toBeGreaterThan(3);
    const onFix = vi.fn();
    const first = render(<AuditScreen session={session} outputs={outputs} width={80} height={23} onFix={onFix} onContinue={vi.fn()} onSections={vi.fn()} onBack={vi.fn()} />);
    await waitForText(first.lastFrame, 'Continue to the preview');
    await press(first.stdin, keys.down, keys.down, keys.down, keys.enter);
    const [, , index] = (await called(onFix)) as [string, unknown, number];
    expect(index).toBe(2);
    first.unmount();
    const again = vi.fn();
    const back = render(<AuditScreen session={session} outputs={outputs} width={80} height={23} initialIndex={index} onFix={again} onContinue={vi.fn()} onSections={vi.fn()} onBack={vi.fn()} />);
    const flat = (await waitForText(back.lastFrame, 'Fix (enter)')).replace(/\s+/g, ' ');
    expect(flat).toContain(order[2]!.citation);
    await press(back.stdin, keys.enter);
    expect((await called(again))[2]).toBe(2);
    back.unmount();
    // the last finding was fixed and is gone: the list starts on the one now last
    const past = render(<AuditScreen session={session} outputs={outputs} width={80} height={23} initialIndex={order.length + 3} onFix={vi.fn()} onContinue={vi.fn()} onSections={vi.fn()} onBack={vi.fn()} />);
    expect((await waitForText(past.lastFrame, 'Continue to the preview')).replace(/\s+/g, ' ')).toContain(order[order.length - 1]!.citation);
  });

  it("a rule's finding about one table cell is listed by its message, and Enter opens that cell (Intercom's cookie kind)", async () => {
    // the SaaS example: a web product with users in the EEA and the UK, using Intercom
    const session = await demoSession();
    for (const [id, value] of Object.entries(answersOf(loadAnswersFixture('saas')))) session.store.setAnswer(id, value);
    const outputs = outputsOf(session);
    const onFix = vi.fn();
    const { lastFrame, stdin } = render(<AuditScreen session={session} outputs={outputs} width={100} height={60} onFix={onFix} onContinue={vi.fn()} onSections={vi.fn()} onBack={vi.fn()} />);
    const frame = await waitForText(lastFrame, 'Intercom sets cookies, but its vendor does not say');
    expect(frame).not.toContain('EP-5-3-KIND: Intercom');
    for (let i = 0; i < outputs.audit.findings.length + 1 && !/^› Intercom sets cookies/m.test(lastFrame() ?? ''); i++) await press(stdin, keys.down);
    await press(stdin, keys.enter);
    const [id, cell] = await called(onFix);
    expect([id, cell]).toEqual(['services.details', { item: 'intercom', field: 'cookieKind' }]);
  });

  it("the finding for an added service whose cookies are not known yet opens its cell of the services table", async () => {
    const session = await demoSession();
    const saas = answersOf(loadAnswersFixture('saas'));
    for (const [id, value] of Object.entries(saas)) session.store.setAnswer(id, value);
    session.store.setAnswer('services.custom', ['Acme Chat']);
    session.store.setAnswer('services.details', { ...(saas['services.details'] as object), 'Acme Chat': { role: 'processor', cookies: 'not-sure' } });
    const outputs = outputsOf(session);
    const onFix = vi.fn();
    const { lastFrame, stdin } = render(<AuditScreen session={session} outputs={outputs} width={100} height={60} onFix={onFix} onContinue={vi.fn()} onSections={vi.fn()} onBack={vi.fn()} />);
    await waitForText(lastFrame, 'You have not said whether Acme Chat sets cookies');
    for (let i = 0; i < outputs.audit.findings.length + 1 && !/^› You have not said whether Acme Chat/m.test(lastFrame() ?? ''); i++) await press(stdin, keys.down);
    await press(stdin, keys.enter);
    const [id, cell] = await called(onFix);
    expect([id, cell]).toEqual(['services.details', { item: 'Acme Chat', field: 'cookies' }]);
  });

  it('says when the audit could not run', () => {
    const { lastFrame } = render(
      <AuditScreen session={{} as never} error={new Error('boom')} width={80} height={23} onFix={vi.fn()} onContinue={vi.fn()} onSections={vi.fn()} onBack={vi.fn()} />,
    );
    expect(lastFrame()).toContain('The audit could not run: boom');
  });
});

describe('PreviewScreen', () => {
  it('renders the policy for the terminal and scrolls with PgDn/End', async () => {
    const session = await answered();
    const onContinue = vi.fn();
    const { lastFrame, stdin } = render(<PreviewScreen session={session} outputs={outputsOf(session)} width={70} height={20} onContinue={onContinue} onBack={vi.fn()} />);
    const top = await waitForText(lastFrame, 'lines 1–');
    expect(top).toContain('Privacy Policy');
    // The summary is at the top of the policy: the preview opens on it, before any section.
    expect(top).toContain('Privacy at a glance');
    expect(top).not.toContain('Who we are');
    expect(top).not.toContain('<!--');
    await press(stdin, keys.pageDown);
    await waitForText(lastFrame, 'lines 18–');
    await press(stdin, keys.end);
    await waitForText(lastFrame, '· 100%');
    expect(lastFrame()!.split('\n').every((l) => l.length <= 70)).toBe(true);
    await press(stdin, keys.enter);
    await called(onContinue);
  });
});

describe('WriteScreen', () => {
  it('lists every document it will write and lets the user choose which ones the product needs', async () => {
    const saas = readFileSync(new URL('../../fixtures/answers/saas.json', import.meta.url), 'utf8');
    const session = await demoSession({ 'privacy/answers.json': saas });
    const outputs = outputsOf(session);
    const records = outputs.documents.find((d) => d.id === 'records')!;
    expect(records).toBeDefined();
    const onDocuments = vi.fn();
    const { lastFrame, stdin } = render(<WriteScreen session={session} outputs={outputs} width={100} height={30} onWrite={vi.fn()} onDocuments={onDocuments} onBack={vi.fn()} />);
    const chosen = outputs.choices.filter((c) => c.selected).length;
    const frame = await waitForText(lastFrame, `Choose documents (${chosen} of ${outputs.choices.length} chosen)`);
    expect(frame).toContain('privacy/records-of-processing.md: new file');
    const items = frame.split('\n').filter((l) => /^[›\s] (Write the files|Edit what changed|Choose documents|Back to the preview)/.test(l));
    const index = items.findIndex((l) => l.includes('Choose documents'));
    for (let i = 0; i < index; i++) await press(stdin, keys.down);
    await press(stdin, keys.enter);
    const list = await waitForText(lastFrame, 'Which documents does the product need?');
    expect(list).toContain('Record of processing activities (GDPR Art. 30)');
    // the first row is ticked (it applies); space unticks it, Enter confirms
    const first = outputs.choices[0]!;
    await press(stdin, keys.space, keys.enter);
    const [ids] = (await called(onDocuments)) as [string[]];
    expect(ids).toEqual(outputs.choices.filter((c) => c.selected && c.id !== first.id).map((c) => c.id).concat(first.selected ? [] : [first.id]));
  });


  it('a changed policy with no audit errors: shows this version\'s summary and lets the user rewrite it', async () => {
    const saas = readFileSync(new URL('../../fixtures/answers/saas.json', import.meta.url), 'utf8');
    const session = await demoSession({ 'privacy/answers.json': saas });
    const first = outputsOf(session);
    await writeOutputs(first, 'overwrite');
    session.store.setPolicyVersions(first.versions);
    session.today = '2026-11-30';
    session.store.setAnswer('org.legalName', 'Brightnote Holdings, Inc.');
    const outputs = outputsOf(session);
    expect(outputs.audit.counts.error).toBe(0);
    const onSummary = vi.fn();
    const { lastFrame, stdin } = render(<WriteScreen session={session} outputs={outputs} width={100} height={30} onWrite={vi.fn()} onDocuments={vi.fn()} onSummary={onSummary} onBack={vi.fn()} />);
    const frame = await waitForText(lastFrame, 'Edit what changed in this version');
    expect(frame).toContain('This version: Updated: Who we are');
    await press(stdin, keys.down, keys.enter);
    await waitForText(lastFrame, 'What changed in this version of the policy?');
    await press(stdin, '\u0015', 'New company name after our merger.', keys.enter);
    expect(await called(onSummary)).toEqual(['New company name after our merger.']);
    // and the summary goes into the policy text it describes
    const rewritten = computeOutputs(session.engine, session.store.file, session.location, { today: '2026-12-01', scan: session.scan, versionSummary: 'New company name after our merger.' });
    expect(rewritten.policy.text).toContain('- 1 December 2026: New company name after our merger.');
    expect(rewritten.versions.at(-1)).toEqual({ date: '2026-12-01', summary: 'New company name after our merger.' });
  });


  it('first write: lists the files as new and writes them on Enter', async () => {
    const session = await answered();
    const onWrite = vi.fn();
    const { lastFrame, stdin } = render(<WriteScreen session={session} outputs={outputsOf(session)} width={80} height={23} onWrite={onWrite} onDocuments={vi.fn()} onBack={vi.fn()} />);
    const frame = await waitForText(lastFrame, 'Write the files');
    expect(frame).toContain('privacy/privacy-policy.md: new file');
    expect(frame).toContain('privacy/checklist.md: new file');
    await press(stdin, keys.enter);
    expect(await called(onWrite)).toEqual(['overwrite']);
  });

  it('re-run: shows the diff of the policy against the file on disk', async () => {
    const session = await answered();
    await writeOutputs(outputsOf(session), 'overwrite');
    session.store.setAnswer('product.name', 'Acme Notebooks');
    const { lastFrame } = render(<WriteScreen session={session} outputs={outputsOf(session)} width={100} height={30} onWrite={vi.fn()} onDocuments={vi.fn()} onBack={vi.fn()} />);
    const frame = await waitForText(lastFrame, 'privacy/privacy-policy.md: changed');
    expect(frame).toMatch(/\+\d+ −\d+ lines/);
    expect(frame).toContain('+ ');
    expect(frame).toContain('Acme Notebooks');
    expect(frame).toMatch(/^- .*Acme Notes/m);
  });

  it('a policy edited by hand: offers overwrite, keep or beside', async () => {
    const session = await answered();
    const outputs = outputsOf(session);
    await writeOutputs(outputs, 'overwrite');
    writeFileSync(outputs.policy.path, `${readFileSync(outputs.policy.path, 'utf8')}\nOur own extra paragraph.\n`);
    session.store.setAnswer('product.name', 'Acme Notebooks');
    const onWrite = vi.fn();
    const { lastFrame, stdin } = render(<WriteScreen session={session} outputs={outputsOf(session)} width={100} height={30} onWrite={onWrite} onDocuments={vi.fn()} onBack={vi.fn()} />);
    const frame = await waitForText(lastFrame, 'edited by hand');
    expect(frame).toContain('Overwrite it');
    expect(frame).toContain('Keep your edited file');
    expect(frame).toContain('privacy/privacy-policy.new.md');
    // the pre-selected action keeps the user's edits; scrolling the diff does not move it
    await press(stdin, '\u001B[6~', '\u001B[6~', keys.enter);
    expect(await called(onWrite)).toEqual(['beside']);
  });

  it('the diff starts at the first changed line of the text, not at the marker comment', async () => {
    const session = await answered();
    await writeOutputs(outputsOf(session), 'overwrite');
    session.store.setAnswer('product.name', 'Acme Notebooks');
    const { lastFrame } = render(<WriteScreen session={session} outputs={outputsOf(session)} width={100} height={30} onWrite={vi.fn()} onDocuments={vi.fn()} onBack={vi.fn()} />);
    const frame = await waitForText(lastFrame, 'changed');
    expect(frame).not.toContain('privacy-wizard: generated file');
    const firstChange = frame.split('\n').find((l) => /^[-+] /.test(l));
    expect(firstChange).toMatch(/Acme Note/);
  });
});

describe('DoneScreen', () => {
  it('lists the paths written and the open checklist items by group', async () => {
    const session = await answered();
    const paths = await writeOutputs(outputsOf(session), 'overwrite');
    const onQuit = vi.fn();
    const { lastFrame, stdin } = render(<DoneScreen session={session} written={paths} width={80} height={23} onQuit={onQuit} />);
    const frame = await waitForText(lastFrame, 'Still to do');
    expect(frame).toContain('✔ privacy/privacy-policy.md');
    expect(frame).toContain('✔ privacy/checklist.md');
    expect(frame).toContain('☐ ');
    await tick();
    await press(stdin, keys.enter);
    await called(onQuit);
  });
});
