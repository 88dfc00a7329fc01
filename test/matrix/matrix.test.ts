// The quick subset of the hardening matrix (scripts/hardening-matrix.mjs; issue 10): at least one
// case of each class, run against the built CLI as a user would, so that every class stays fixed.
// `npm run matrix` runs all of them and writes the counts into docs/reliability.md.
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs scripts without types
import { allCases } from '../../scripts/matrix/cases.mjs';
// @ts-expect-error: plain .mjs scripts without types
import { runMatrix } from '../../scripts/hardening-matrix.mjs';

interface Case {
  id: string;
  cls: string;
  title?: string;
  quick?: boolean;
}
interface Result {
  skipped?: boolean;
  problems: string[];
  code?: number | string;
  stdout?: string;
  stderr?: string;
}

const quick = (allCases() as Case[]).filter((c) => c.quick);

describe('hardening matrix (quick subset)', () => {
  // three cases at a time (most of a case is waiting on a child process); each test below reads its record
  let results: Map<string, Result>;
  beforeAll(async () => {
    const list = (await runMatrix(quick, { jobs: 3 })) as Result[];
    results = new Map(quick.map((c, k) => [c.id, list[k]!]));
  }, 120_000);

  it('covers every class of the full matrix', () => {
    const classes = new Set((allCases() as Case[]).map((c) => c.cls));
    expect(new Set(quick.map((c) => c.cls))).toEqual(classes);
  });

  it.for(quick)('$cls: $id', (c, context) => {
    const result = results.get(c.id)!;
    // the tmpfs (full disk) cases need root on Linux to mount one
    if (result.skipped) context.skip();
    expect(result.problems, `exit ${result.code}\nstdout: ${result.stdout?.slice(0, 800)}\nstderr: ${result.stderr?.slice(0, 800)}`).toEqual([]);
  });
});
