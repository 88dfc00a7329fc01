import { inlineSafe } from './terminal-text.js';

/** Exit codes of the CLI contract (design.md). */
export const EXIT = { ok: 0, problem: 1, cannotRun: 2, interrupted: 130 } as const;

/**
 * An error the user can fix: it names the file, the field and the fix.
 * The CLI prints it without a stack trace and exits 2.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly details: { file?: string; field?: string; fix?: string } = {},
  ) {
    super(message);
    this.name = 'UsageError';
  }

  /** The message as printed: what went wrong, where, and how to fix it. */
  format(): string {
    const lines = [`Error: ${inlineSafe(this.message)}`];
    if (this.details.file) lines.push(`  file:  ${inlineSafe(this.details.file)}`);
    if (this.details.field) lines.push(`  field: ${inlineSafe(this.details.field)}`);
    if (this.details.fix) lines.push(`  fix:   ${inlineSafe(this.details.fix)}`);
    return lines.join('\n');
  }

  /** The error as the `error` member of a --json document. */
  toJson(): { file: string | null; field: string | null; message: string; fix: string | null } {
    return { file: this.details.file ?? null, field: this.details.field ?? null, message: this.message, fix: this.details.fix ?? null };
  }
}
