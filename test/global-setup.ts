// Builds the CLI once before the tests, so tests of the built CLI (commands, pty)
// never run against a stale dist/.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
