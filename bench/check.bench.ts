/**
 * Checker throughput on one core: the seeds and our corpus (test/fixtures/documents, 部门决算 in every
 * layout, 三公 notices, 自评表), repeated to several MB of text; and a 30-page PDF end to end (pdftotext
 * -layout extraction + check). Target: at least 5 MB of text per second; the PDF in under 3 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText, checkLines } from '../src/domain/checks/index.ts';
import { extractPdf } from '../src/importers/extract-text.ts';
import { corpus, finalAccounts, makeModel, type Block } from '../test/fixtures/documents/corpus.ts';
import { toHtml } from '../test/fixtures/documents/to-pdf.ts';
import { loadAverage } from './support.ts';

/** Text checked before the warm figure is taken: V8 optimises the checker's many functions over the first few MB. */
const WARM_UP_BYTES = 10 * 1024 * 1024;

function throughput(label: string, texts: readonly string[], copies: number): void {
  const passBytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const mbOf = (bytes: number) => bytes / 1024 / 1024;
  // Cold: the first pass of this process, as the first document a new worker thread checks (the one-off
  // build of the 科目 catalogue included).
  const coldStarted = performance.now();
  for (const text of texts) checkText(text);
  const cold = mbOf(passBytes) / ((performance.now() - coldStarted) / 1000);
  // Warm-up: the rate keeps rising over the first few MB while V8 optimises; a server's worker checks
  // document after document and spends its life past this point.
  let warmUpPasses = 1;
  for (; warmUpPasses * passBytes < WARM_UP_BYTES; warmUpPasses++) for (const text of texts) checkText(text);
  let bytes = 0;
  let findings = 0;
  let best = Infinity;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < copies; i++) {
    const pass = performance.now();
    for (const text of texts) {
      bytes += Buffer.byteLength(text, 'utf8');
      findings += checkText(text).length;
    }
    best = Math.min(best, performance.now() - pass);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const mb = mbOf(bytes);
  // Per CPU second too (the whole process: the check runs on one thread, the garbage collector's helper
  // threads are counted as well): on a machine shared with other work the wall-clock rate says more about
  // the others. The best pass is the rate of the quietest moment.
  console.log(
    `check (${label}): warm ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s ` +
      `(${(mb / cpuSeconds).toFixed(1)} MB per CPU second; best pass ${(mbOf(passBytes) / (best / 1000)).toFixed(1)} MB/s; ${findings} findings; target ≥ 5 MB/s), ` +
      `after ${mbOf(warmUpPasses * passBytes).toFixed(1)} MB of warm-up; cold first pass ${cold.toFixed(1)} MB/s`,
  );
}

async function pdfTiming(): Promise<void> {
  const blocks: Block[] = [];
  // About 30 pages: five departments' 部门决算 in one PDF.
  for (let i = 0; i < 5; i++)
    blocks.push(...finalAccounts(makeModel(300 + i, `测试市第${i + 1}局`, 2024), { sep: true }));
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  try {
    const html = join(dir, 'd.html');
    const pdf = join(dir, 'd.pdf');
    writeFileSync(html, toHtml(blocks));
    try {
      execFileSync(
        'chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          html,
        ],
        { stdio: 'ignore' },
      );
    } catch {
      console.log('check (PDF): skipped, Chromium not available to print the test PDF');
      return;
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0);
    const started = performance.now();
    const lines = await extractPdf(pdf);
    const extracted = performance.now();
    const findings = checkLines(lines);
    const done = performance.now();
    const textMb = lines.reduce((n, l) => n + Buffer.byteLength(l.text, 'utf8') + 1, 0) / 1024 / 1024;
    console.log(
      `check (PDF): ${pages} pages, ${readFileSync(pdf).length} bytes: extraction ${((extracted - started) / 1000).toFixed(2)} s + check ${((done - extracted) / 1000).toFixed(2)} s = ${((done - started) / 1000).toFixed(2)} s end to end (${findings.filter((f) => f.severity === 'error').length} errors; target < 3 s)`,
    );
    // The same text checked again once the checker is warm: a 30-page document's own rate.
    for (let i = 0; i < 20; i++) checkLines(lines);
    const warmStarted = performance.now();
    const passes = 20;
    for (let i = 0; i < passes; i++) checkLines(lines);
    const warmSeconds = (performance.now() - warmStarted) / 1000;
    console.log(
      `check (PDF text, warm): ${textMb.toFixed(2)} MB of extracted text, ${((warmSeconds / passes) * 1000).toFixed(0)} ms a pass = ${((textMb * passes) / warmSeconds).toFixed(1)} MB/s (target ≥ 5 MB/s)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  console.log(`load average before: ${loadAverage()}`);
  const dir = fileURLToPath(new URL('../src/domain/checks/__fixtures__/', import.meta.url));
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(dir + f, 'utf8'));
  throughput('seeds', seeds, 30);
  const docs = corpus().map((d) => d.text);
  const fixtures = fileURLToPath(new URL('../test/fixtures/documents/', import.meta.url));
  const pdfTexts = readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt') && f.startsWith('pdf-'))
    .map((f) => readFileSync(fixtures + f, 'utf8'));
  throughput('corpus', [...docs, ...pdfTexts], 60);
  await pdfTiming();
  repeatedStatements();
  console.log(`load average after: ${loadAverage()}`);
}

/**
 * A hostile text — one statement repeated, as one endless sentence and as one statement a line — checked at
 * two sizes: the time must grow with the size (ratio near 4 for four times the text), not with its square.
 */
function repeatedStatements(): void {
  const shapes: Record<string, (n: number) => string> = {
    'one sentence': (n) =>
      `某局2031年度“三公”经费情况说明\n    ${'公务接待费支出决算16,000.00元，与上年增长，占“三公”经费支出的30.77%，'.repeat(n)}。\n`,
    'a line each': (n) =>
      `某局2031年度部门决算情况说明\n${'机关运行经费支出96.20，比2030年度减少6.15万元，下降6.01%。\n'.repeat(n)}`,
    // (A 其中 list opened again and again in one sentence: each reads its own sentence, MAX_LIST at most.)
    'a list in one sentence': (n) =>
      `某局2031年度部门决算情况说明\n    ${'其中：甲局申报10.00万元，压减1.00万元；单位共11个，包括厅机关和9个二级预算单位，'.repeat(n)}合计压减5.00万元。\n`,
  };
  for (const [label, make] of Object.entries(shapes)) {
    const time = (n: number): number => {
      const text = make(n);
      const started = performance.now();
      checkText(text);
      return (performance.now() - started) / 1000;
    };
    // (Once unmeasured first: the first call compiles the rules, which would make the small size look slow.)
    time(2000);
    const small = time(2000);
    const large = time(8000);
    console.log(
      `check (repeated statement, ${label}): 2,000 copies ${small.toFixed(2)} s, 8,000 copies ${large.toFixed(2)} s = ×${(large / small).toFixed(1)} (linear: ×4)`,
    );
  }
}
