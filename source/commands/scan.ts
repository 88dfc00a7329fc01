import type { GlobalOptions } from '../cli.js';
import { UsageError } from '../core/errors.js';

export async function scanCommand(_options: GlobalOptions): Promise<number> {
  throw new UsageError('the scan command is being built');
}
