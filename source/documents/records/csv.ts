// CSV for the record of processing (RFC 4180 quoting): every field quoted when it has a comma, quote or line
// break, and a value a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with ' (OWASP CSV injection).
import type { Records } from './model.js';

const FORMULA = /^[=+\-@\t\r]/;

/** One RFC 4180 field, safe to open in a spreadsheet. */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: string[]) => fields.map(csvField).join(',');

export const RECORDS_COLUMNS = [
  'Role',
  'Activity (purpose)',
  'Legal basis',
  'Categories of data subjects',
  'Categories of personal data',
  'Recipients',
  'Other recipients',
  'Transfers outside the EEA/UK and safeguards',
  'Retention',
  'Security measures',
  'Controller',
  'Controller address',
  'Controller contact',
  'Representatives',
  'Data protection officer',
] as const;

export function renderRecordsCsv(r: Records): string {
  const c = r.controller;
  const who = [c.name, c.address, c.contact, c.representatives, c.dpo];
  const rows = r.activities.map((a) => ['Controller', a.purpose, a.basis, a.subjects, a.data, a.recipients, r.otherRecipients, a.transfers, a.retention, a.security, ...who]);
  if (r.processor) {
    const p = r.processor;
    // Art. 30(2)(a): the controllers are the customers; we are the processor, with our own contact and DPO
    rows.push(['Processor', p.processing, '—', 'As each customer decides', 'As each customer decides', 'Our sub-processors (subprocessors.md)', '—', p.transfers, 'As each customer decides', p.security, p.controllers, '—', '—', c.representatives, c.dpo]);
  }
  // LF record ends: RFC 4180 §2.1 names CRLF, but every spreadsheet and CSV library reads LF, and the
  // hand-edit check compares line-end-normalised text (so a git autocrlf checkout is not an "edit").
  // Line breaks inside a quoted field stay as typed.
  return [csvLine([...RECORDS_COLUMNS]), ...rows.map(csvLine)].join('\n') + '\n';
}
