/**
 * Checker throughput: 100 copies of the four seed documents (about 15 MB of text), one core.
 * Target: at least 5 MB of text per second.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../src/domain/checks/index.ts';

export default async function bench(): Promise<void> {
  const dir = fileURLToPath(new URL('../src/domain/checks/__fixtures__/', import.meta.url));
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(dir + f, 'utf8'));
  const copies = 100;
  let bytes = 0;
  let findings = 0;
  const started = performance.now();
  for (let i = 0; i < copies; i++) {
    for (const text of seeds) {
      bytes += Buffer.byteLength(text, 'utf8');
      findings += checkText(text).length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = bytes / 1024 / 1024;
  console.log(
    `check: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s (${findings} findings; target ≥ 5 MB/s)`,
  );
}
