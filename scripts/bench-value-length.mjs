// Render time against the length of one typed value (issue 10, class 17): it must grow
// linearly. The answers file itself caps text at 20,000 characters (a longer value is an
// error naming it), so this measures the render path directly, in-process, far past the cap:
// the product name (printed many times in the policy) is N MB of a pattern that used to hit
// quadratic regular expressions (runs of dots, runs of spaces) or plain words.
//   node scripts/bench-value-length.mjs [--sizes 1,4,16]
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,4,16' } } });
const sizes = values.sizes.split(',').map(Number);
// inside the package (node_modules/.cache), so the bundle finds the dependencies and questions/, outputs/
const out = join(process.cwd(), 'node_modules', '.cache', 'privacy-wizard-bench', 'render.mjs');
buildSync({
  stdin: { contents: "export { computeOutputs, loadEngine } from './source/project.ts'; export { locate } from './source/store/locate.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error', packages: 'external',
});
const { computeOutputs, loadEngine, locate } = await import(out);
const engine = loadEngine();
const location = locate(mkdtempSync(join(tmpdir(), 'pw-bench-project-')));
const base = JSON.parse(readFileSync(new URL('../test/fixtures/answers/saas.json', import.meta.url), 'utf8'));
const patterns = { words: (n) => 'Acme Ltd. '.repeat(n / 10), dots: (n) => `${'.'.repeat(n)}x`, spaces: (n) => `a${' '.repeat(n)}b` };

for (const [name, make] of Object.entries(patterns)) {
  const rows = [];
  for (const mb of sizes) {
    const file = structuredClone(base);
    file.answers['product.name'] = { value: make(mb * 1024 * 1024), source: 'user' };
    const started = process.hrtime.bigint();
    const outputs = computeOutputs(engine, file, location, { today: '2026-11-23' });
    rows.push({ mb, seconds: Number(process.hrtime.bigint() - started) / 1e9, size: outputs.policy.text.length });
  }
  const line = rows.map((r, i) => `${r.mb} MB: ${r.seconds.toFixed(2)} s${i ? ` (x${(r.seconds / rows[i - 1].seconds).toFixed(1)})` : ''}`).join(' · ');
  console.log(`${name.padEnd(7)} ${line}`);
}
