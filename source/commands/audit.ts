import type { GlobalOptions } from '../cli.js';
import { UsageError } from '../core/errors.js';

export async function auditCommand(_options: GlobalOptions): Promise<number> {
  throw new UsageError('the audit command is being built');
}
