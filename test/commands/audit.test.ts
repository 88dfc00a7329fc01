import { describe, expect, test } from 'vitest';
import { projectWithAnswers, runCli } from '../helpers/cli.js';

interface Finding {
  ruleId: string;
  severity: string;
  citation: string;
  message: string;
  fix: string[];
}

function audit(fixture: string) {
  const run = runCli(['audit', '--json', '--cwd', projectWithAnswers(fixture)]);
  return { run, doc: JSON.parse(run.stdout) as { findings: Finding[]; counts: Record<string, number>; laws: Record<string, { applies: unknown; reason: string }> } };
}

describe('privacy-wizard audit', () => {
  test('the complete example has no errors and exits 0', () => {
    const { run, doc } = audit('saas');
    expect(run.code).toBe(0);
    expect(doc.counts.error).toBe(0);
    expect(doc.laws.ccpa?.reason).toContain('annual revenue');
  });

  test('a deliberately incomplete file reports each missing element with its citation, and exits 1', () => {
    const { run, doc } = audit('incomplete');
    expect(run.code).toBe(1);
    const errors = doc.findings.filter((f) => f.severity === 'error');
    const about = (question: string) => errors.filter((f) => f.fix.includes(question));
    // GDPR Art. 13(1) and (2), and the CCPA/CalOPPA elements the answers leave open:
    const expected: [string, RegExp][] = [
      ['org.legalName', /GDPR Art\. 13\(1\)\(a\)/],
      ['org.address', /GDPR Art\. 13\(1\)\(a\)/],
      ['org.email', /GDPR Art\. 13\(1\)\(a\)/],
      ['purposes.details', /GDPR Art\. 13\(1\)\(d\)/],
      ['data.details', /GDPR Art\. 13\(2\)\(a\)/],
      ['data.details', /GDPR Art\. 13\(2\)\(e\)/],
      ['data.details', /GDPR Art\. 14\(2\)\(f\)/],
      ['org.euRepresentative', /GDPR Art\. 27/],
      ['rights.methods', /GDPR Art\. 12\(2\)/],
      ['cookies.dnt', /§22575\(b\)\(5\)/],
      ['policy.effectiveDate', /§22575\(b\)\(4\)/],
      ['transfers.storage', /GDPR Art\. 13\(1\)\(f\)/],
    ];
    for (const [question, citation] of expected) {
      expect(about(question).map((f) => f.citation).join(' | '), question).toMatch(citation);
    }
    // citations of laws that do not apply are left out
    expect(errors.map((f) => f.citation).join(' ')).not.toMatch(/LGPD|APP 1\.4|PIPEDA/);
    // the "Not sure yet" answer is a finding too
    expect(doc.findings).toContainEqual(expect.objectContaining({ ruleId: 'NOT-SURE', fix: ['sharing.sells'] }));
  });

  test('the text report groups findings and names the fix', () => {
    const run = runCli(['audit', '--cwd', projectWithAnswers('incomplete')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Errors \(\d+\)$/m);
    expect(run.stdout).toMatch(/^Warnings \(\d+\)$/m);
    expect(run.stdout).toContain('fix: answer org.legalName');
    expect(run.stdout).toContain('GDPR applies: you offer the product to people in the EEA');
  });
});
