import type { GlobalOptions } from '../cli.js';
import { UsageError } from '../core/errors.js';

export async function generateCommand(_options: GlobalOptions): Promise<number> {
  throw new UsageError('the generate command is being built');
}
