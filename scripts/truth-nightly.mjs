#!/usr/bin/env node
// The long run of the truth harness (test/core/truth): many more generated answers files than
// `npm test` uses, with a fresh seed each night unless TRUTH_SEED is given. A failure prints the
// seed and the minimal answers file; re-run with that seed to reproduce it.
import { spawnSync } from 'node:child_process';

const runs = process.env.TRUTH_RUNS ?? '20000';
const seed = process.env.TRUTH_SEED ?? String(Date.now() % 2_147_483_647);
console.log(`truth harness: ${runs} answers files, seed ${seed}`);
const result = spawnSync('npx', ['vitest', 'run', 'test/core/truth'], { stdio: 'inherit', env: { ...process.env, TRUTH_RUNS: runs, TRUTH_SEED: seed } });
process.exit(result.status ?? 1);
