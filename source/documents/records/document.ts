// privacy/records-of-processing.md and .csv: the record GDPR Art. 30(1) asks of a controller, and
// Art. 30(2) of a processor, from the same answers as the policy.
import { escapeMarkdown, mailLink } from '../../core/render/markdown-escape.js';
import { isRoleOnly, known, viewContext, type ViewContext } from '../../core/render/views/context.js';
import { toCsv } from '../csv.js';
import { subprocessors } from '../subprocessors/list.js';
import type { DocumentContext, DocumentSpec } from '../types.js';
import { activities, otherRecipients, ownTransfers, securityMeasures, type Activity } from './activities.js';

export const RECORDS_FILE = 'records-of-processing.md';
export const RECORDS_CSV_FILE = 'records-of-processing.csv';
const NOT_SURE = 'Not sure yet: answer it in the wizard (the audit lists it)';

const esc = (text: string) => escapeMarkdown(text);
const bullets = (items: string[], none: string) => (items.length > 0 ? items.map((i) => `  - ${esc(i)}`) : [`  - ${none}`]);

function controllerLines(c: ViewContext): string[] {
  const { org } = c.facts;
  const contact = known([org.address ? esc(org.address) : undefined, org.email ? mailLink(org.email) : undefined]).join(', ');
  const lines = [`- **Controller:** ${org.legalName ? esc(org.legalName) : NOT_SURE}${contact ? `, ${contact}` : ''}`];
  if (c.gdpr && !c.facts.org.establishedInEea) lines.push(`- **Representative in the EU:** ${org.euRepresentative ? esc(org.euRepresentative) : NOT_SURE}`);
  if (c.ukGdpr && org.country !== 'GB') lines.push(`- **Representative in the UK:** ${org.ukRepresentative ? esc(org.ukRepresentative) : NOT_SURE}`);
  if (org.hasDpo === true) lines.push(`- **Data protection officer:** ${known([org.dpoName && !isRoleOnly(org.dpoName) ? esc(org.dpoName) : undefined, org.dpoEmail ? mailLink(org.dpoEmail) : undefined]).join(', ') || NOT_SURE}`);
  return lines;
}

function activityLines(a: Activity): string[] {
  return [
    `### ${esc(a.purpose)}`,
    '',
    `- **Legal basis:** ${a.basis ? esc(a.basis) : NOT_SURE}${a.interest ? `; the interest: ${esc(a.interest)}` : ''}`,
    '- **People the data is about:**',
    ...bullets(a.subjects, NOT_SURE),
    '- **Personal data:**',
    ...bullets(a.data, a.dataKnown ? 'None listed for this purpose' : NOT_SURE),
    '- **Recipients:**',
    ...bullets(a.recipients, a.servicesKnown ? 'No service provider named for this purpose' : NOT_SURE),
    '- **Transfers outside the EEA and the UK, and their safeguards:**',
    ...bullets(a.transfers, a.servicesKnown ? 'None' : NOT_SURE),
    '- **How long it is kept:**',
    ...bullets(a.retention, a.data.length > 0 || !a.dataKnown ? NOT_SURE : 'Nothing kept for this purpose alone'),
    '',
  ];
}

export function renderRecords(ctx: DocumentContext): string {
  const c = viewContext(ctx.facts);
  const list = activities(ctx.facts, c);
  const product = esc(c.product);
  const lines = [
    `# Record of processing activities: ${product}`,
    '',
    `The record of what personal data we process in ${product}, why and how, that the GDPR asks us to keep and to show a supervisory authority on request (Art. 30(1) and (4)). It comes from the same answers as our privacy policy (\`${ctx.policyFile}\`).`,
    '',
    '## Who is responsible (Art. 30(1)(a))',
    '',
    ...controllerLines(c),
    '',
    '## Processing activities (Art. 30(1)(b)–(f))',
    '',
  ];
  if (list.length === 0) lines.push(`No purposes are answered yet. ${NOT_SURE}.`, '');
  for (const a of list) lines.push(...activityLines(a));
  const others = otherRecipients(c);
  if (others.length > 0) lines.push('**Other recipients, for every activity where it applies:**', '', ...others.map((o) => `- ${esc(o)}`), '');
  const own = ownTransfers(c);
  if (own.length > 0) lines.push('**Our own teams and group companies outside the EEA and the UK, for every activity whose data they handle (Art. 30(1)(e)):**', '', ...own.map((o) => `- ${esc(o)}`), '');
  const measures = securityMeasures(c);
  lines.push('## Security measures (Art. 30(1)(g), Art. 32(1))', '', ...(measures.length > 0 ? measures.map((m) => `- ${esc(m)}`) : [`- ${NOT_SURE}`]), '');
  if (ctx.facts.product.processorRole === true) lines.push(...processorLines(c));
  return lines.join('\n');
}

/** Art. 30(2): what we process as a processor, for our business customers. */
function processorLines(c: ViewContext): string[] {
  const subs = subprocessors(c);
  return [
    '## As a processor for our business customers (Art. 30(2))',
    '',
    `- **Processor:** ${esc(c.facts.org.legalName ?? c.product)}${c.facts.org.email ? `, ${mailLink(c.facts.org.email)}` : ''}`,
    '- **Controllers:** each business customer, named with its contact in our customer contracts and data processing agreements.',
    `- **Processing carried out for them (Art. 30(2)(b)):** hosting and processing the data they and their users put in ${esc(c.product)}, on their instructions.`,
    '- **Sub-processors and transfers (Art. 30(2)(c)):**',
    ...bullets(
      subs.map((s) => `${s.name}, ${s.locationInSentence}${s.safeguard !== '—' ? `; ${s.safeguard.charAt(0).toLowerCase()}${s.safeguard.slice(1)}` : ''}`),
      'None',
    ),
    '- **Security measures (Art. 30(2)(d)):** as above.',
    '',
  ];
}

/** The same activities as a spreadsheet: one row each. */
export function renderRecordsCsv(ctx: DocumentContext): string {
  const c = viewContext(ctx.facts);
  const security = securityMeasures(c).join(' ');
  const header = ['Processing activity', 'Legal basis (GDPR Art. 6(1))', 'Legitimate interest', 'People the data is about', 'Personal data', 'Recipients', 'Transfers outside the EEA and the UK, and safeguards', 'Retention', 'Security measures (Art. 32(1))'];
  const rows = activities(ctx.facts, c).map((a) => [a.purpose, a.basis ?? 'Not sure yet', a.interest ?? '', a.subjects.join('; '), a.data.join('; ') || (a.dataKnown ? '' : 'Not sure yet'), a.recipients.join('; ') || (a.servicesKnown ? '' : 'Not sure yet'), a.transfers.join('; ') || (a.servicesKnown ? '' : 'Not sure yet'), a.retention.join('; ') || (a.data.length > 0 || !a.dataKnown ? 'Not sure yet' : ''), security]);
  const own = ownTransfers(c);
  if (own.length > 0) rows.push(['Our own teams and group companies abroad (every activity whose data they handle)', '', '', '', '', '', own.join('; '), '', security]);
  return toCsv([header, ...rows]);
}

const applies = (ctx: DocumentContext) => ctx.facts.laws.gdpr.applies === true || ctx.facts.laws['uk-gdpr'].applies === true;

export const recordsDocument: DocumentSpec = {
  id: 'records',
  title: 'Record of processing activities (GDPR Art. 30)',
  file: () => RECORDS_FILE,
  applies,
  render: renderRecords,
  marker: (ctx) => (ctx.format === 'docusaurus' ? 'mdx' : 'html'),
};

export const recordsCsvDocument: DocumentSpec = {
  id: 'records-csv',
  title: 'Record of processing activities, as a spreadsheet (CSV)',
  file: () => RECORDS_CSV_FILE,
  applies,
  render: renderRecordsCsv,
  marker: 'none',
};
