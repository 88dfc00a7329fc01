// CSV for spreadsheets: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.

/**
 * One field: quoted when it holds a comma, a quote or a line break (quotes doubled, RFC 4180 §2.6-2.7).
 * A value starting with = + - @ or a tab/CR would be run as a formula by Excel, LibreOffice and Google
 * Sheets (OWASP "CSV injection"): it gets a leading apostrophe, which they show as text.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text, CRLF line ends as RFC 4180 asks, ending with a line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
