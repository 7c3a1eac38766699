/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints
 * their figures. Speed and memory are measured here, never asserted in timed tests.
 */
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

for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(path.join(dir, file))) as { default: () => Promise<void> };
  const started = performance.now();
  await mod.default();
  console.log(`(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
}
process.exit(0);
