/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line), each in a fresh
 * Node process so that one benchmark's heap and JIT state do not skew the next, and prints their
 * figures. Speed and memory are measured here, never asserted in timed tests.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(dir, 'run-one.ts'), path.join(dir, file)],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) failed++;
  console.log(`(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
}
process.exit(failed === 0 ? 0 : 1);
