// privacy/records-of-processing.md: the Art. 30 record as a document a supervisory authority can read.
import { fileLink } from '../link.js';
import type { PolicyFacts } from '../../core/facts/types.js';
import { escapeMarkdown } from '../../core/render/markdown-escape.js';
import type { Records } from './model.js';

const e = escapeMarkdown;
const item = (label: string, value: string) => `- **${label}**: ${e(value)}`;

export function renderRecordsMarkdown(facts: PolicyFacts, r: Records, files: { policy: string; subprocessors: string }): string {
  const product = facts.product.name ?? 'our service';
  const c = r.controller;
  const lines = [
    `# Record of processing activities: ${e(product)}`,
    '',
    `This is the record GDPR Article 30 asks us to keep (the same applies under the UK GDPR), made from the answers behind our ${fileLink('privacy policy', files.policy)}. Give it to a supervisory authority that asks for it.`,
    '',
    '## Controller (Art. 30(1)(a))',
    '',
    item('Name', c.name),
    item('Address', c.address),
    item('Contact', c.contact),
    item('Representatives', c.representatives),
    item('Data protection officer', c.dpo),
    '',
    '## Processing activities (Art. 30(1)(b)-(g))',
    '',
  ];
  if (r.activities.length === 0) lines.push(`No purposes are answered yet (${e('purposes.list')}).`, '');
  for (const a of r.activities) {
    lines.push(
      `### ${e(a.purpose)}`,
      '',
      item('Legal basis', a.basis),
      item('Categories of data subjects (b)', a.subjects),
      item('Categories of personal data (c)', a.data),
      item('Recipients (d)', a.recipients),
      item('Transfers to third countries and safeguards (e)', a.transfers),
      item('Time limits for erasure (f)', a.retention),
      '',
    );
  }
  lines.push('## Other recipients (Art. 30(1)(d))', '', e(r.otherRecipients), '', '## Security measures (Art. 30(1)(g), Art. 32(1))', '', e(r.security), '');
  if (r.processor) {
    const p = r.processor;
    lines.push(
      '## Processing for our business customers (Art. 30(2))',
      '',
      item('Processor', `${c.name}, ${c.contact}`),
      item('Controllers (a)', p.controllers),
      item('Categories of processing (b)', p.processing),
      item('Transfers to third countries and safeguards (c)', p.transfers),
      item('Security measures (d)', p.security),
      '',
      `Our sub-processors are listed in ${fileLink('the sub-processor list', files.subprocessors)}.`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
