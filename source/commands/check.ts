import type { GlobalOptions } from '../cli.js';
import { UsageError } from '../core/errors.js';

export async function checkCommand(_options: GlobalOptions): Promise<number> {
  throw new UsageError('the check command is being built');
}
