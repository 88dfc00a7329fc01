// Every answer value is checked against its question when the file is read: a wrong type, a
// value outside the choices or a malformed email/URL/date is an error naming answers.<id>.value,
// never a policy that silently drops a section or prints JavaScript.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../source/core/errors.js';
import { parseAnswersText } from '../../../source/store/read-answers.js';

const saas = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/answers/saas.json', import.meta.url)), 'utf8'));
const withAnswer = (id: string, value: unknown) => JSON.stringify({ ...saas, answers: { ...saas.answers, [id]: { value, source: 'user' } } });

function failure(text: string): UsageError {
  try {
    parseAnswersText(text, '/p/privacy/answers.json');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected the file to be rejected');
}

describe('answer values are checked against their questions', () => {
  const wrong: [string, unknown, string, RegExp][] = [
    ['audience.regions', 'eea', 'answers.audience.regions.value', /must be a list/],
    ['org.legalName', ['Acme'], 'answers.org.legalName.value', /must be text/],
    ['audience.minimumAge', 'sixteen', 'answers.audience.minimumAge.value', /must be a whole number/],
    ['audience.minimumAge', -3, 'answers.audience.minimumAge.value', /must be a whole number of 0 or more, not -3/],
    ['audience.minimumAge', 15.5, 'answers.audience.minimumAge.value', /must be a whole number/],
    ['org.email', 'not an email', 'answers.org.email.value', /not an email address/],
    ['policy.effectiveDate', '2026-02-30', 'answers.policy.effectiveDate.value', /not a real date/],
    ['sharing.otherRecipients', ['constructor', 'toString'], 'answers.sharing.otherRecipients.value', /not one of the choices/],
    ['security.measures', ['__proto__'], 'answers.security.measures.value', /not one of the choices/],
    ['changes.notify', ['hasOwnProperty'], 'answers.changes.notify.value', /not one of the choices/],
    ['cookies.kinds', ['valueOf'], 'answers.cookies.kinds.value', /not one of the choices/],
    ['product.url', 'javascript:alert(1)', 'answers.product.url.value', /web address/],
    ['product.accounts', 'yes', 'answers.product.accounts.value', /true or false/],
  ];
  it.each(wrong)('%s = %j is rejected, naming %s', (id, value, field, message) => {
    const error = failure(withAnswer(id, value));
    expect(error.details.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.details.file).toBe('/p/privacy/answers.json');
    expect(error.details.fix).toMatch(/write .* there/);
  });

  it('per-item fields are checked too (sources, safeguard)', () => {
    const details = saas.answers['data.details'].value as Record<string, Record<string, unknown>>;
    const [item] = Object.keys(details);
    const error = failure(withAnswer('data.details', { ...details, [item!]: { ...details[item!], sources: ['constructor'] } }));
    expect(error.details.field).toBe(`answers.data.details.value.${item}.sources`);
  });

  it('"Not sure yet" is accepted where the question offers it', () => {
    expect(() => parseAnswersText(withAnswer('sharing.sells', 'not-sure'), 'x')).not.toThrow();
  });

  it('every example answers file in the fixtures is valid', () => {
    for (const name of ['saas', 'kids-edu', 'brazil-ecommerce', 'canada-quebec', 'dev-api', 'eu-b2b-processor', 'incomplete', 'us-mobile-ads']) {
      const text = readFileSync(fileURLToPath(new URL(`../../fixtures/answers/${name}.json`, import.meta.url)), 'utf8');
      expect(() => parseAnswersText(text, name), name).not.toThrow();
    }
  });

  it('a text longer than 20,000 characters is an error naming it (also inside a list)', () => {
    expect(failure(withAnswer('org.legalName', 'a'.repeat(20_001))).message).toMatch(/too long \(20,001 characters; at most 20,000\)/);
    expect(failure(withAnswer('services.custom', ['ok', 'b'.repeat(50_000)])).details.field).toBe('answers.services.custom.value');
    expect(() => parseAnswersText(withAnswer('org.legalName', 'a'.repeat(20_000)), 'x')).not.toThrow();
  });

  it('a blank entry in a list (a custom service named "\\n") is an error naming the field', () => {
    expect(failure(withAnswer('services.custom', ['Acme', '\n'])).message).toMatch(/answers\.services\.custom\.value holds an empty entry/);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseAnswersText(`\uFEFF${JSON.stringify(saas)}`, 'x').answers['product.name']).toBeDefined();
  });

  it.each(['utf16le', 'utf16be'] as const)('a file saved as %s says so (not "Unexpected token")', (encoding) => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(saas), 'utf16le')]);
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const error = failure(bytes.toString('utf8'));
    expect(error.message).toMatch(/not UTF-8 text \(it looks like UTF-16/);
    expect(error.details.fix).toMatch(/UTF-8/);
  });
});
