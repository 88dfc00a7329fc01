// A bare command (`privacy-wizard check`) is read without node's parseArgs (cli-main.ts, issue 12):
// it must give what parseArgs gives, and every other command line must still go through parseArgs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COMMANDS, parse, parseCommandLine } from '../../source/cli-main.js';

const outcome = (read: () => unknown) => {
  try {
    return { value: read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('reading the command line', () => {
  test.each(COMMANDS)('`%s` alone gives what parseArgs gives', (command) => {
    expect(parse([command])).toEqual(parseCommandLine([command]));
  });

  test('any other command line gives what parseArgs gives, errors included', () => {
    const word = fc.constantFrom(...COMMANDS, 'nope', '', '-', '--', '--json', '--cwd', '.', '--format', 'html', '--force', '--strict', '--reporter', 'github', '--only', 'policy', '-h', '-v', '--help', '--version', '--demo', '--bogus', 'check=1');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), (argv) => {
        expect(outcome(() => parse(argv))).toEqual(outcome(() => parseCommandLine(argv)));
      }),
      { numRuns: 500 },
    );
  });
});
