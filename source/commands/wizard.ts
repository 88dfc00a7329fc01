import type { GlobalOptions } from '../cli.js';
import { UsageError } from '../core/errors.js';

export async function wizardCommand(_options: GlobalOptions): Promise<number> {
  throw new UsageError('the wizard command is being built');
}
