import type { Confidence, ScanResult } from './types.js';

/** How each piece of evidence proves use, shown after it; a manifest dependency needs no note. */
const CONFIDENCE_NOTE: Record<Confidence, string> = {
  manifest: '',
  import: 'in code',
  env: 'env key',
  url: 'API URL in code',
  name: 'name only',
};

/**
 * The human-readable scan report: each service with its category and the file:line that proves
 * it, then the packages that look like SDKs but are not in the catalog. Plain text (no colour),
 * so it reads the same in a terminal, a CI log and a pasted issue.
 */
export function formatScanReport(
  result: ScanResult,
  root: string,
  categoryLabel: (id: string) => string,
  dataLabel: (id: string) => string = (id) => id,
): string {
  const out: string[] = [];
  const count = result.services.length;
  out.push(
    count === 0
      ? `No known third-party services found in ${root}.`
      : `Found ${count} third-party service${count === 1 ? '' : 's'} in ${root}:`,
  );
  for (const service of result.services) {
    out.push('');
    // Brackets, not parentheses: some service names carry their own ("Twilio (Messaging, Voice)").
    const tags = [
      service.category ? categoryLabel(service.category) : undefined,
      service.devOnly ? 'dev only' : undefined,
      service.optional ? 'optional' : undefined,
    ];
    const label = tags.filter(Boolean).join(', ');
    out.push(`  ${service.name}${label ? `  [${label}]` : ''}`);
    for (const e of service.evidence) {
      const notes = [CONFIDENCE_NOTE[e.confidence ?? 'manifest'], e.dev ? 'dev' : '', e.optional ? 'commented out' : ''].filter(Boolean);
      out.push(`    ${e.file}:${e.line}  ${e.match}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`);
    }
  }
  if (result.unrecognised.length > 0) {
    out.push('', 'Not in the catalog but look like third-party SDKs (please review):');
    for (const item of result.unrecognised) {
      const others = item.others?.length ? ` (+${item.others.length} more: ${item.others.join(', ')})` : '';
      out.push(`  ${item.name}${others}  ${item.file}:${item.line}  ${item.kind}, ${item.reason}${item.dev ? ' (dev)' : ''}`);
    }
    out.push(
      '',
      'If one of these sends data to a third party, declare it in the wizard, and consider adding it',
      'to the catalog (questions/catalog/) in a pull request.',
    );
  }
  if ((result.dataKinds ?? []).length > 0) {
    out.push('', 'Personal data the schemas store (suggested for "Personal data you collect"):');
    for (const finding of result.dataKinds) {
      const first = finding.evidence[0];
      const more = finding.evidence.length > 1 ? ` (+${finding.evidence.length - 1} more)` : '';
      out.push(`  ${dataLabel(finding.category)}: ${finding.kinds.join(', ')}  ${first ? `${first.file}:${first.line}  ${first.match}` : ''}${more}`);
    }
  }
  out.push('', `Read ${result.filesRead.length} file${result.filesRead.length === 1 ? '' : 's'}.`);
  return `${out.join('\n')}\n`;
}
