import { readFileSync, readdirSync } from 'node:fs';
import { checkText } from './src/domain/checks/index.ts';
import { corpus } from './test/fixtures/documents/corpus.ts';
const fixtures = './test/fixtures/documents/';
const pdfTexts = readdirSync(fixtures).filter((f) => f.endsWith('.txt') && f.startsWith('pdf-')).map((f) => readFileSync(fixtures + f, 'utf8'));
const texts = [...corpus().map((d) => d.text), ...pdfTexts];
const out: string[] = [];
for (let i = 0; i < 40; i++) {
  const s = performance.now();
  for (const t of texts) checkText(t);
  out.push(`${(performance.now() - s).toFixed(0)}ms/${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}MB`);
}
console.log(out.join(' '));
